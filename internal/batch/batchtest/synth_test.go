package batchtest

import (
	"bytes"
	"context"
	"testing"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// TestPlansAreValidAndDiffer: every synthetic plan checks, plans differ, and
// the units' count varies as promised.
func TestPlansAreValidAndDiffer(t *testing.T) {
	src, err := sample.Read()
	if err != nil {
		t.Fatal(err)
	}
	e, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var prev []byte
	counts := map[int]bool{}
	for i := range 12 {
		data, err := Plan(src, i)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(data, prev) {
			t.Errorf("plan %d equals plan %d", i, i-1)
		}
		prev = data
		res, err := e.Build(context.Background(), engine.Source{Name: "synth.toml", Data: data}, []engine.Format{engine.PDF})
		if err != nil {
			t.Fatalf("plan %d: %v", i, err)
		}
		if got, want := len(res.Plan.Units), 1+(i*7)%40; got != want {
			t.Errorf("plan %d has %d units, want %d", i, got, want)
		}
		counts[len(res.Plan.Units)] = true
		if again, _ := Plan(src, i); !bytes.Equal(again, data) {
			t.Errorf("plan %d is not reproducible", i)
		}
	}
	if len(counts) < 10 {
		t.Errorf("only %d different unit counts", len(counts))
	}
}
