package engine

import (
	"bytes"
	"context"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/zipparts"
)

// TestWordBreaksWithOrWithoutPDF builds the sample as a draft, whose
// heading "III." the PDF's keep rules carry to page 2, and checks that the
// Word document breaks its page before it, whether the PDF was built with
// it or not.
func TestWordBreaksWithOrWithoutPDF(t *testing.T) {
	e := newEngine(t)
	src := sampleSource(t)
	src.Data = bytes.Replace(src.Data, []byte("[document]\n"), []byte("[document]\ndraft = true\n"), 1)
	both, err := e.Build(context.Background(), src, []Format{PDF, DOCX})
	if err != nil {
		t.Fatal(err)
	}
	alone, err := e.Build(context.Background(), src, []Format{DOCX})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(both.Artifacts[1].Data, alone.Artifacts[0].Data) {
		t.Error("the Word document differs when built without the PDF")
	}
	var buf bytes.Buffer
	if err := e.Render(context.Background(), &buf, both.Document, DOCX); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), alone.Artifacts[0].Data) {
		t.Error("Render makes another Word document than Build")
	}
	parts, err := zipparts.Map(alone.Artifacts[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	main := parts["word/document.xml"]
	found := false
	for _, p := range bytes.Split(main, []byte("<w:p>")) {
		if bytes.Contains(p, []byte("<w:pageBreakBefore/>")) && bytes.Contains(p, []byte(">III. MỤC TIÊU")) {
			found = true
		}
	}
	if !found {
		t.Error("the draft's Word document does not break its page before the heading III.")
	}
}
