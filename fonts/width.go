package fonts

import (
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Face names one of the four embedded faces.
type Face int

// The faces.
const (
	RegularFace Face = iota
	BoldFace
	ItalicFace
	BoldItalicFace
)

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

var (
	widthOnce sync.Once
	// advances holds, per face, the advance width of every drawable rune of
	// the Basic Multilingual Plane in em; 0 for the others.
	advances [4][]float64
	// thousandths holds the same in thousandths of an em, rounded.
	thousandths [4][]uint16
)

// Thousandths returns the advance width of r in face f in thousandths of an
// em, rounded to the nearest integer as PDF font widths are (the way fpdf
// rounds them when it reads a TrueType file); 0 for a rune the faces cannot
// draw. It is safe for concurrent use.
func Thousandths(f Face, r rune) int {
	widthOnce.Do(buildAdvances)
	if f < RegularFace || f > BoldItalicFace || r < 0 || int(r) >= len(thousandths[f]) {
		return 0
	}
	return int(thousandths[f][r])
}

// TextWidth returns the width in millimetres of s set on one line in face f
// at size points, from the advance widths of the face's glyphs (no kerning:
// neither the PDF nor Word kern this text). Runes the face cannot draw count
// as nothing. It is safe for concurrent use; the widths are read from the
// embedded faces once.
func TextWidth(f Face, size float64, s string) float64 {
	widthOnce.Do(buildAdvances)
	adv := advances[RegularFace]
	if f >= RegularFace && f <= BoldItalicFace {
		adv = advances[f]
	}
	em := 0.0
	for _, r := range s {
		if r >= 0 && int(r) < len(adv) {
			em += adv[r]
		}
	}
	return em * size * mmPerPt
}

// buildAdvances reads the advance widths of the embedded faces.
func buildAdvances() {
	for i, f := range parsedFaces() {
		upem := fixed.Int26_6(f.UnitsPerEm())
		var buf sfnt.Buffer
		adv := make([]float64, 0x10000)
		milli := make([]uint16, 0x10000)
		for r := range Drawable() {
			g, err := f.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				continue
			}
			// At a size of one em per font unit, the advance is in font
			// units (26.6 fixed point).
			a, err := f.GlyphAdvance(&buf, g, upem<<6, font.HintingNone)
			if err != nil {
				continue
			}
			adv[r] = float64(a) / 64 / float64(upem)
			milli[r] = uint16(math.Round(1000.0 / float64(upem) * float64(a/64)))
		}
		advances[i] = adv
		thousandths[i] = milli
	}
}
