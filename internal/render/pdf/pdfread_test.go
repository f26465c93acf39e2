package pdf

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/pdftext"
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

// fontName returns the name of the face of s in lower case, e.g.
// "liberationserif-bold", whether it is drawn with a simple font (whose name
// starts with a subset tag such as "ABCDEF+") or a UTF-8 font (whose name
// fpdf starts with "utf8").
func fontName(s pdftext.Span) string {
	name, _ := splitSubsetTag(s.Font)
	return strings.TrimPrefix(strings.ToLower(name), "utf8")
}

// splitSubsetTag returns a font name without its subset tag (six capital
// letters and "+"), and the tag, "" if it has none.
func splitSubsetTag(font string) (name, tag string) {
	if len(font) > 7 && font[6] == '+' && strings.Trim(font[:6], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		return font[7:], font[:6]
	}
	return font, ""
}
