package pdf

import (
	"fmt"
	"hash/fnv"
	"math/bits"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/kehoach/kehoach/fonts"
)

// A document drawn with the simple fonts embeds each face it shows cut to
// the characters it shows in that face (fonts.Subset: the glyphs renumbered,
// without hinting), not compressed: the sample plan's four cuts are about
// 25 KB together, where the faces cut to the whole repertoire of the code
// pages took about 80 KB, or 226 KB with hinting and every glyph slot.
// Cutting takes some tens of microseconds a face, less than compressing the
// larger cuts would, and the last cut of each face is kept for the next
// document that shows the same characters in it; the cut of a face depends
// on the document's text alone, so the output stays reproducible.
//
// The cut keeps a Unicode character map of its characters, through which a
// reader finds each glyph from the uniXXXX names of the encoding.

// usedRunes returns the characters that pages show in each face: the text of
// their lines and the page numbers.
func usedRunes(pages []pageLayout) *[numFaces]charSet {
	var used [numFaces]charSet
	for i, pg := range pages {
		if l, ok := pageNumber(i + 1); ok {
			used[l.face].addAll(l.text)
		}
		for _, p := range pg.boxes {
			for _, l := range p.box.lines {
				used[l.face].addAll(l.text)
			}
		}
	}
	return &used
}

// beyond returns the characters of used, in any face, that the two code
// pages do not hold, in order.
func beyond(used *[numFaces]charSet) []rune {
	var all charSet
	for f := range used {
		for i, w := range used[f].bits {
			all.bits[i] |= w
		}
	}
	rep := repertoire()
	for i := range all.bits {
		all.bits[i] &^= rep.bits[i]
	}
	return all.runes()
}

// embeddedFace is a face cut for one document: the font file and its name.
type embeddedFace struct {
	name string // the BaseFont: subset tag and face name
	file []byte
}

// lastCut is the cut of a face most recently made: documents of one batch
// often show the same characters in a face (the headings, the signature).
type lastCut struct {
	used charSet
	face embeddedFace
}

// lastCuts holds the last cut of each face. A cut, once stored, is never
// changed: documents share its file, which fpdf only reads.
var lastCuts [numFaces]atomic.Pointer[lastCut]

// cutFaces cuts each face that used shows characters in, for one document.
func cutFaces(used *[numFaces]charSet) (*[numFaces]embeddedFace, error) {
	var cuts [numFaces]embeddedFace
	for f := regular; f < numFaces; f++ {
		if last := lastCuts[f].Load(); last != nil && last.used == used[f] {
			cuts[f] = last.face
			continue
		}
		runes := used[f].runes()
		if len(runes) == 0 {
			continue
		}
		cut, err := fonts.Subset(f.fontsFace(), runes)
		if err != nil {
			return nil, fmt.Errorf("load font %s: %w", f.family(), err)
		}
		cuts[f] = embeddedFace{name: subsetTag(cut) + "+" + f.family(), file: cut}
		lastCuts[f].Store(&lastCut{used: used[f], face: cuts[f]})
	}
	return &cuts, nil
}

// subsetTag returns the tag that names a font file as a subset (PDF 32000-1
// §9.6.4): six capital letters, here taken from a hash of the file, so that
// the same cut always has the same tag.
func subsetTag(cut []byte) string {
	h := fnv.New64a()
	h.Write(cut)
	n := h.Sum64()
	var b strings.Builder
	for range 6 {
		b.WriteByte(byte('A' + n%26))
		n /= 26
	}
	return b.String()
}

// pageNumber returns the line that prints the number of page n (counting
// from 1) in the top margin; none on page 1.
func pageNumber(n int) (line, bool) {
	if n <= 1 {
		return line{}, false
	}
	return line{
		text: strconv.Itoa(n), face: regular, size: sizePageNum,
		x: marginLeft, w: textW, base: pageNumBase, align: alignCentre,
	}, true
}

// addAll puts the runes of text, all of the Basic Multilingual Plane, in
// the set.
func (s *charSet) addAll(text string) {
	for _, r := range text {
		if r >= 0 && r < 0x10000 {
			s.add(r)
		}
	}
}

// runes returns the runes of the set, in order.
func (s *charSet) runes() []rune {
	var rs []rune
	for i, w := range s.bits {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			rs = append(rs, rune(i*64+b))
			w &^= 1 << b
		}
	}
	return rs
}
