package fonts

// Face names one of the four embedded faces.
type Face int

// The faces.
const (
	RegularFace Face = iota
	BoldFace
	ItalicFace
	BoldItalicFace
)

// File returns the TrueType file of face f, the upright face's for a value
// that names no face.
func (f Face) File() []byte {
	switch f {
	case BoldFace:
		return Bold
	case ItalicFace:
		return Italic
	case BoldItalicFace:
		return BoldItalic
	default:
		return Regular
	}
}

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// Thousandths returns the advance width of r in face f in thousandths of an
// em, rounded to the nearest integer as PDF font widths are (the way fpdf
// rounds them when it reads a TrueType file); 0 for a rune the faces cannot
// draw. It is safe for concurrent use.
func Thousandths(f Face, r rune) int {
	if f < RegularFace || f > BoldItalicFace || r < 0 || r > lastRune {
		return 0
	}
	return int(blockOf(r).milli[f][r%blockSize])
}

// TextWidth returns the width in millimetres of s set on one line in face f
// at size points, from the advance widths of the face's glyphs (no kerning:
// neither the PDF nor Word kern this text). Runes the face cannot draw count
// as nothing. It is safe for concurrent use.
func TextWidth(f Face, size float64, s string) float64 {
	if f < RegularFace || f > BoldItalicFace {
		f = RegularFace
	}
	em := 0.0
	for _, r := range s {
		if r >= 0 && r <= lastRune {
			em += blockOf(r).adv[f][r%blockSize]
		}
	}
	return em * size * mmPerPt
}
