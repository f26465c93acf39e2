package layout

import (
	"slices"
	"strings"
	"testing"
)

// TestWords checks Words against the split it stands for: at runs of
// spaces, empty words dropped, other white space kept inside words.
func TestWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "   ", "a", " a", "a ", "  Kế  hoạch   giảm nghèo ", "x\u00a0y z", "a\tb c",
		"Ủy ban nhân dân huyện Cam Lộ", "\xff \xe1\x80 b", "1.234 hộ (5,6%)",
	} {
		want := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' })
		if got := Words(s); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	}
}
