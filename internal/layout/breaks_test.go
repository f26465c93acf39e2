package layout

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// TestBreakLines checks the breaks of header lines, measured one unit a
// character: a name that fits stays on one line; a longer one breaks
// before the name of its unit, never inside a place name, into as few
// lines as fit.
func TestBreakLines(t *testing.T) {
	count := func(s string) float64 { return float64(utf8.RuneCountInString(s)) }
	tests := []struct {
		s     string
		width float64
		want  []string
	}{
		{"ỦY BAN NHÂN DÂN", 20, []string{"ỦY BAN NHÂN DÂN"}},
		// Greedy filling would give "… HUYỆN CAM" / "LỘ".
		{"ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", 25, []string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ"}},
		{"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG TRỊ", 36,
			[]string{"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "TỈNH QUẢNG TRỊ"}},
		{"ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG TRỊ", 24, []string{"ỦY BAN NHÂN DÂN", "THỊ XÃ QUẢNG TRỊ"}},
		// No unit name: the most even break.
		{"PHÒNG LAO ĐỘNG THƯƠNG BINH", 20, []string{"PHÒNG LAO ĐỘNG", "THƯƠNG BINH"}},
		// Three lines when two cannot hold it.
		{"ỦY BAN NHÂN DÂN HUYỆN CAM LỘ TỈNH QUẢNG TRỊ", 16,
			[]string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ", "TỈNH QUẢNG TRỊ"}},
		// A word wider than the line stands alone.
		{"A BBBBBBBBBB C", 5, []string{"A", "BBBBBBBBBB", "C"}},
		{"  ", 10, nil},
	}
	for _, tt := range tests {
		if got := BreakLines(tt.s, tt.width, count); !slices.Equal(got, tt.want) {
			t.Errorf("BreakLines(%q, %v) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
