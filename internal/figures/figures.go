// Package figures is the spreadsheet of the communes' figures: the template
// that kehoach writes for the communes to fill (XLSX, or CSV), and the
// reader that takes the filled sheet back, checks every cell and returns
// next year's counts of every unit. The same machinery writes and reads the
// sheet of the year's movements for the year-end report (WriteReportXLSX,
// ReadReportFiles): each kind of sheet is a form, with its columns listed
// once and its sheets marked with the plan's year (see form.go).
//
// The sheet has one row per unit, in the order of the plan, one column per
// count, a header row on top and a total row at the bottom. A filled sheet
// is hostile input: it is bounded before it is opened (see limits.go), and
// every problem of a cell comes back as a dataerr.Error naming the sheet,
// the cell ("C7") and the field ("units[3].households").
package figures

import (
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
)

// Column is one count of a unit in the sheet.
type Column struct {
	// Key is the key of the count in the data file, "households".
	Key string
	// Header is the column's Vietnamese heading.
	Header string
	// Breakdown tells an optional count (DTTS, cận nghèo; in the report's
	// sheet, the end-of-year split and cận nghèo) from those every sheet
	// has.
	Breakdown bool
	// mark is the year that the template writes at the end of the
	// heading ("… năm 2022"), less the plan's year; noMark for none.
	mark int
	// get and set are the count of unit i in a sheet read.
	get func(s *Sheet, i int) (int, bool)
	set func(s *Sheet, i, n int)
	// start is the plan's count of the same unit that the count is near
	// (the same count a year before), and whether the plan gives one.
	start func(u *plan.Unit) (int, bool)
	// count is the count's place in a plan's unit, for a plan's sheet.
	count *plan.UnitCount
}

// noMark is the mark of a column whose heading names no year.
const noMark = -100

// heading returns the column's heading in the template for the plan of
// year: its header, with the year it marks, if any.
func (c *Column) heading(year int) string {
	switch {
	case c.mark == noMark:
		return c.Header
	case strings.HasSuffix(c.Header, " năm"):
		return c.Header + " " + itoa(year+c.mark)
	}
	return c.Header + " năm " + itoa(year+c.mark)
}

// matches reports whether a heading, as headerKey gives it, is the
// column's, with the year the template marks or without it.
func (c *Column) matches(key string) bool {
	return key == headerKey(c.Header) || c.mark != noMark && key == headerKey(c.Header+" 0")
}

// The headings of the first two columns and of the total row.
const (
	headerNo   = "STT"
	headerName = "Đơn vị"
	totalLabel = "Tổng cộng"
)

// headers are the Vietnamese headings of the sheet's columns, by key.
var headers = map[string]string{
	"households":        "Tổng số hộ",
	"policy_poor":       "Hộ nghèo thuộc chính sách giảm nghèo (CS GN)",
	"social_poor":       "Hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH)",
	"reduction":         "Chỉ tiêu hộ giảm nghèo",
	"ethnic_households": "Hộ đồng bào dân tộc thiểu số (DTTS)",
	"ethnic_poor":       "Hộ nghèo đồng bào DTTS",
	"near_poor":         "Hộ cận nghèo",
	"ethnic_near_poor":  "Hộ cận nghèo đồng bào DTTS",
}

// columns are every count the sheet may hold, in the order of the sheet:
// the plan's unit counts, each with its heading.
var columns = func() []Column {
	var out []Column
	for _, uc := range plan.UnitCounts() {
		h, ok := headers[uc.Key]
		if !ok {
			panic("figures: no heading for the unit count " + uc.Key)
		}
		c := Column{Key: uc.Key, Header: h, Breakdown: uc.Breakdown, mark: noMark, count: &uc,
			get:   func(s *Sheet, i int) (int, bool) { return valueOf(uc.Of(&s.Units[i])) },
			set:   func(s *Sheet, i, n int) { uc.Set(&s.Units[i], n) },
			start: func(u *plan.Unit) (int, bool) { return valueOf(uc.Of(u)) },
		}
		if uc.Key == "reduction" {
			// The target of the year to come.
			c.mark = 1
		}
		out = append(out, c)
	}
	return out
}()

// valueOf returns the count p points to, and whether there is one.
func valueOf(p *int) (int, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

// Columns returns the columns of p's template: the four counts of every
// plan, and each breakdown count that p gives, for its units or for its
// whole area.
func Columns(p *plan.Plan) []Column {
	var out []Column
	for _, c := range columns {
		if !c.Breakdown || gives(p, c.count) {
			out = append(out, c)
		}
	}
	return out
}

// gives reports whether p gives the breakdown count c, for its units or
// for its whole area.
func gives(p *plan.Plan, c *plan.UnitCount) bool {
	if a := c.Area(&p.Survey); a != nil && *a != nil {
		return true
	}
	for i := range p.Units {
		if c.Of(&p.Units[i]) != nil {
			return true
		}
	}
	return false
}

// headerKey is the form in which headings are compared: plan.NameKey's, without a
// year at the end ("… năm 2022").
func headerKey(s string) string {
	s = plan.NameKey(s)
	if i := strings.LastIndex(s, " năm "); i >= 0 && isDigits(s[i+len(" năm "):]) {
		s = s[:i]
	}
	return s
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
