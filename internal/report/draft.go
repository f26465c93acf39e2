package report

import "strconv"

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
