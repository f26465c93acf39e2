// Package vnfmt formats numbers, rates and dates the way a Vietnamese
// administrative document writes them: "." between thousands, "," before
// decimals, leading zeros where Nghị định 30/2020/NĐ-CP asks for them.
package vnfmt

import (
	"strconv"
	"strings"
)

// Int formats n with "." between groups of three digits: 14932 → "14.932".
func Int(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range []byte(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Hundredths formats a value kept in hundredths (a rate in hundredths of a
// percent) with two decimals after a comma: 271 → "2,71", 5 → "0,05",
// 123456 → "1.234,56".
func Hundredths(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := Int(int(v/100)) + "," + twoDigits(int(v%100))
	if neg {
		return "-" + s
	}
	return s
}

// DocNumber formats a document number with a leading zero below 10:
// 5 → "05", 44 → "44".
func DocNumber(n int) string {
	if n >= 0 && n < 10 {
		return twoDigits(n)
	}
	return strconv.Itoa(n)
}

// Day formats the day of a date line: always two digits ("05", "18").
func Day(d int) string { return twoDigits(d) }

// Month formats the month of a date line: months 1 and 2 get a leading zero
// ("01", "02"), the others do not ("3", "12").
func Month(m int) string {
	if m == 1 || m == 2 {
		return twoDigits(m)
	}
	return strconv.Itoa(m)
}

// Roman writes n (1 to 3999) in Roman numerals, as part headings are
// numbered: 4 → "IV". Other values are written in Arabic numerals.
func Roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
