package pdf

import (
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// samplePath is the sample data file that ships with kehoach.
var samplePath = filepath.Join("..", "..", "..", "data", "cam-lo-2021.toml")

// samplePlan returns the document composed from the sample data file, as
// the engine composes it: Kế hoạch thực hiện Chương trình giảm nghèo năm
// 2021 of UBND huyện Cam Lộ, number 44, dated 18/3/2021. Every call composes
// a new document, so that a test may change it.
func samplePlan(tb testing.TB) *doc.Document {
	tb.Helper()
	return composeSample(tb, nil)
}

// composeSample composes the sample data file after edit changes its plan.
func composeSample(tb testing.TB, edit func(p *plan.Plan)) *doc.Document {
	tb.Helper()
	p, err := load.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	if edit != nil {
		edit(p)
	}
	c, err := compose.New()
	if err != nil {
		tb.Fatal(err)
	}
	d, err := c.Compose(p, plan.Compute(p))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
