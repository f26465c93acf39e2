package batch

import (
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
)

// Plan is which document a data file holds, as a summary names it: a plan,
// a report, or another kind of document.
type Plan struct {
	// Kind is the kind of document, as its title names it in lower case:
	// "kế hoạch", "báo cáo".
	Kind string
	// Type is the document type symbol of its data file: "KH", "BC".
	Type string
	// Number is the number and symbol as printed after "Số:",
	// "44/KH-UBND"; a draft's blank number leaves "/KH-UBND".
	Number string
	// Issuer is the issuing body as the data file names it, its lines
	// joined: "Ủy ban nhân dân huyện Cam Lộ".
	Issuer string
	// Year is the year the document covers.
	Year int
	// State is the document's state (plan.Plan.State); a draft is
	// plan.StateDraft.
	State plan.State
}

// describePlan is the Plan of a built result.
func describePlan(res *engine.Result) *Plan {
	p := res.Plan
	number := strings.TrimPrefix(strings.TrimSpace(res.Document.Header.Number), "Số:")
	return &Plan{
		Kind: strings.ToLower(res.Document.Meta.Record.TypeName),
		// A copy: the decoded text may share the memory of the whole data
		// file, which the summary must not keep alive.
		Type:   strings.Clone(strings.TrimSpace(p.Document.Type)),
		Number: strings.Join(strings.Fields(number), " "),
		Issuer: strings.Clone(strings.Join(strings.Fields(strings.Join(p.Issuer.Name, " ")), " ")),
		Year:   p.Document.Year,
		State:  p.State(),
	}
}
