package fonts

import (
	"math"
	"testing"
)

// TestTextWidth checks widths against those measured with Liberation Serif
// in nd30-layout: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold is about 95.7 mm at
// 13 pt and 88.3 mm at 12 pt; and against Times metrics: a digit is half an
// em, so "14.932" regular at 11 pt is (5 × 0.5 + 0.25) em = 2.75 em.
func TestTextWidth(t *testing.T) {
	tests := []struct {
		face Face
		size float64
		text string
		want float64 // mm
	}{
		{BoldFace, 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 95.7},
		{BoldFace, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 88.3},
		{RegularFace, 11, "14.932", 2.75 * 11 * 25.4 / 72},
		{ItalicFace, 10, "", 0},
	}
	for _, tt := range tests {
		got := TextWidth(tt.face, tt.size, tt.text)
		if math.Abs(got-tt.want) > 0.1 {
			t.Errorf("TextWidth(%d, %v, %q) = %.2f mm, want %.2f", tt.face, tt.size, tt.text, got, tt.want)
		}
	}
	if TextWidth(BoldFace, 12, "Ộ") <= TextWidth(RegularFace, 12, "O")*0.9 {
		t.Error("a Vietnamese capital is measured too narrow")
	}
}
