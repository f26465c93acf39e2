// Package figures is the spreadsheet of the communes' figures: the template
// that kehoach writes for the communes to fill (XLSX, or CSV), and the
// reader that takes the filled sheet back, checks every cell and returns
// next year's counts of every unit.
//
// The sheet has one row per unit, in the order of the plan, one column per
// count, a header row on top and a total row at the bottom. A filled sheet
// is hostile input: it is bounded before it is opened (see limits.go), and
// every problem of a cell comes back as a dataerr.Error naming the sheet,
// the cell ("C7") and the field ("units[3].households").
package figures

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/plan"
)

// Column is one count of a unit in the sheet.
type Column struct {
	// Key is the key of the count in the data file, "households".
	Key string
	// Header is the column's Vietnamese heading.
	Header string
	// Breakdown tells an optional count (DTTS, cận nghèo) from the four
	// every plan has.
	Breakdown bool
	// count is the count's place in a unit, from the plan's one list.
	count plan.UnitCount
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
		out = append(out, Column{Key: uc.Key, Header: h, Breakdown: uc.Breakdown, count: uc})
	}
	return out
}()

// set stores n as the column's count of u.
func (c *Column) set(u *plan.Unit, n int) { c.count.Set(u, n) }

// Columns returns the columns of p's template: the four counts of every
// plan, and each breakdown count that p gives, for its units or for its
// whole area.
func Columns(p *plan.Plan) []Column {
	var out []Column
	for _, c := range columns {
		if !c.Breakdown || gives(p, c.Key) {
			out = append(out, c)
		}
	}
	return out
}

// gives reports whether p gives the breakdown count key, for its units or
// for its whole area.
func gives(p *plan.Plan, key string) bool {
	for _, c := range columns {
		if c.Key != key {
			continue
		}
		if a := c.count.Area(&p.Survey); a != nil && *a != nil {
			return true
		}
		for i := range p.Units {
			if c.count.Of(&p.Units[i]) != nil {
				return true
			}
		}
	}
	return false
}

// Title is the name of the sheet of p's template: the year at whose end
// the communes count, "Số liệu cuối năm 2021".
func Title(p *plan.Plan) string {
	return sheetTitle + itoa(p.Document.Year)
}

// sheetTitle is the name of a template's sheet before its year.
const sheetTitle = "Số liệu cuối năm "

// fold is the form in which the names of sheets and the headings are
// compared: NFC, lower case, single spaces.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

// headerKey is the form in which headings are compared: fold's, without a
// year at the end ("… năm 2022").
func headerKey(s string) string {
	s = fold(s)
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
