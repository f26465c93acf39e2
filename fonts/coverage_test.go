package fonts

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters returns every letter of the Vietnamese alphabet with every
// tone mark, precomposed, in lower and upper case.
func vietnameseLetters(t *testing.T) []rune {
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

func TestCoverageRangesAreSortedAndDisjoint(t *testing.T) {
	CanDraw('a')
	if len(coverage) == 0 {
		t.Fatal("no coverage")
	}
	for i := 1; i < len(coverage); i++ {
		if coverage[i].lo <= coverage[i-1].hi+1 {
			t.Fatalf("ranges %d and %d overlap or touch: %v %v", i-1, i, coverage[i-1], coverage[i])
		}
	}
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
