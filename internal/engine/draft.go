package engine

import (
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// FinalOnly refuses a draft, for a job that issues documents ("build
// --final"): it returns the data error of src naming why p is a draft, or
// nil when p is none.
func FinalOnly(src Source, p *plan.Plan) error {
	if !p.IsDraft() {
		return nil
	}
	e := dataerr.Error{File: src.Name, Field: "document.number",
		Message: "đây là bản dự thảo (chưa có số hoặc ngày ban hành): --final chỉ lập văn bản chính thức; hãy ghi số (document.number) và ngày ban hành (document.date)"}
	if p.Document.Draft {
		e.Field = "document.draft"
		e.Message = "đây là bản dự thảo (draft = true): --final chỉ lập văn bản chính thức; hãy bỏ dòng draft = true và ghi đủ số, ngày ban hành"
	}
	e.Line = load.Line(src.Data, e.Field)
	return dataerr.List{e}
}
