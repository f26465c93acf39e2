package pdf

import (
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// sampleDocument returns the document composed from the sample data file, as
// the engine composes it. Every call composes a new document, so that a
// test may change it.
func sampleDocument(tb testing.TB) *doc.Document {
	tb.Helper()
	return composeSample(tb, nil)
}

// composeSample composes the sample data file after edit changes its plan.
func composeSample(tb testing.TB, edit func(p *plan.Plan)) *doc.Document {
	tb.Helper()
	d, err := sample.Document(edit)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
