package docx

import (
	"bytes"
	"context"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
	"github.com/kehoach/kehoach/internal/testkit/sample"
	"github.com/kehoach/kehoach/internal/testkit/zipparts"
	"github.com/kehoach/kehoach/templates"
)

// sampleDoc composes the sample plan of the repository.
func sampleDoc(t testing.TB) *doc.Document {
	t.Helper()
	d, err := sample.Document(nil)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// render renders d with the template and returns the .docx bytes.
func render(t testing.TB, template []byte, d *doc.Document) []byte {
	t.Helper()
	r, err := New(template)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Render(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// parts reads every entry of a .docx.
func parts(t testing.TB, docx []byte) map[string][]byte {
	t.Helper()
	out, err := zipparts.Map(docx)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// paragraphs reads the text of a WordprocessingML part, one string per
// paragraph.
func paragraphs(t testing.TB, part []byte) []string {
	t.Helper()
	out, err := docxtext.Part(bytes.NewReader(part))
	if err != nil {
		t.Fatalf("malformed XML: %v", err)
	}
	return out
}

// embedded is the template kehoach ships.
func embedded() []byte { return templates.PlanDocx }
