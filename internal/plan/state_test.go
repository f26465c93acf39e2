package plan

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestStateNames(t *testing.T) {
	for s, want := range map[State]string{StateDraft: "dự thảo", StateForSigning: "trình ký số", StateIssued: "ban hành"} {
		if got := s.String(); got != want {
			t.Errorf("State(%d).String() = %q, want %q", s, got, want)
		}
		for _, v := range []string{want, norm.NFD.String(want), " " + want + " ", "BAN HÀNH"} {
			got, ok := ParseState(v)
			if v == "BAN HÀNH" {
				if !ok || got != StateIssued {
					t.Errorf("ParseState(%q) = %v, %v; want ban hành", v, got, ok)
				}
				continue
			}
			if !ok || got != s {
				t.Errorf("ParseState(%+q) = %v, %v; want %v", v, got, ok, s)
			}
		}
	}
	for _, v := range []string{"du thao", "trình ký", "đã ban hành", ""} {
		if _, ok := ParseState(v); ok {
			t.Errorf("ParseState(%q) accepted", v)
		}
	}
}

// TestState checks the one decision of a plan's state: the key when given,
// draft = true above it, and without either the number and the date.
func TestState(t *testing.T) {
	tests := []struct {
		name   string
		state  string
		draft  bool
		number int
		date   string
		want   State
	}{
		{"number and date", "", false, 44, "18/03/2021", StateIssued},
		{"neither", "", false, 0, "", StateDraft},
		{"number only", "", false, 44, "", StateIssued},
		{"date only", "", false, 0, "18/03/2021", StateIssued},
		{"draft said, with number and date", "", true, 44, "18/03/2021", StateDraft},
		{"state dự thảo with number and date", "dự thảo", false, 44, "18/03/2021", StateDraft},
		{"state trình ký số", "Trình ký số", false, 0, "", StateForSigning},
		{"state ban hành", "ban hành", false, 44, "18/03/2021", StateIssued},
		{"draft said with state ban hành", "ban hành", true, 44, "18/03/2021", StateDraft},
		{"unknown state", "đã ký", false, 44, "18/03/2021", StateDraft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Plan{Document: Document{State: tt.state, Draft: tt.draft, Number: tt.number, Date: tt.date}}
			if got := p.State(); got != tt.want {
				t.Errorf("State() = %v, want %v", got, tt.want)
			}
		})
	}
}
