package engine

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/plan"
)

// TestLoadReadsPlansWithItsReader: Load gives the heading and document
// that Build gives, with the subject the title prints, renders nothing,
// and reads a report's plan with the reader it is given, not from the
// report's folder.
func TestLoadReadsPlansWithItsReader(t *testing.T) {
	ctx := context.Background()
	data, err := os.ReadFile("../../data/bao-cao-cam-lo-2021.toml")
	if err != nil {
		t.Fatal(err)
	}
	report := Source{Name: "../../data/bao-cao-cam-lo-2021.toml", Data: data}
	built, err := newEngine(t).Build(ctx, report, Formats)
	if err != nil {
		t.Fatal(err)
	}
	planSrc := sampleSource(t)
	var asked []string
	plans := func(_ context.Context, ref string) (*plan.Plan, kind.Source, error) {
		asked = append(asked, ref)
		p, _, err := ReadPlanFile(ctx, planSrc.Name)
		return p, Source{Name: "kèm theo:" + ref, Data: planSrc.Data}, err
	}
	// Named elsewhere: the report's folder holds no plan.
	loaded, err := Load(ctx, Source{Name: "khong-co/bao-cao.toml", Data: data}, plans)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(asked, []string{"cam-lo-2021.toml"}) {
		t.Errorf("plans asked %q", asked)
	}
	if len(loaded.Artifacts) != 0 || loaded.Kind.Type() != "BC" || loaded.Plan.Document.Subject == "" {
		t.Errorf("loaded %d artifacts, kind %s, subject %q", len(loaded.Artifacts), loaded.Kind.Type(), loaded.Plan.Document.Subject)
	}
	if !reflect.DeepEqual(loaded.Plan, built.Plan) || !reflect.DeepEqual(loaded.Document, built.Document) {
		t.Error("Load's heading or document differs from Build's")
	}
	if len(loaded.Uses) != 1 || loaded.Uses[0].Ref != "cam-lo-2021.toml" || loaded.Uses[0].Name != "kèm theo:cam-lo-2021.toml" {
		t.Errorf("uses %+v", loaded.Uses)
	}
	if _, err := Load(ctx, report, nil); err == nil {
		t.Error("a report loaded without a plan reader")
	}
}
