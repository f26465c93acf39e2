package batch

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// readReport returns the sample report, which names its plan as
// plan = "cam-lo-2021.toml".
func readReport(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(filepath.Dir(sample.Path()), "bao-cao-cam-lo-2021.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// edited is data with each old text replaced by its new one, once; the
// test stops when data lacks one.
func edited(t testing.TB, data []byte, pairs ...string) []byte {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		next := bytes.Replace(data, []byte(pairs[i]), []byte(pairs[i+1]), 1)
		if bytes.Equal(next, data) {
			t.Fatalf("the data has no %q", pairs[i])
		}
		data = next
	}
	return data
}

// TestTreeOfPlansAndReports builds a folder holding plans and the reports
// on them, each report naming its plan by a path from its own folder: each
// document is built under its own name, says its kind, number, issuer,
// year and state; a report whose plan is missing or has errors fails
// alone, naming the file, line and field; with --final a draft report is
// refused as a draft plan is.
func TestTreeOfPlansAndReports(t *testing.T) {
	planData, reportData := readSample(t), readReport(t)
	const issuer = "Ủy ban nhân dân huyện Cam Lộ"
	onPlan := func(ref string) []byte {
		return edited(t, reportData, `plan = "cam-lo-2021.toml"`, `plan = "`+ref+`"`)
	}
	draftReport := edited(t, onPlan("../ke-hoach/cam-lo-2021.toml"), "number = 215 ", "# ", `date = "20/12/2021" `, "# ")
	badPlan := edited(t, planData, "households = 2169", "households = 0")
	forSigning := edited(t, draftReport, `type = "BC" `, `type = "BC"
state = "trình ký số" `)

	type want struct {
		plan  *Plan  // the document built, nil when the job fails
		file  string // the file a data error names, relative to the tree
		field string // and its field
	}
	tests := []struct {
		rel   string
		data  []byte
		want  want
		final want // with --final, when not the same
	}{
		{rel: "ke-hoach/cam-lo-2021.toml", data: planData,
			want: want{plan: &Plan{Kind: "kế hoạch", Type: "KH", Number: "44/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}}},
		{rel: "bao-cao/trinh-ky.toml", data: forSigning,
			want: want{plan: &Plan{Kind: "báo cáo", Type: "BC", Number: "/BC-UBND", Issuer: issuer, Year: 2021, State: plan.StateForSigning}}},
		{rel: "ke-hoach/loi.toml", data: badPlan, want: want{file: "ke-hoach/loi.toml", field: "units[5].households"}},
		{rel: "bao-cao/cam-lo-2021.toml", data: onPlan("../ke-hoach/cam-lo-2021.toml"),
			want: want{plan: &Plan{Kind: "báo cáo", Type: "BC", Number: "215/BC-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}}},
		{rel: "bao-cao/du-thao.toml", data: draftReport,
			want:  want{plan: &Plan{Kind: "báo cáo", Type: "BC", Number: "/BC-UBND", Issuer: issuer, Year: 2021, State: plan.StateDraft}},
			final: want{file: "bao-cao/du-thao.toml", field: "document.number"}},
		{rel: "bao-cao/thieu-ke-hoach.toml", data: onPlan("khong-co.toml"), want: want{file: "bao-cao/thieu-ke-hoach.toml", field: "document.plan"}},
		{rel: "bao-cao/ke-hoach-loi.toml", data: onPlan("../ke-hoach/loi.toml"), want: want{file: "ke-hoach/loi.toml", field: "units[5].households"}},
		// The plan's own name: its report is built beside it, under its own.
		{rel: "cung-thu-muc/cam-lo-2021.toml", data: planData,
			want: want{plan: &Plan{Kind: "kế hoạch", Type: "KH", Number: "44/KH-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}}},
		{rel: "cung-thu-muc/bao-cao-cam-lo-2021.toml", data: reportData,
			want: want{plan: &Plan{Kind: "báo cáo", Type: "BC", Number: "215/BC-UBND", Issuer: issuer, Year: 2021, State: plan.StateIssued}}},
	}
	in := t.TempDir()
	for _, tt := range tests {
		put(t, in, tt.rel, tt.data)
	}
	for _, final := range []bool{false, true} {
		out := t.TempDir()
		jobs, err := Tree([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		outcomes := Run(context.Background(), jobs, Options{Engine: newEngine(t), Formats: []engine.Format{engine.PDF}, Final: final})
		var built []string
		for _, tt := range tests {
			w := tt.want
			if final && (tt.final != want{}) {
				w = tt.final
			}
			i := slices.IndexFunc(outcomes, func(o Outcome) bool { return o.Job.Input == filepath.Join(in, tt.rel) })
			if i < 0 {
				t.Fatalf("no job for %s", tt.rel)
			}
			o := outcomes[i]
			if w.plan != nil {
				if o.Err != nil || o.Plan == nil || *o.Plan != *w.plan {
					t.Errorf("final %v: %s: plan %+v, error %v; want %+v", final, tt.rel, o.Plan, o.Err, *w.plan)
				}
				built = append(built, strings.TrimSuffix(tt.rel, ".toml")+".pdf")
				continue
			}
			var errs dataerr.List
			if !errors.As(o.Err, &errs) {
				t.Errorf("final %v: %s: error %v, want a data error", final, tt.rel, o.Err)
				continue
			}
			e := errs[0]
			file := filepath.Join(in, w.file)
			data, _ := os.ReadFile(file)
			if filepath.Clean(e.File) != file || e.Field != w.field || e.Line == 0 || e.Line != load.Line(data, w.field) {
				t.Errorf("final %v: %s: %v, want %s, line of %s", final, tt.rel, e, w.file, w.field)
			}
		}
		slices.Sort(built)
		if got := files(t, out); !slices.Equal(got, built) {
			t.Errorf("final %v: wrote %v, want %v", final, got, built)
		}
	}
}
