package report

import (
	"slices"
	"strconv"

	"github.com/kehoach/kehoach/internal/plan"
)

// Draft returns a draft report on the plan of year that planRef names (as
// document.plan writes it), with the movements ms of its units: no number
// nor date, and in place of the report's own wording one paragraph each
// that tells the clerk what to write there.
func Draft(planRef string, year int, ms []Movement) *Report {
	y := strconv.Itoa(year)
	return &Report{
		Document: Document{Type: TypeSymbol, Plan: planRef},
		Units:    ms,
		Text: Text{
			Results: []string{"(Viết kết quả thực hiện Kế hoạch giảm nghèo năm " + y +
				": việc giao chỉ tiêu, triển khai các chính sách hỗ trợ hộ nghèo, hộ cận nghèo, các mô hình sinh kế; mỗi đoạn một chuỗi.)"},
			Shortcomings: []string{"(Viết những tồn tại, hạn chế và nguyên nhân; mỗi đoạn một chuỗi, bỏ cả mục nếu không có.)"},
			Tasks:        []string{"(Viết nhiệm vụ, giải pháp giảm nghèo năm " + strconv.Itoa(year+1) + "; mỗi đoạn một chuỗi.)"},
		},
	}
}

// Prompts returns the problems of r, a report on the plan of year, whose
// wording is still a paragraph Draft wrote for the clerk to replace: a
// draft may show them, an issued report may not (they join the texts that
// still name an old year, kind.Loaded.Stale).
func Prompts(r *Report, year int) []plan.Problem {
	d := Draft("", year, nil)
	var out []plan.Problem
	for _, l := range []struct {
		field         string
		texts, prompt []string
	}{
		{"text.results", r.Text.Results, d.Text.Results},
		{"text.shortcomings", r.Text.Shortcomings, d.Text.Shortcomings},
		{"text.tasks", r.Text.Tasks, d.Text.Tasks},
	} {
		for i, t := range l.texts {
			if slices.Contains(l.prompt, t) {
				out = append(out, plan.Problem{
					Field:   l.field + "[" + strconv.Itoa(i) + "]",
					Message: "đoạn này vẫn là lời nhắc do kehoach report-data ghi sẵn: hãy viết lại bằng lời văn của báo cáo",
				})
			}
		}
	}
	return out
}
