package pdf

import (
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kehoach/kehoach/fonts"
)

// The simple fonts embed each face cut to the repertoire of the code pages
// (about 250 characters and the glyphs their accents are built from) rather
// than in full: about 58 KB a face instead of about 380 KB. The cut is the
// same for every document, so it is made once in a process, on the first
// document drawn with the simple fonts, the four faces side by side while
// that document is laid out. It is not compressed: compressing the four cuts
// would save about 100 KB a document but take longer (about 10 ms) than the
// whole of a one-off build's rendering.
//
// The cut (fonts.Subset) keeps the face's Unicode character map, through
// which a reader finds each glyph from the uniXXXX names of the encoding.

// simpleFaces returns the faces made ready for the simple fonts, each made
// once in a process and never changed afterwards.
var simpleFaces = func() [numFaces]func() (*simpleFace, error) {
	var s [numFaces]func() (*simpleFace, error)
	for f := range numFaces {
		s[f] = sync.OnceValues(func() (*simpleFace, error) {
			return newSimpleFace(f)
		})
	}
	return s
}()

// readyFaces holds the faces once all are made.
var readyFaces atomic.Pointer[[numFaces]*simpleFace]

// prepareSimpleFaces starts making the faces that are not made yet, each in
// a goroutine of its own, and returns a function that waits for them all.
func prepareSimpleFaces() func() (*[numFaces]*simpleFace, error) {
	if faces := readyFaces.Load(); faces != nil {
		return func() (*[numFaces]*simpleFace, error) { return faces, nil }
	}
	var (
		wg    sync.WaitGroup
		faces [numFaces]*simpleFace
		errs  [numFaces]error
	)
	for f := range numFaces {
		wg.Go(func() { faces[f], errs[f] = simpleFaces[f]() })
	}
	return func() (*[numFaces]*simpleFace, error) {
		wg.Wait()
		for f, err := range errs {
			if err != nil {
				return nil, fmt.Errorf("load font %s: %w", face(f).family(), err)
			}
		}
		readyFaces.Store(&faces)
		return &faces, nil
	}
}

// repertoireRunes returns the runes of the code pages, in order.
var repertoireRunes = sync.OnceValue(func() []rune {
	var rs []rune
	for r := rune(0); r <= maxRune; r++ {
		if repertoire().has(r) {
			rs = append(rs, r)
		}
	}
	return rs
})

// subset returns face f cut to the repertoire.
func (f face) subset() ([]byte, error) {
	return fonts.Subset(f.fontsFace(), repertoireRunes())
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
