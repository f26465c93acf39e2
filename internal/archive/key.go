package archive

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// hashLen is the number of hex digits of the hash that makes a folder name
// one document's alone.
const hashLen = 8

// nameKey is what tells two names apart: two names are the same when their
// keys are. The key ignores what does not change a name: the case (names
// are printed in capitals), runs of white space, Unicode composition, and
// where a word's one tone mark sits ("Hòa" and "Hoà", "Thủy" and "Thuỷ"
// are one name written two ways). Everything else counts: "Hòa" and "Hóa"
// are two names, and so are "Đ" and "D".
//
// In the key, every word (a run of letters and marks) with exactly one tone
// mark has it moved to its end; the key is in NFD, so the mark is a
// character of its own there. A word with no tone mark, or with more than
// one (not Vietnamese), is kept as it is.
func nameKey(s string) string {
	s = norm.NFD.String(strings.ToLower(strings.Join(strings.Fields(s), " ")))
	var b, word strings.Builder
	var tone rune
	tones := 0
	flush := func() {
		if tones == 1 {
			b.WriteString(strings.Map(func(r rune) rune {
				if isTone(r) {
					return -1
				}
				return r
			}, word.String()))
			b.WriteRune(tone)
		} else {
			b.WriteString(word.String())
		}
		word.Reset()
		tones = 0
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			flush()
			b.WriteRune(r)
			continue
		}
		if isTone(r) {
			tone = r
			tones++
		}
		word.WriteRune(r)
	}
	flush()
	return b.String()
}

// isTone reports whether r is one of the five combining tone marks of
// Vietnamese: huyền, sắc, ngã, hỏi, nặng. The marks that make a letter
// (â, ă, ơ, ư) are not tones.
func isTone(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

// shortHash is the first hashLen hex digits of the SHA-256 of the parts,
// each ended by a zero byte.
func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:hashLen]
}
