package pdf

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-pdf/fpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/fonts"
)

// Registering the four faces is most of what fpdf spends on a short
// document: it parses each TrueType file and names the face by hashing its
// whole width table. A base holds the faces registered once, and every
// document is written by a template writer of the base (fpdf.Tpl), which
// shares the base's faces: fpdf gives a template the fonts of the document it
// is made from, and a Tpl is a whole fpdf document that can add pages and
// write itself out.
//
// What a document does to the shared faces is to add the runes it draws to
// each face's set of used runes, the set that fpdf embeds. To keep that from
// carrying over from one document to the next, a base draws the repertoire
// (the characters of Vietnamese text) in every face when it is made, so that
// a document whose text stays within the repertoire leaves the sets as they
// were: every document embeds the repertoire, whichever base writes it. A
// document with a character outside the repertoire is written by a base of
// its own, never reused. Writing a document also updates the font objects'
// numbers and fpdf's subsetting state, which each document sets afresh; a
// base therefore writes one document at a time.
type base struct {
	pdf *fpdf.Fpdf
}

// newBase registers the faces and fixes their used runes to the repertoire.
func newBase() (*base, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	addFaces(pdf)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts: %w", err)
	}
	var err error
	pdf.CreateTemplate(func(t *fpdf.Tpl) {
		for f := regular; f < numFaces; f++ {
			t.SetFont(f.family(), "", 10)
			t.Text(0, 0, repertoire().text)
		}
		err = t.Error()
	})
	if err == nil {
		err = pdf.Error()
	}
	if err != nil {
		return nil, fmt.Errorf("load fonts: %w", err)
	}
	return &base{pdf: pdf}, nil
}

// write makes a new document that shares the base's faces, with its first
// page added, and passes it to fn. The base must not be used by another
// goroutine meanwhile.
func (b *base) write(fn func(pdf *fpdf.Fpdf) error) error {
	var err error
	b.pdf.CreateTemplate(func(t *fpdf.Tpl) { err = fn(&t.Fpdf) })
	if err == nil {
		err = b.pdf.Error()
	}
	return err
}

// charSet is a set of runes of the Basic Multilingual Plane and their text.
type charSet struct {
	bits [0x10000 / 64]uint64
	text string
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

// splitters are three rare capitals left out of the repertoire. fpdf builds
// a font's width array (/W) in time that grows with the cube of the longest
// run of consecutive used runes whose widths differ, and the Vietnamese
// letters of U+1EA0–U+1EF9 are such a run of 90: cut into shorter runs, it
// costs a document about 3 ms less. A document that prints one of them takes
// a base of its own.
const splitters = "ẴỄỠ"

// repertoire returns the characters that a shared base embeds: ASCII, the
// Vietnamese letters but the splitters, and common punctuation, as far as
// every face draws them.
var repertoire = sync.OnceValue(func() *charSet {
	var b strings.Builder
	for r := rune(0x20); r < 0x7f; r++ {
		b.WriteRune(r)
	}
	// Vietnamese letters with every tone mark, precomposed.
	for _, base := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			b.WriteString(norm.NFC.String(string(base) + tone))
		}
	}
	// Đ, đ, the no-break space and the punctuation of administrative text.
	b.WriteString("Đđ\u00a0–—‘’“”…•°§×±²³½№")
	s := &charSet{}
	var text strings.Builder
	for _, r := range b.String() {
		if fonts.CanDraw(r) && !s.has(r) && !strings.ContainsRune(splitters, r) {
			s.bits[r/64] |= 1 << (r % 64)
			text.WriteRune(r)
		}
	}
	s.text = text.String()
	return s
})
