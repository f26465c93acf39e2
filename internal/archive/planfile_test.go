package archive

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// TestReportOnArchivedPlan reads the sample report with its plan taken
// from the archived PDF of the sample plan, not from the plan's data file.
func TestReportOnArchivedPlan(t *testing.T) {
	root := t.TempDir()
	pdf := add(t, root, sampleSource(t, "")).Path()
	data, err := os.ReadFile("../report/testdata/bao-cao-cam-lo-2021.toml")
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(root, pdf)
	if err != nil {
		t.Fatal(err)
	}
	old := `plan = "../../../data/cam-lo-2021.toml"`
	if !strings.Contains(string(data), old) {
		t.Fatal("the sample report names another plan; update the test")
	}
	data = []byte(strings.Replace(string(data), old, `plan = "`+filepath.ToSlash(rel)+`"`, 1))
	name := filepath.Join(root, "bao-cao.toml")

	var embedded engine.Source
	read := func(ctx context.Context, path string) (*plan.Plan, kind.Source, error) {
		p, src, err := ReadPlan(ctx, path)
		embedded = src
		return p, src, err
	}
	r, p, err := report.Read(context.Background(), name, data, kind.Beside(name, read))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if p.Document.Number != 44 || p.Document.Date != "18/03/2021" || len(r.Units) != 8 {
		t.Errorf("plan %d of %s, %d units; want 44 of 18/03/2021, 8 units", p.Document.Number, p.Document.Date, len(r.Units))
	}
	if want := pdf + ":44-KH-UBND.toml"; embedded.Name != want || !bytes.Contains(embedded.Data, []byte("number = 44")) {
		t.Errorf("plan read from %q (%d bytes), want the data embedded in the PDF, named %q", embedded.Name, len(embedded.Data), want)
	}
	tab := report.Compute(report.Units(p.Units, r.Units))
	if got := strings.Join(tab.Total.Cells(), " | "); got != " | Tổng cộng | 14.932 | 405 | 2,71 | 37 | 44 | 2 | 8 | 15.011 | 371 | 2,47 | 34 | 0,24 | 91,89" {
		t.Errorf("total row %s", got)
	}
}

func TestReadPlanRefusesPDFWithoutData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kh.pdf")
	if err := os.WriteFile(path, []byte("%PDF-1.7\nnot really\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := ReadPlan(context.Background(), path)
	var errs dataerr.List
	if !errors.As(err, &errs) || errs[0].File != path {
		t.Errorf("ReadPlan of a PDF without data: %v, want a problem of %s", err, path)
	}
	if _, _, err := ReadPlan(context.Background(), filepath.Join(t.TempDir(), "none.toml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadPlan of a missing file: %v, want not exist", err)
	}
}
