package plan

import (
	"fmt"
	"strconv"
	"strings"
)

// Date is a calendar day, as written on a document ("ngày 18 tháng 3 năm
// 2021").
type Date struct{ Year, Month, Day int }

// ParseDate parses a date written "dd/mm/yyyy", with or without leading zeros
// in the day and month ("18/3/2021", "05/01/2021"). The year has four digits.
// It rejects any other shape with an error wrapping ErrDateFormat, and a day
// that does not exist (31/4/2021, 29/2/2021, 1/13/2021, 0/1/2021) with one
// wrapping ErrDateImpossible.
func ParseDate(s string) (Date, error) {
	d, ok := splitDate(s)
	if !ok {
		return Date{}, fmt.Errorf("parse date %q: %w", s, ErrDateFormat)
	}
	if !d.exists() {
		return Date{}, fmt.Errorf("parse date %q: %w", s, ErrDateImpossible)
	}
	return d, nil
}

// ISO returns the date as "yyyy-mm-dd".
func (d Date) ISO() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// String returns the date as the clerk writes it, "dd/mm/yyyy".
func (d Date) String() string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}

// splitDate reads the three numbers of "d/m/yyyy" without judging whether the
// day exists.
func splitDate(s string) (Date, bool) {
	parts := strings.Split(s, "/")
	if len(parts) != 3 {
		return Date{}, false
	}
	day, ok1 := digits(parts[0], 1, 2)
	month, ok2 := digits(parts[1], 1, 2)
	year, ok3 := digits(parts[2], 4, 4)
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	return Date{Year: year, Month: month, Day: day}, true
}

// digits parses s as a decimal number of least to most ASCII digits.
func digits(s string, least, most int) (int, bool) {
	if len(s) < least || len(s) > most {
		return 0, false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// exists reports whether d names a real day of the Gregorian calendar.
func (d Date) exists() bool {
	return d.Year >= 1 && d.Month >= 1 && d.Month <= 12 &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// daysIn returns the number of days of month in year.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
