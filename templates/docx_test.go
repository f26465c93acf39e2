package templates

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/kehoach/kehoach/internal/docxpack"
	"github.com/kehoach/kehoach/internal/testkit/zipparts"
)

// TestPlanDocxUpToDate checks that plan.docx holds exactly the parts under
// templates/docx, in the same order. It compares the entries' contents, not
// the compressed bytes, which a new Go release may compress differently.
func TestPlanDocxUpToDate(t *testing.T) {
	parts, err := fs.Sub(DocxParts, "docx")
	if err != nil {
		t.Fatal(err)
	}
	packed, err := docxpack.Pack(parts)
	if err != nil {
		t.Fatal(err)
	}
	want, got := entries(t, packed), entries(t, PlanDocx)
	if len(got) != len(want) {
		t.Fatalf("plan.docx has %d entries, the parts %d: run `go generate ./templates`", len(got), len(want))
	}
	for i := range want {
		if got[i].name != want[i].name || !bytes.Equal(got[i].data, want[i].data) {
			t.Fatalf("plan.docx entry %d (%s) differs from the parts under templates/docx (%s): run `go generate ./templates`",
				i, got[i].name, want[i].name)
		}
	}
}

type entry struct {
	name string
	data []byte
}

// entries reads the entries of a zip in order.
func entries(t *testing.T, b []byte) []entry {
	t.Helper()
	ps, err := zipparts.Read(b)
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, p := range ps {
		out = append(out, entry{p.Name, p.Data})
	}
	return out
}
