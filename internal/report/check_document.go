package report

import (
	"errors"
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
)

// CheckDocument reports the problems of the report's identity and wording
// against the plan it is on, p, which passed the plan's check. canDraw tells
// whether the document's font has a glyph for a rune; nil accepts every
// printable rune.
//
// written tells, as in plan.Input, whether the file writes a field; nil
// takes none as written.
func CheckDocument(r *Report, p *plan.Plan, canDraw func(rune) bool, written func(path string) bool) []plan.Problem {
	c := &checker{}
	d := &r.Document
	switch t := strings.TrimSpace(d.Type); {
	case t == "":
		c.add("document.type", `thiếu trường bắt buộc: loại văn bản (báo cáo ghi type = "%s")`, TypeSymbol)
	case t != TypeSymbol:
		c.add("document.type", `loại văn bản "%s" không phải báo cáo: báo cáo ghi type = "%s"`, t, TypeSymbol)
	}
	switch {
	case d.Number < 0:
		c.add("document.number", "số văn bản (%d) phải từ 1 trở lên", d.Number)
	case d.Number > plan.MaxDocNumber:
		c.add("document.number", "số văn bản (%d) quá lớn: số văn bản đánh liên tục trong một năm, không quá %d", d.Number, plan.MaxDocNumber)
	}
	c.problems = append(c.problems, plan.CheckState(&plan.Document{
		State: d.State, Draft: d.Draft, Number: d.Number, Date: d.Date,
	}, written)...)
	if !(d.State != "" && strings.TrimSpace(d.Date) != "" && isForSigning(d.State)) {
		c.date(d.Date, p)
	}
	c.problems = append(c.problems, plan.CheckTexts(r, canDraw)...)
	for _, l := range []struct {
		field string
		list  []string
		what  string
	}{
		{"text.results", r.Text.Results, "kết quả thực hiện"},
		{"text.tasks", r.Text.Tasks, "nhiệm vụ, giải pháp năm tới"},
	} {
		if len(l.list) == 0 {
			c.add(l.field, "thiếu trường bắt buộc: %s, mỗi đoạn một chuỗi", l.what)
		}
	}
	return c.problems
}

// date checks the report's date: a real day, not before the plan's date
// nor before the plan's year.
func (c *checker) date(s string, p *plan.Plan) {
	const field = "document.date"
	if s == "" {
		return
	}
	d, err := plan.ParseDate(s)
	switch {
	case errors.Is(err, plan.ErrDateFormat):
		c.add(field, `ngày báo cáo "%s" không đúng dạng ngày/tháng/năm (ví dụ "15/12/2021")`, s)
		return
	case err != nil:
		c.add(field, `ngày báo cáo "%s" không có thật`, s)
		return
	}
	if pd, err := plan.ParseDate(p.Document.Date); err == nil && before(d, pd) {
		c.add(field, `ngày báo cáo "%s" trước ngày ban hành kế hoạch (%s)`, s, p.Document.Date)
		return
	}
	if d.Year < p.Document.Year {
		c.add(field, `ngày báo cáo "%s" trước năm của kế hoạch (%d): báo cáo kết quả thực hiện làm trong hoặc sau năm kế hoạch`, s, p.Document.Year)
	}
}

// before reports whether a is a day before b.
func before(a, b plan.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// isForSigning reports whether state names a document to be signed
// electronically, which has no date yet.
func isForSigning(state string) bool {
	s, ok := plan.ParseState(state)
	return ok && s == plan.StateForSigning
}
