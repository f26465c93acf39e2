package pdf

import (
	"testing"

	"github.com/kehoach/kehoach/internal/pdftext"
)

// readPDF returns the pages of a rendered PDF, or stops the test.
func readPDF(t testing.TB, data []byte) []pdftext.Page {
	t.Helper()
	pages, err := pdftext.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// readInfo returns the Info dictionary's text entries, or stops the test.
func readInfo(t testing.TB, data []byte) map[string]string {
	t.Helper()
	info, err := pdftext.Info(data)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

// right returns where s ends: the right edge of its last glyph, in mm.
func right(s pdftext.Span) float64 { return s.X + s.Width }
