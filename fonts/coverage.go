package fonts

import (
	"iter"
	"sort"
	"sync"
	"unicode"

	"golang.org/x/image/font/sfnt"
)

// CanDraw reports whether every one of the four embedded faces has a glyph
// for r, so that a text containing r prints the same in upright, bold and
// italic. Control characters are never drawable, even where a face maps them
// to an empty glyph.
//
// The coverage is read from the faces' character maps on first use and never
// changes afterwards; CanDraw is safe for concurrent use.
func CanDraw(r rune) bool {
	if unicode.IsControl(r) {
		return false
	}
	coverageOnce.Do(buildCoverage)
	i := sort.Search(len(coverage), func(i int) bool { return coverage[i].hi >= r })
	return i < len(coverage) && coverage[i].lo <= r
}

// Drawable yields, in order, every rune that CanDraw accepts: walking it
// is much cheaper than asking CanDraw of every rune.
func Drawable() iter.Seq[rune] {
	coverageOnce.Do(buildCoverage)
	return func(yield func(rune) bool) {
		for _, rr := range coverage {
			for r := rr.lo; r <= rr.hi; r++ {
				if !unicode.IsControl(r) && !yield(r) {
					return
				}
			}
		}
	}
}

// runeRange is an inclusive range of runes.
type runeRange struct{ lo, hi rune }

var (
	coverageOnce sync.Once
	// coverage holds the runes that all faces draw, as sorted, disjoint,
	// non-adjacent ranges.
	coverage []runeRange
)

// lastRune is the last rune that coverage looks at: the faces draw nothing
// beyond the Basic Multilingual Plane (a test checks), and scanning the other
// planes would take most of the time that building the coverage takes.
const lastRune = 0xFFFF

// buildCoverage fills coverage from the embedded faces.
func buildCoverage() {
	parsed := parsedFaces()
	var buf sfnt.Buffer
	drawable := func(r rune) bool {
		for _, f := range parsed {
			g, err := f.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				return false
			}
		}
		return true
	}
	var ranges []runeRange
	for r := rune(0); r <= lastRune; r++ {
		if !drawable(r) {
			continue
		}
		if n := len(ranges); n > 0 && ranges[n-1].hi == r-1 {
			ranges[n-1].hi = r
			continue
		}
		ranges = append(ranges, runeRange{r, r})
	}
	coverage = ranges
}
