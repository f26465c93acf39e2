package figures

import (
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// form is one kind of sheet that kehoach writes for the communes and
// reads back: the sheet of next year's figures, for next year's plan, or
// the sheet of the year's movements, for the year-end report. Its columns
// are listed once, and every sheet it writes is marked with the plan's
// year: in the sheet's name and in the headings that name a year.
type form struct {
	// columns are every count the sheet may hold, in the order of the
	// sheet.
	columns []Column
	// title is the name of a template's sheet before its year.
	title string
	// doc names, in Vietnamese, the document the sheet is for, and what
	// its headings with a year count: "kế hoạch" and "chỉ tiêu".
	doc, what string
	// command is how a clerk makes the sheet again, before "từ … năm N":
	// `"kehoach figures-template" từ tệp dữ liệu`.
	command string
	// template returns the columns of p's template.
	template func(p *plan.Plan) []Column
	// alloc makes room in s for the counts of p's units.
	alloc func(s *Sheet, p *plan.Plan)
	// blankOptional takes an optional column that no unit fills for a
	// column the sheet does not have.
	blankOptional bool
}

// sheetName is the name of the template's sheet for the plan of year.
func (f *form) sheetName(year int) string { return f.title + itoa(year) }

// data names the figures of a sheet for the plan of year, in a sentence:
// "số liệu cuối năm 2021".
func (f *form) data(year int) string {
	return strings.ToLower(f.title[:1]) + f.title[1:] + itoa(year)
}

// remake tells how to make the sheet for the plan of year again.
func (f *form) remake(year int) string {
	return f.command + " năm " + itoa(year)
}

// planForm is the sheet of next year's figures, for next year's plan.
var planForm = &form{
	columns:  columns,
	title:    "Số liệu cuối năm ",
	doc:      "kế hoạch",
	what:     "chỉ tiêu",
	command:  `"kehoach figures-template" từ tệp dữ liệu`,
	template: Columns,
	alloc: func(s *Sheet, p *plan.Plan) {
		s.Units = make([]plan.Unit, len(p.Units))
		for i, u := range p.Units {
			s.Units[i].Name = u.Name
		}
	},
}

// reportHeaders are the Vietnamese headings of the report's sheet, by the
// key of the count in the report's data file. A heading that ends in
// "năm" gets the year in the template: "Hộ thoát nghèo trong năm 2021".
var reportHeaders = map[string]string{
	"households_end":  "Tổng số hộ cuối năm",
	"left_poverty":    "Hộ thoát nghèo trong năm",
	"fell_back":       "Hộ tái nghèo trong năm",
	"new_poor":        "Hộ nghèo phát sinh mới trong năm",
	"policy_poor_end": "Hộ nghèo CS GN cuối năm",
	"social_poor_end": "Hộ nghèo BTXH cuối năm",
	"near_poor_end":   "Hộ cận nghèo cuối năm",
}

// reportColumns are every count of the report's sheet: the report's
// counts of a unit, each with its heading and the year of the plan.
var reportColumns = func() []Column {
	starts := map[string]plan.UnitCount{}
	for _, uc := range plan.UnitCounts() {
		starts[uc.Key] = uc
	}
	var out []Column
	for _, mc := range report.MovementCounts() {
		h, ok := reportHeaders[mc.Key]
		if !ok {
			panic("figures: no heading for the report's count " + mc.Key)
		}
		c := Column{Key: mc.Key, Header: h, Breakdown: mc.Optional, mark: 0,
			get:   func(s *Sheet, i int) (int, bool) { return valueOf(mc.Of(&s.Movements[i])) },
			set:   func(s *Sheet, i, n int) { mc.Set(&s.Movements[i], n) },
			start: func(*plan.Unit) (int, bool) { return 0, false },
		}
		if uc, ok := starts[mc.Start]; ok {
			c.start = func(u *plan.Unit) (int, bool) { return valueOf(uc.Of(u)) }
		}
		out = append(out, c)
	}
	return out
}()

// reportForm is the sheet of the year's movements, for the report.
var reportForm = &form{
	columns:  reportColumns,
	title:    "Kết quả giảm nghèo năm ",
	doc:      "báo cáo",
	what:     "số liệu",
	command:  `"kehoach figures-template --report" từ tệp kế hoạch`,
	template: func(*plan.Plan) []Column { return reportColumns },
	// The template has every optional column; a district that does not
	// count near-poor households leaves the column empty.
	blankOptional: true,
	alloc: func(s *Sheet, p *plan.Plan) {
		s.Movements = make([]report.Movement, len(p.Units))
		for i, u := range p.Units {
			s.Movements[i].Name = u.Name
		}
	},
}

// forms are every form, to tell a sheet of one from a sheet of another.
var forms = []*form{planForm, reportForm}

// headings lists the headings of the form's template, quoted.
func (f *form) headings() string {
	hs := []string{headerNo, headerName}
	for _, c := range f.columns {
		hs = append(hs, c.Header)
	}
	return `"` + strings.Join(hs, `", "`) + `"`
}

// column returns the index of the form's column whose heading is key, as
// headerKey gives it, or -1.
func (f *form) column(key string) int {
	for i := range f.columns {
		if f.columns[i].matches(key) {
			return i
		}
	}
	return -1
}
