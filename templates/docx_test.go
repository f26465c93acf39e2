package templates

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"testing"

	"github.com/kehoach/kehoach/internal/docxpack"
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
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, entry{f.Name, data})
	}
	return out
}
