package batch

import (
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
)

// Plan is which plan a data file holds, as a summary names it.
type Plan struct {
	// Number is the number and symbol as printed after "Số:",
	// "44/KH-UBND"; a draft's blank number leaves "/KH-UBND".
	Number string
	// Issuer is the issuing body as the data file names it, its lines
	// joined: "Ủy ban nhân dân huyện Cam Lộ".
	Issuer string
	// Year is the year the plan covers.
	Year int
	// State is the plan's state (plan.Plan.State); a draft is
	// plan.StateDraft.
	State plan.State
}

// describePlan is the Plan of a built result.
func describePlan(res *engine.Result) *Plan {
	p := res.Plan
	number := strings.TrimPrefix(strings.TrimSpace(res.Document.Header.Number), "Số:")
	return &Plan{
		Number: strings.Join(strings.Fields(number), " "),
		Issuer: strings.Join(strings.Fields(strings.Join(p.Issuer.Name, " ")), " "),
		Year:   p.Document.Year,
		State:  p.State(),
	}
}
