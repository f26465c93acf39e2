package templates

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/kehoach/kehoach/internal/docxpack"
)

func TestPlanDocxUpToDate(t *testing.T) {
	parts, err := fs.Sub(DocxParts, "docx")
	if err != nil {
		t.Fatal(err)
	}
	got, err := docxpack.Pack(parts)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, PlanDocx) {
		t.Fatal("plan.docx differs from the parts under templates/docx: run `go generate ./templates`")
	}
}
