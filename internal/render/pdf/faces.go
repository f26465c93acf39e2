package pdf

import (
	"fmt"

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

// family returns the name of a face, "LiberationSerif-Bold" and the like:
// the BaseFont of its fonts, after the subset tag, by which readers tell
// bold and italic text.
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

// metrics measures text in the faces by the advance widths of their glyphs,
// in thousandths of an em, rounded as PDF font widths are (a test checks
// them against fpdf's reading of the faces), so that measuring here agrees
// with the widths the fonts declare. The fonts package reads the widths from
// the faces as text first needs them.
type metrics struct{}

// fontsFace returns the fonts package's name of a face.
func (f face) fontsFace() fonts.Face {
	switch f {
	case bold:
		return fonts.BoldFace
	case italic:
		return fonts.ItalicFace
	case boldItalic:
		return fonts.BoldItalicFace
	default:
		return fonts.RegularFace
	}
}

// newMetrics returns the metrics of the faces, checking that each face
// gives its glyphs widths.
func newMetrics() (*metrics, error) {
	for f := regular; f < numFaces; f++ {
		if fonts.Thousandths(f.fontsFace(), 'x') == 0 {
			return nil, fmt.Errorf("load font %s: %w", f.family(), ErrFont)
		}
	}
	return &metrics{}, nil
}

// advance returns the advance width of r in f, in thousandths of an em; 0
// for a rune the faces cannot draw.
func (m *metrics) advance(f face, r rune) int {
	return fonts.Thousandths(f.fontsFace(), r)
}

// units returns the advance width of s in f, in thousandths of an em.
func (m *metrics) units(f face, s string) int {
	n := 0
	for _, r := range s {
		n += m.advance(f, r)
	}
	return n
}

// width returns the width of s in millimetres, set in f at size points.
func (m *metrics) width(f face, size float64, s string) float64 {
	return float64(m.units(f, s)) * size / 1000 * ptMM
}
