package batch

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
)

// TestRunNamesEachPlan: every plan built says its number as printed, its
// issuer, its year and whether it is a draft, also when --final refuses it;
// a check builds no documents and names no plan.
func TestRunNamesEachPlan(t *testing.T) {
	sample := readSample(t)
	edit := func(pairs ...string) []byte {
		b := sample
		for i := 0; i < len(pairs); i += 2 {
			next := bytes.Replace(b, []byte(pairs[i]), []byte(pairs[i+1]), 1)
			if bytes.Equal(next, b) {
				t.Fatalf("the sample has no %q", pairs[i])
			}
			b = next
		}
		return b
	}
	const issuer = "Ủy ban nhân dân huyện Cam Lộ"
	tests := []struct {
		name  string
		data  []byte
		opt   Options
		want  *Plan
		fails bool
	}{
		{"issued", sample, Options{}, &Plan{Kind: "kế hoạch", Type: "KH", Number: "44/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}, false},
		{"number below ten", edit("number = 44 ", "number = 5 "), Options{}, &Plan{Kind: "kế hoạch", Type: "KH", Number: "05/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}, false},
		{"marked draft", edit("\n[issuer]\n", "\ndraft = true\n\n[issuer]\n"), Options{},
			&Plan{Kind: "kế hoạch", Type: "KH", Number: "/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateDraft}, false},
		{"neither number nor date", edit("number = 44 ", "# ", `date = "18/03/2021"`, `date = ""`), Options{},
			&Plan{Kind: "kế hoạch", Type: "KH", Number: "/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateDraft}, false},
		{"issuer on one line, another year", edit(`name = ["Ủy ban nhân dân", "huyện Cam Lộ"]`, `name = ["Ủy ban nhân dân  huyện Cam Lộ"]`, "year = 2021 ", "year = 2022 ",
			"Chương trình giảm nghèo năm 2021", "Chương trình giảm nghèo năm 2022"), Options{},
			&Plan{Kind: "kế hoạch", Type: "KH", Number: "44/KH-UBND", Issuer: issuer, Year: 2022, State: plan.StateIssued}, false},
		{"draft refused by --final", edit("\n[issuer]\n", "\ndraft = true\n\n[issuer]\n"), Options{Final: true},
			&Plan{Kind: "kế hoạch", Type: "KH", Number: "/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateDraft}, true},
		{"check", sample, Options{CheckOnly: true}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := put(t, t.TempDir(), "x.toml", tt.data)
			opt := tt.opt
			opt.Engine, opt.Formats = newEngine(t), []engine.Format{engine.PDF}
			o := Run(context.Background(), []Job{{Input: in, Dir: filepath.Join(t.TempDir(), "out"), Base: "x"}}, opt)[0]
			if (o.Err != nil) != tt.fails {
				t.Fatalf("err = %v, want an error: %v", o.Err, tt.fails)
			}
			switch {
			case tt.want == nil && o.Plan != nil:
				t.Errorf("Plan = %+v, want none", *o.Plan)
			case tt.want != nil && (o.Plan == nil || *o.Plan != *tt.want):
				t.Errorf("Plan = %+v, want %+v", o.Plan, *tt.want)
			}
		})
	}
}
