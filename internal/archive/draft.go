package archive

import (
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
)

// acceptsState decides which states of a plan (plan.Plan.State) the
// archive files. This is the one place that decides it.
//
// An issued document (ban hành) is filed under its number; a plan to be
// signed electronically (trình ký số) is filed before it has a number, as
// a pending document (see identifyPending), and joins its number when its
// signed original comes back. A draft is refused.
func acceptsState(s plan.State) bool {
	return s == plan.StateIssued || s == plan.StateForSigning
}

// refuseState returns the data error of src when the archive does not
// file p in its state: for a draft the same error as build --final, naming
// the field that makes it one; nil when the archive files it.
func refuseState(src engine.Source, p *plan.Plan) error {
	if acceptsState(p.State()) {
		return nil
	}
	return engine.DraftError(src, p, "kho lưu trữ chỉ nhận văn bản trình ký số hoặc đã ban hành")
}

// stateProblem says in Vietnamese why the archive does not keep a version
// whose embedded data is in state s, "" when it does.
func stateProblem(s plan.State) string {
	if acceptsState(s) {
		return ""
	}
	return "dữ liệu nhúng là của một dự thảo"
}
