package engine

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"testing"
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
	main := docxPart(t, alone.Artifacts[0].Data, "word/document.xml")
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

// docxPart returns the bytes of the entry name of a .docx.
func docxPart(t *testing.T, docx []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
