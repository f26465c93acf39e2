package archive

import (
	"errors"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// acceptsState decides which states of a plan (plan.Plan.State) the
// archive files: it returns nil for one it files, else ErrDraft or
// ErrForSigning. This is the one place that decides it.
//
// Only an issued document (ban hành), with its number and date, is filed
// for now. A plan to be signed electronically (trình ký số) has neither
// yet: it is refused until the archive files it before it has a number.
func acceptsState(s plan.State) error {
	switch s {
	case plan.StateIssued:
		return nil
	case plan.StateForSigning:
		return ErrForSigning
	}
	return ErrDraft
}

// refuseState returns the data error of src when the archive does not
// file p in its state: for a draft the same error as build --final, naming
// the field that makes it one; nil when the archive files it.
func refuseState(src engine.Source, p *plan.Plan) error {
	err := acceptsState(p.State())
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrForSigning):
		return dataerr.List{{File: src.Name, Field: "document.state", Line: load.Line(src.Data, "document.state"),
			Message: `đây là văn bản trình ký số (chưa có số và ngày ban hành): kho lưu trữ hiện chỉ nhận văn bản đã ban hành; hãy ký số tệp PDF lập bằng "kehoach build --final", rồi khi văn bản đã có số và ngày, ghi state = "ban hành", số (document.number), ngày ban hành (document.date) và lưu trữ`}}
	}
	return engine.DraftError(src, p, "kho lưu trữ chỉ nhận văn bản đã ban hành")
}

// stateProblem says in Vietnamese why the archive does not keep a version
// whose embedded data is in state s, "" when it does.
func stateProblem(s plan.State) string {
	err := acceptsState(s)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrForSigning):
		return "dữ liệu nhúng là của một văn bản trình ký số, chưa có số và ngày ban hành"
	}
	return "dữ liệu nhúng là của một dự thảo"
}
