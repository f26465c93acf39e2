package main

import (
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// refuseDraft returns the data error of "build --final" on a draft, or nil
// for a plan that is none. path names the data file.
func refuseDraft(path string, p *plan.Plan) error {
	if !p.IsDraft() {
		return nil
	}
	e := dataerr.Error{File: path, Field: "document.number",
		Message: "đây là bản dự thảo (chưa có số hoặc ngày ban hành): --final chỉ lập văn bản chính thức; hãy ghi số (document.number) và ngày ban hành (document.date)"}
	if p.Document.Draft {
		e.Field = "document.draft"
		e.Message = "đây là bản dự thảo (draft = true): --final chỉ lập văn bản chính thức; hãy bỏ dòng draft = true và ghi đủ số, ngày ban hành"
	}
	return dataerr.List{e}
}
