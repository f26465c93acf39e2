package engine

import (
	"errors"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// FinalOnly refuses a draft, and a document whose texts still name an
// old year, for a job that issues documents ("build --final"): it returns
// the data errors of src, from which res was built, naming why res is a
// draft and every stale text (res.Stale), or nil when there is none. A
// document to be signed (trình ký số) is final.
func FinalOnly(src Source, res *Result) error {
	err := DraftError(src, res.Plan, "--final chỉ lập văn bản chính thức (trình ký số hoặc ban hành)")
	var errs dataerr.List
	if !errors.As(err, &errs) {
		if len(res.Stale) > 0 {
			return res.Stale
		}
		return err
	}
	return append(errs, res.Stale...)
}

// DraftError returns, when p is a draft (plan.StateDraft), the data error
// of src that names the field making it one and says what job refuses it
// (Vietnamese, "--final chỉ lập văn bản chính thức"); nil when p is not a
// draft.
func DraftError(src Source, p *plan.Plan, job string) error {
	if p.State() != plan.StateDraft {
		return nil
	}
	const fix = `ghi state = "trình ký số" (để ký số, chưa có số và ngày), hoặc ghi đủ số (document.number), ngày ban hành (document.date)`
	d := &p.Document
	e := dataerr.Error{File: src.Name}
	switch {
	case d.Draft && d.Number != 0 && d.Date != "":
		e.Field = "document.draft"
		e.Message = "đây là bản dự thảo (draft = true): " + job + "; hãy bỏ dòng draft = true"
	case d.Draft:
		e.Field = "document.draft"
		e.Message = "đây là bản dự thảo (draft = true): " + job + "; hãy bỏ dòng draft = true, rồi " + fix
	case d.State != "":
		e.Field = "document.state"
		e.Message = `đây là bản dự thảo (state = "dự thảo"): ` + job + "; hãy " + fix
	default:
		e.Field = "document.number"
		e.Message = "đây là bản dự thảo (chưa có số và ngày ban hành): " + job + "; hãy " + fix
	}
	e.Line = load.Line(src.Data, e.Field)
	return dataerr.List{e}
}
