package fonts

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters returns every letter of the Vietnamese alphabet with every
// tone mark, precomposed, in lower and upper case.
func vietnameseLetters(t testing.TB) []rune {
	t.Helper()
	const bases = "aăâeêioôơuưyđ"
	tones := []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
	var letters []rune
	for _, b := range bases {
		for _, tone := range tones {
			if b == 'đ' && tone != "" {
				continue
			}
			s := norm.NFC.String(string(b) + tone)
			if n := len([]rune(s)); n != 1 {
				t.Fatalf("%q is not precomposed", s)
			}
			r := []rune(s)[0]
			letters = append(letters, r, unicode.ToUpper(r))
		}
	}
	return letters
}

func TestCanDrawVietnamese(t *testing.T) {
	letters := vietnameseLetters(t)
	if len(letters) != 2*(12*6+1) {
		t.Fatalf("built %d letters, want %d", len(letters), 2*(12*6+1))
	}
	for _, r := range append(letters, []rune("ăâđêôơưĂÂĐÊÔƠƯ")...) {
		if !CanDraw(r) {
			t.Errorf("CanDraw(%q U+%04X) = false, want true", r, r)
		}
	}
}

func TestCanDrawASCIIAndPunctuation(t *testing.T) {
	const text = " abcxyzABCXYZ0123456789.,;:!?\"'()[]/-–—…%&“”‘’§№"
	for _, r := range text {
		if !CanDraw(r) {
			t.Errorf("CanDraw(%q U+%04X) = false, want true", r, r)
		}
	}
}

func TestCanDrawMissing(t *testing.T) {
	for _, r := range []rune{'😀', '中', '\n', '\r', '\t', 0, 0x7f, unicode.MaxRune, -1} {
		if CanDraw(r) {
			t.Errorf("CanDraw(%q U+%04X) = true, want false", r, r)
		}
	}
}

// TestCanDrawAsksEveryFace checks CanDraw, rune by rune over the Basic
// Multilingual Plane, against the faces' own character maps: true exactly
// when every face maps the rune to a glyph and the rune is not a control
// character. Runes are asked in an order that jumps between blocks, from two
// goroutines at once, so that blocks are measured out of order and side by
// side (run with -race).
func TestCanDrawAsksEveryFace(t *testing.T) {
	want := func(r rune) bool {
		var buf sfnt.Buffer
		for _, f := range parsedFaces() {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				return false
			}
		}
		return !unicode.IsControl(r)
	}
	var wg sync.WaitGroup
	for start := range 2 {
		wg.Go(func() {
			for i := rune(start); i <= lastRune; i += 2 {
				r := (i * 7919) % (lastRune + 1) // a permutation of the plane
				if got := CanDraw(r); got != want(r) {
					t.Errorf("CanDraw(%U) = %v, the faces say %v", r, got, !got)
				}
			}
		})
	}
	wg.Wait()
}

func TestCanDrawSeedText(t *testing.T) {
	const text = "Ủy ban nhân dân huyện Cam Lộ; Quỹ “Ngày Vì người nghèo”; 0,26%; Phòng Lao động - Thương binh và Xã hội."
	if i := strings.IndexFunc(text, func(r rune) bool { return !CanDraw(r) }); i >= 0 {
		t.Errorf("CanDraw(%q) = false in %q", []rune(text[i:])[0], text)
	}
}

// TestNothingBeyondBMP checks that no face draws a rune beyond the Basic
// Multilingual Plane, which CanDraw does not look at.
func TestNothingBeyondBMP(t *testing.T) {
	var buf sfnt.Buffer
	for i, f := range parsedFaces() {
		for r := rune(lastRune + 1); r <= unicode.MaxRune; r++ {
			if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
				t.Fatalf("face %d draws %U", i, r)
			}
		}
	}
}

// TestDrawable: Drawable yields exactly, in order, the runes CanDraw
// accepts.
func TestDrawable(t *testing.T) {
	var want []rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if CanDraw(r) {
			want = append(want, r)
		}
	}
	got := slices.Collect(Drawable())
	if !slices.Equal(got, want) {
		t.Errorf("Drawable yields %d runes, CanDraw accepts %d", len(got), len(want))
	}
	if len(got) < 2000 || !slices.Contains(got, 'ệ') {
		t.Errorf("Drawable yields %d runes, without ệ?", len(got))
	}
}
