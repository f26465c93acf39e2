package fonts

import (
	"math"
	"sync/atomic"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The faces are measured a block of 64 runes at a time, as text first asks
// for a rune of the block: a plan in Vietnamese touches about a dozen blocks
// of the Basic Multilingual Plane's 1,024, so that a one-off build reads
// about 3,000 glyphs of the faces rather than all 260,000 code points of
// four faces.

// blockSize is the number of runes a block measures.
const blockSize = 64

// block holds what the faces say of 64 consecutive runes.
type block struct {
	drawable uint64 // bit i: every face draws the block's rune i
	// adv holds the advance widths of the drawable runes, per face, in
	// em; milli holds them in thousandths of an em, rounded.
	adv   [4][blockSize]float64
	milli [4][blockSize]uint16
}

// blocks holds the blocks measured so far, by the rune's number divided by
// blockSize. A block, once stored, never changes; two goroutines that
// measure one block at once measure it alike, and the first one stored wins.
var blocks [(lastRune + 1) / blockSize]atomic.Pointer[block]

// blockOf returns the block of r, a rune from 0 to lastRune, measuring it
// on first use.
func blockOf(r rune) *block {
	if b := blocks[r/blockSize].Load(); b != nil {
		return b
	}
	return measureBlock(r)
}

// measureBlock measures the block of r and stores it, unless another
// goroutine stored it first; it returns the block stored.
func measureBlock(r rune) *block {
	p := &blocks[r/blockSize]
	p.CompareAndSwap(nil, measure(r&^(blockSize-1)))
	return p.Load()
}

// measure measures the block of runes first to first+blockSize-1.
func measure(first rune) *block {
	b := &block{}
	parsed := parsedFaces()
	var buf sfnt.Buffer
	var glyphs [4]sfnt.GlyphIndex
outer:
	for i := range blockSize {
		r := first + rune(i)
		if unicode.IsControl(r) {
			continue
		}
		for f, face := range parsed {
			g, err := face.GlyphIndex(&buf, r)
			if err != nil || g == 0 {
				continue outer
			}
			glyphs[f] = g
		}
		b.drawable |= 1 << i
		for f, face := range parsed {
			upem := fixed.Int26_6(face.UnitsPerEm())
			// At a size of one em per font unit, the advance is in font
			// units (26.6 fixed point).
			a, err := face.GlyphAdvance(&buf, glyphs[f], upem<<6, font.HintingNone)
			if err != nil {
				continue
			}
			b.adv[f][i] = float64(a) / 64 / float64(upem)
			b.milli[f][i] = uint16(math.Round(1000.0 / float64(upem) * float64(a/64)))
		}
	}
	return b
}
