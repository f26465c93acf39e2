package pdf

import (
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/fonts"
)

// maxRune is the last rune measured; the faces cover nothing beyond the
// Basic Multilingual Plane.
const maxRune = 0xFFFF

// TestMetricsAgreeWithFpdf checks the widths and font descriptors that the
// renderer holds against what fpdf reads from the faces: the width of every
// drawable rune, which fpdf uses to justify UTF-8 text, and the descriptor
// that the simple fonts take (but for the symbolic flag, which fpdf always
// sets for its UTF-8 fonts, and the nonsymbolic flag of the simple fonts).
func TestMetricsAgreeWithFpdf(t *testing.T) {
	m := newRenderer(t).m
	pdf := fpdf.New("P", "mm", "A4", "")
	addFaces(pdf)
	for f := regular; f < numFaces; f++ {
		pdf.SetFont(f.family(), "", 10)
		if err := pdf.Error(); err != nil {
			t.Fatal(err)
		}
		n := 0
		for r := rune(0); r <= maxRune; r++ {
			if !fonts.CanDraw(r) {
				continue
			}
			n++
			if got, want := m.advance(f, r), pdf.GetStringSymbolWidth(string(r)); got != want {
				t.Errorf("%s: %U is %d wide, fpdf says %d", f.family(), r, got, want)
			}
		}
		if n < 2000 {
			t.Errorf("%s: %d drawable runes, want thousands", f.family(), n)
		}
		want := pdf.GetFontDesc(f.family(), "")
		got := f.descriptor()
		if got.Flags != want.Flags&^(1<<2)|1<<5 {
			t.Errorf("%s: flags %d, fpdf's %d", f.family(), got.Flags, want.Flags)
		}
		b := want.FontBBox
		if got.Ascent != want.Ascent || got.Descent != want.Descent || got.CapHeight != want.CapHeight ||
			got.ItalicAngle != want.ItalicAngle || got.StemV != want.StemV || got.MissingWidth != want.MissingWidth ||
			got.FontBBox.Xmin != b.Xmin || got.FontBBox.Ymin != b.Ymin || got.FontBBox.Xmax != b.Xmax || got.FontBBox.Ymax != b.Ymax {
			t.Errorf("%s: descriptor %+v, fpdf's %+v", f.family(), got, want)
		}
	}
}

// addFaces registers the four faces with pdf as fpdf's UTF-8 fonts, which
// read the faces with fpdf's own TrueType reader.
func addFaces(pdf *fpdf.Fpdf) {
	for f := regular; f < numFaces; f++ {
		pdf.AddUTF8FontFromBytes(f.family(), "", f.fontsFace().File())
	}
}
