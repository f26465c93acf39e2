package plan

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/vnfmt"
)

// State is where a plan stands on its way to being issued. It decides what
// the document prints (the DỰ THẢO mark, the number and the date or their
// blank slots) and what may be done with it (build --final, archive).
// Plan.State is the one place that decides it.
type State int

// The states of a plan, in the order a plan goes through them.
const (
	// StateDraft is a draft (dự thảo): printed with the DỰ THẢO mark, a
	// blank number and, until it has a date, a blank day and month.
	StateDraft State = iota
	// StateForSigning is the final wording to be signed electronically
	// (trình ký số): no mark, and blank slots for the number and the date
	// that the office's system stamps when the clerk issues the signed
	// file (NĐ 30/2020, Art. 15.3).
	StateForSigning
	// StateIssued is an issued document (ban hành), its number and date
	// printed.
	StateIssued
)

// stateNames are the values of [document] state, NFC and lower case, in
// the order of the states.
var stateNames = [...]string{
	StateDraft:      "dự thảo",
	StateForSigning: "trình ký số",
	StateIssued:     "ban hành",
}

// String returns the state's Vietnamese name, as the data file writes it:
// "dự thảo", "trình ký số" or "ban hành".
func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return "?"
	}
	return stateNames[s]
}

// ParseState returns the state that the data file's value v names: one of
// the three names, in any case and any Unicode normal form, white space
// around it ignored. ok is false for any other value.
func ParseState(v string) (s State, ok bool) {
	v = strings.ToLower(norm.NFC.String(strings.TrimSpace(v)))
	for i, name := range stateNames {
		if v == name {
			return State(i), true
		}
	}
	return StateDraft, false
}

// StateNames lists the values [document] state accepts, for messages:
// `"dự thảo", "trình ký số", "ban hành"`.
func StateNames() string { return vnfmt.Names(stateNames[:]) }

// State returns the state of p:
//   - draft = true is a draft, whatever else the file says;
//   - else the state that [document] state names; a value that names none
//     (which Check reports) counts as a draft;
//   - without the key, a plan with neither a number nor a date is a draft,
//     any other is issued (and Check asks for what it lacks).
//
// The contradictions (state = "ban hành" without a number or a date,
// state = "trình ký số" with either, draft = true with another state) are
// Check's to report.
func (p *Plan) State() State {
	d := &p.Document
	if d.Draft {
		return StateDraft
	}
	if !blank(d.State) {
		s, _ := ParseState(d.State)
		return s
	}
	if d.Number == 0 && blank(d.Date) {
		return StateDraft
	}
	return StateIssued
}

// IsDraft reports whether p is a draft: p.State() == StateDraft.
func (p *Plan) IsDraft() bool { return p.State() == StateDraft }
