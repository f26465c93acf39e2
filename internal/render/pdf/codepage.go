package pdf

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/fonts"
)

// A code page maps the characters of Vietnamese text to the one-byte codes
// of a simple TrueType font. Vietnamese needs more characters (ASCII, 134
// precomposed letters and some punctuation) than the 224 codes from 32 to 255
// that fpdf gives a simple font, so there are two pages, each a font of its
// own sharing the face's one embedded font file: both hold ASCII (codes 32 to
// 126, as WinAnsiEncoding has them) and the punctuation; page lower holds
// every lower-case letter and the capitals that begin words, page upper every
// capital and the most frequent lower-case letters, so that a line of capitals
// or of ordinary text is drawn in one page.
//
// Every code a document shows, ASCII too, names its character in the
// font's /Differences as uniXXXX (see encodings.go), so that a reader finds
// the glyph through the font's Unicode character map (PDF 32000-1 §9.6.6.4)
// and extracts the text. ASCII needs no name by the standard (the base
// encoding, WinAnsiEncoding, names it), but Ghostscript's PDF/A conversion
// loses the text of codes that the /Differences do not name.
type codePage struct {
	name  string        // "a" or "b", the suffix of the font family
	code  [0x10000]byte // the code of each character of the page, 0 for none
	runes [256]rune     // the character of each code, 0 for none
	last  int           // the last code used
}

// The pages.
const (
	pageLower = iota
	pageUpper
	numPages
)

// firstCode is the first code of a page's own characters: 127 and up.
const firstCode = 0x7f

// Vietnamese letters, precomposed, in the order that the pages take them when
// they have room: first the capitals that begin words (untoned, acute, hook,
// grave) and the most frequent lower-case letters.
const (
	capitalsByUse = "ĐĂÂÊÔƠƯ" + "ÁẮẤÉẾÍÓỐỚÚỨÝ" + "ẢẲẨẺỂỈỎỔỞỦỬỶ" + "ÀẰẦÈỀÌÒỒỜÙỪỲ" +
		"ẠỊ" + "ẶẬẸỆỌỘỢỤỰỴÃẴẪẼỄĨÕỖỠŨỮỸ"
	lowerByUse = "ộđáèệảàưốơựêếềịạậủểăôổâấãợớụìứíầóỉờỷởữòỗýúồẩửẫọắặừằẽĩéùỹỏỡ" +
		"ẳẵẻẹễõũỳỵ"
	// punctuation is the rest of the characters of administrative text:
	// the no-break space and common punctuation.
	punctuation = "\u00a0–—‘’“”…•°§×±²³½№"
)

// codePages returns the two pages, built on first use.
var codePages = sync.OnceValue(func() *[numPages]codePage {
	lower, upper := vietnameseLetters()
	var pages [numPages]codePage
	pages[pageLower].name = "a"
	pages[pageUpper].name = "b"
	pages[pageLower].fill(lower, punctuation, capitalsByUse)
	pages[pageUpper].fill(upper, punctuation, lowerByUse)
	return &pages
})

// repertoire returns the characters that the code pages hold: a document
// whose text stays within them is drawn with the simple fonts.
var repertoire = sync.OnceValue(func() *charSet {
	s := &charSet{}
	for i := range numPages {
		p := &codePages()[i]
		for c := 0x20; c <= p.last; c++ {
			if r := p.runes[c]; r != 0 {
				s.add(r)
			}
		}
	}
	return s
})

// vietnameseLetters returns the non-ASCII letters of the Vietnamese
// alphabet, precomposed, with every tone mark: lower case and upper case.
func vietnameseLetters() (lower, upper string) {
	var lo, up strings.Builder
	for _, base := range "aăâeêioôơuưy" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			s := norm.NFC.String(string(base) + tone)
			if s[0] < 0x80 {
				continue
			}
			lo.WriteString(s)
			up.WriteString(strings.ToUpper(s))
		}
	}
	lo.WriteString("đ")
	up.WriteString("Đ")
	return lo.String(), up.String()
}

// fill gives codes to ASCII, then to all of own and punct, then to as many of
// more as there are codes left. A character the faces cannot draw is left
// out. fill panics if own and punct do not fit: the pages are fixed at build
// time.
func (p *codePage) fill(own, punct, more string) {
	for c := 0x20; c < firstCode; c++ {
		p.put(rune(c), c)
	}
	next := firstCode
	add := func(r rune) bool {
		if next > 0xff {
			return false
		}
		if p.has(r) || !fonts.CanDraw(r) {
			return true
		}
		p.put(r, next)
		next++
		return true
	}
	for _, r := range own + punct {
		if !add(r) {
			panic("pdf: code page " + p.name + " is too small")
		}
	}
	for _, r := range more {
		if !add(r) {
			break
		}
	}
	p.last = next - 1
}

// put gives code c to r, a rune of the Basic Multilingual Plane.
func (p *codePage) put(r rune, c int) {
	p.code[r] = byte(c)
	p.runes[c] = r
}

// has reports whether the page holds r.
func (p *codePage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && p.code[r] != 0
}

// hasAll reports whether the page holds every rune of s.
func (p *codePage) hasAll(s string) bool {
	for _, r := range s {
		if !p.has(r) {
			return false
		}
	}
	return true
}

// pageSet is the code pages of a document: the two pages, then, for a
// document with characters beyond them, pages of its own that hold those
// characters (see extraPages).
type pageSet []*codePage

// fixedPages returns the set of the two pages alone.
var fixedPages = sync.OnceValue(func() pageSet {
	return pageSet{&codePages()[pageLower], &codePages()[pageUpper]}
})

// extraPages returns the set of the two pages and as many pages as runes,
// characters that the two do not hold, need: each holds ASCII and up to 129
// of runes, in order.
func extraPages(runes []rune) pageSet {
	ps := slices.Clone(fixedPages())
	for len(runes) > 0 {
		n := min(len(runes), 0x100-firstCode)
		p := &codePage{name: "p" + strconv.Itoa(len(ps))}
		p.fill(string(runes[:n]), "", "")
		ps = append(ps, p)
		runes = runes[n:]
	}
	return ps
}

// pageOf returns the first page of ps that holds r, or -1.
func (ps pageSet) pageOf(r rune) int {
	for i, p := range ps {
		if p.has(r) {
			return i
		}
	}
	return -1
}

// run is a stretch of a line drawn in one code page.
type run struct {
	page  int    // index in the document's pageSet
	text  string // the codes
	units int    // width without extra word spacing, thousandths of an em
	nsp   int    // number of spaces
}

// encode cuts s into runs, each in one code page of ps, and appends them to
// dst. A line that one page holds is one run; otherwise each run goes on in
// its page as far as it can, and the spaces before a change of page start
// the next run. Every character of s must be in a page of ps. Widths are
// those of face f, measured by m.
func encode(dst []run, s string, m *metrics, f face, ps pageSet) []run {
	cur := -1
	for i, p := range ps {
		if p.hasAll(s) {
			cur = i
			break
		}
	}
	if cur < 0 {
		cur = pageLower
		for _, r := range s {
			if r != ' ' {
				cur = max(ps.pageOf(r), 0)
				break
			}
		}
	}
	buf := make([]byte, 0, len(s))
	units, nsp := 0, 0
	pendSp := 0 // spaces not yet given to a run
	flush := func() {
		if len(buf) > 0 {
			dst = append(dst, run{page: cur, text: string(buf), units: units, nsp: nsp})
		}
		buf, units, nsp = buf[:0], 0, 0
	}
	for _, r := range s {
		if r == ' ' {
			pendSp++
			continue
		}
		if !ps[cur].has(r) {
			flush()
			cur = max(ps.pageOf(r), 0)
		}
		for ; pendSp > 0; pendSp-- {
			buf = append(buf, ' ')
			units += m.advance(f, ' ')
			nsp++
		}
		buf = append(buf, ps[cur].code[r])
		units += m.advance(f, r)
	}
	for ; pendSp > 0; pendSp-- {
		buf = append(buf, ' ')
		units += m.advance(f, ' ')
		nsp++
	}
	flush()
	return dst
}

// charSet is a set of runes of the Basic Multilingual Plane.
type charSet struct {
	bits [0x10000 / 64]uint64
}

// add puts r, a rune of the Basic Multilingual Plane, in the set.
func (s *charSet) add(r rune) {
	s.bits[r/64] |= 1 << (r % 64)
}

// has reports whether r is in the set.
func (s *charSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s.bits[r/64]&(1<<(r%64)) != 0
}

// hasAll reports whether every rune of text is in the set.
func (s *charSet) hasAll(text string) bool {
	for _, r := range text {
		if !s.has(r) {
			return false
		}
	}
	return true
}
