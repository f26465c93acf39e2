package fonts

import "iter"

// CanDraw reports whether every one of the four embedded faces has a glyph
// for r, so that a text containing r prints the same in upright, bold and
// italic. Control characters are never drawable, even where a face maps them
// to an empty glyph.
//
// The faces are read on first use (see blocks.go) and what they say never
// changes afterwards; CanDraw is safe for concurrent use.
func CanDraw(r rune) bool {
	if r < 0 || r > lastRune {
		return false
	}
	return blockOf(r).drawable&(1<<(r%blockSize)) != 0
}

// Drawable yields, in order, every rune that CanDraw accepts. Walking it
// reads the whole of the faces' coverage.
func Drawable() iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for r := rune(0); r <= lastRune; r++ {
			if CanDraw(r) && !yield(r) {
				return
			}
		}
	}
}

// lastRune is the last rune that the faces are asked about: they draw
// nothing beyond the Basic Multilingual Plane (a test checks), and scanning
// the other planes would take most of the time that measuring them takes.
const lastRune = 0xFFFF
