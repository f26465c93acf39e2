package report

import (
	"context"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// loadReport loads a report's data through its Kind, reading its plan from
// the sample report's folder.
func loadReport(t *testing.T, data string) (*kind.Loaded, error) {
	t.Helper()
	f, err := load.Parse(sampleReport, []byte(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return Kind.Load(context.Background(), kind.Input{Source: kind.Source{Name: sampleReport, Data: []byte(data)}, File: f, Plans: dataPlans})
}

func TestKindHead(t *testing.T) {
	l, err := loadReport(t, string(readSample(t)))
	if err != nil {
		t.Fatal(err)
	}
	h := l.Head
	// The report's own number and date, the plan's year, issuer and
	// signer (the sample report gives no signer of its own).
	if h.Document.Type != "BC" || h.Document.Number != 215 || h.Document.Date != "20/12/2021" ||
		h.Document.Year != 2021 || h.State() != plan.StateIssued {
		t.Errorf("head document = %+v, state %v", h.Document, h.State())
	}
	if got := strings.Join(h.Issuer.Name, " "); got != "Ủy ban nhân dân huyện Cam Lộ" {
		t.Errorf("issuer %q", got)
	}
	if h.Signer.Name != "Trần Anh Tuấn" {
		t.Errorf("signer %q", h.Signer.Name)
	}
	if len(l.Uses) != 1 || l.Uses[0].Ref != "../../../data/cam-lo-2021.toml" {
		t.Errorf("uses = %+v, want the plan as the report names it", l.Uses)
	}
	if len(l.Stale) != 0 {
		t.Errorf("stale = %v", l.Stale)
	}
}

func TestKindStale(t *testing.T) {
	data := strings.Replace(string(readSample(t)), "Ngay từ đầu năm,", "Ngay từ đầu năm 2020,", 1)
	tests := []struct {
		name string
		data string
		want int
	}{
		{"names 2020", data, 1},
		{"kept", strings.Replace(data, "[document]\n", "[document]\nkeep_years = [\"text.results[0]\"]\n", 1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := loadReport(t, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(l.Stale) != tt.want {
				t.Fatalf("stale = %v, want %d", l.Stale, tt.want)
			}
			if tt.want > 0 {
				e := l.Stale[0]
				if e.Field != "text.results[0]" || e.Line == 0 || !strings.Contains(e.Message, "năm 2020") {
					t.Errorf("stale = %+v", e)
				}
			}
		})
	}
}

func TestKindState(t *testing.T) {
	base := string(readSample(t))
	tests := []struct {
		name, old, new string
		field          string // the problem's field; "" for none
	}{
		{"for signing without number and date", "number = 215                # số văn bản; bỏ trống khi còn là dự thảo\ndate = \"20/12/2021\"", "state = \"trình ký số\"", ""},
		{"for signing with a number", "date = \"20/12/2021\"", "state = \"trình ký số\"", "document.number"},
		{"issued without a date", "date = \"20/12/2021\"", "state = \"ban hành\"", "document.date"},
		{"unknown state", "date = \"20/12/2021\"", "date = \"20/12/2021\"\nstate = \"đã ký\"", "document.state"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(base, tt.old, tt.new, 1)
			if data == base {
				t.Fatal("the case does not change the sample")
			}
			_, err := loadReport(t, data)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "trường "+tt.field+":") {
				t.Fatalf("Load: %v, want a problem at %s", err, tt.field)
			}
		})
	}
}

// TestKindPlanNameNotStale checks that the name of the plan's file is never
// a stale text, whatever year it names: it names a file, not the year.
func TestKindPlanNameNotStale(t *testing.T) {
	data := strings.Replace(string(readSample(t)), `plan = "../../../data/cam-lo-2021.toml"`, `plan = "ke-hoach-2020.toml"`, 1)
	if data == string(readSample(t)) {
		t.Fatal("the case does not change the sample")
	}
	f, err := load.Parse(sampleReport, []byte(data))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	// The plan read is the sample's, whatever name the report gives it.
	plans := func(ctx context.Context, _ string) (*plan.Plan, kind.Source, error) {
		return dataPlans(ctx, "../../../data/cam-lo-2021.toml")
	}
	l, err := Kind.Load(context.Background(), kind.Input{Source: kind.Source{Name: sampleReport, Data: []byte(data)}, File: f, Plans: plans})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Stale) != 0 {
		t.Errorf("stale = %v, want none", l.Stale)
	}
}
