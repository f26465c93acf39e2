package pdf

import (
	"fmt"
	"testing"
)

// TestEncodings checks what a document's fonts name and measure: every code
// it shows, in each page that holds the character, and no other; the widths
// of a face's own codes only; the /Differences in runs of consecutive
// codes, checked by hand.
func TestEncodings(t *testing.T) {
	lower, upper := &codePages()[pageLower], &codePages()[pageUpper]
	var used [numFaces]charSet
	used[regular].addAll("a b") // ASCII: both pages hold it
	used[bold].addAll("ỘỸ")     // capitals of page upper alone
	used[italic].addAll("ộ")    // a letter of page lower
	e := newEncodings(&used, fixedPages())
	// ộ is in both pages (a frequent lower-case letter); Ộ and Ỹ in page
	// upper alone. Each stands alone among the codes shown.
	tests := []struct {
		name      string
		got, want string
	}{
		{"page lower", e.diffs[pageLower], "32 /uni0020 97 /uni0061 /uni0062 " + entry(lower, 'ộ')},
		{"page upper", e.diffs[pageUpper], "32 /uni0020 97 /uni0061 /uni0062 " +
			entry(upper, 'Ộ') + " " + entry(upper, 'Ỹ') + " " + entry(upper, 'ộ')},
	}
	if lower.has('Ộ') || !upper.has('ộ') || upper.code['Ộ'] >= upper.code['Ỹ'] || upper.code['Ỹ'] >= upper.code['ộ'] {
		t.Fatal("the pages no longer hold the characters as this test expects")
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: /Differences %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	for _, c := range []struct {
		page *codePage
		i    int
		f    face
		r    rune
		want bool
	}{
		{lower, pageLower, regular, 'a', true},
		{upper, pageUpper, regular, 'a', true},
		{lower, pageLower, regular, 'c', false},
		{lower, pageLower, bold, 'a', false}, // shown, but in another face
		{upper, pageUpper, bold, 'Ộ', true},
		{lower, pageLower, italic, 'ộ', true},
	} {
		if got := e.shown[c.i][c.f].has(c.page.code[c.r]); got != c.want {
			t.Errorf("page %s, %s: %q shown %v, want %v", c.page.name, c.f.family(), c.r, got, c.want)
		}
	}
}

// entry returns the /Differences entry of r in p: its code and its name.
func entry(p *codePage, r rune) string {
	return fmt.Sprintf("%d /uni%04X", p.code[r], r)
}
