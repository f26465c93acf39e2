package engine

import (
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// FinalOnly refuses a draft, and a plan whose texts still name an old
// year, for a job that issues documents ("build --final"): it returns the
// data errors of src naming why p is a draft and every stale text, or nil
// when there is none.
func FinalOnly(src Source, p *plan.Plan) error {
	stale := staleYears(src, p)
	if !p.IsDraft() {
		if len(stale) > 0 {
			return stale
		}
		return nil
	}
	e := dataerr.Error{File: src.Name, Field: "document.number",
		Message: "đây là bản dự thảo (chưa có số hoặc ngày ban hành): --final chỉ lập văn bản chính thức; hãy ghi số (document.number) và ngày ban hành (document.date)"}
	if p.Document.Draft {
		e.Field = "document.draft"
		e.Message = "đây là bản dự thảo (draft = true): --final chỉ lập văn bản chính thức; hãy bỏ dòng draft = true và ghi đủ số, ngày ban hành"
	}
	e.Line = load.Line(src.Data, e.Field)
	return append(dataerr.List{e}, stale...)
}
