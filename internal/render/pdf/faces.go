package pdf

import (
	"fmt"

	"github.com/go-pdf/fpdf"

	"github.com/kehoach/kehoach/fonts"
)

// face is one of the four embedded faces of Liberation Serif.
type face int

// The faces.
const (
	regular face = iota
	bold
	italic
	boldItalic
	numFaces
)

// family returns the fpdf family name of a face. Each face is its own family
// (style ""), so that fpdf names the embedded font after it, for example
// "utf8liberationserif-bold": readers tell bold and italic text by the font
// name.
func (f face) family() string {
	switch f {
	case bold:
		return fonts.Family + "-Bold"
	case italic:
		return fonts.Family + "-Italic"
	case boldItalic:
		return fonts.Family + "-BoldItalic"
	default:
		return fonts.Family + "-Regular"
	}
}

// data returns the TrueType file of a face.
func (f face) data() []byte {
	switch f {
	case bold:
		return fonts.Bold
	case italic:
		return fonts.Italic
	case boldItalic:
		return fonts.BoldItalic
	default:
		return fonts.Regular
	}
}

// metrics holds the advance widths of the faces, in thousandths of an em,
// for every rune of the Basic Multilingual Plane. They are read once from
// fpdf itself, so that measuring here agrees with fpdf's own measuring (the
// word spacing of justified lines), and never change afterwards.
type metrics struct {
	widths [numFaces][]uint16
	// desc holds the font descriptors that fpdf reads from the faces.
	desc [numFaces]fpdf.FontDescType
}

// maxRune is the last rune measured; the faces cover nothing beyond the
// Basic Multilingual Plane.
const maxRune = 0xFFFF

// addFaces registers the four faces with pdf.
func addFaces(pdf *fpdf.Fpdf) {
	for f := regular; f < numFaces; f++ {
		pdf.AddUTF8FontFromBytes(f.family(), "", f.data())
	}
}

// newMetrics measures every drawable rune of every face.
func newMetrics() (*metrics, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	addFaces(pdf)
	m := &metrics{}
	for f := regular; f < numFaces; f++ {
		pdf.SetFont(f.family(), "", 10)
		if err := pdf.Error(); err != nil {
			return nil, fmt.Errorf("load font %s: %w", f.family(), err)
		}
		w := make([]uint16, maxRune+1)
		for r := rune(0); r <= maxRune; r++ {
			if !fonts.CanDraw(r) {
				continue
			}
			w[r] = uint16(pdf.GetStringSymbolWidth(string(r)))
		}
		if w['x'] == 0 {
			// fpdf prints, but does not record, a font it cannot parse.
			return nil, fmt.Errorf("load font %s: %w", f.family(), ErrFont)
		}
		m.widths[f] = w
		m.desc[f] = pdf.GetFontDesc(f.family(), "")
	}
	return m, pdf.Error()
}

// units returns the advance width of s in f, in thousandths of an em.
func (m *metrics) units(f face, s string) int {
	w := m.widths[f]
	n := 0
	for _, r := range s {
		if r >= 0 && r <= maxRune {
			n += int(w[r])
		}
	}
	return n
}

// width returns the width of s in millimetres, set in f at size points.
func (m *metrics) width(f face, size float64, s string) float64 {
	return float64(m.units(f, s)) * size / 1000 * ptMM
}
