package pdf

import "strconv"

// encodings is what a document shows of each of its code pages: for each
// page, the codes that some face shows, which the page's /Differences name
// (one list for every face, so that the faces of a page share one encoding
// object), and the codes that each face shows, which get their widths. A
// code the document does not show is neither named nor given a width: a
// reader never meets it, and the definition that fpdf parses for every
// font of every document stays short.
type encodings struct {
	diffs []string            // the /Differences of each page
	shown [][numFaces]codeSet // the codes each face shows, by page
}

// codeSet is a set of one-byte codes.
type codeSet [4]uint64

// add puts c in the set.
func (s *codeSet) add(c byte) { s[c/64] |= 1 << (c % 64) }

// has reports whether c is in the set.
func (s *codeSet) has(c byte) bool { return s[c/64]&(1<<(c%64)) != 0 }

// newEncodings returns the encodings of the pages ps for a document that
// shows used in each face. A character that two pages hold counts as shown
// in both: a line may draw it in either.
func newEncodings(used *[numFaces]charSet, ps pageSet) *encodings {
	e := &encodings{diffs: make([]string, len(ps)), shown: make([][numFaces]codeSet, len(ps))}
	all := make([]codeSet, len(ps))
	for f := range used {
		for _, r := range used[f].runes() {
			for i, p := range ps {
				if c := p.code[r]; c != 0 {
					e.shown[i][f].add(c)
					all[i].add(c)
				}
			}
		}
	}
	for i, p := range ps {
		e.diffs[i] = differences(p, &all[i])
	}
	return e
}

// differences returns the /Differences array, without its brackets, that
// names each code of shown in p by its character as uniXXXX: each run of
// consecutive codes after its first code ("32 /uni0020 /uni0021 44
// /uni002C").
func differences(p *codePage, shown *codeSet) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	next := -1 // the code that the last name leaves off at
	for c := 0x20; c <= 0xff; c++ {
		if !shown.has(byte(c)) {
			continue
		}
		if c != next {
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(c), 10)
		}
		r := p.runes[c] // of the Basic Multilingual Plane: four digits
		b = append(b, " /uni"...)
		b = append(b, hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		next = c + 1
	}
	return string(b)
}
