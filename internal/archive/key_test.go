package archive

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNameKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"UBND xã Tân Hòa", "UBND xã Tân Hoà", true}, // the tone mark on o or on a
		{"Thủy", "Thuỷ", true},
		{"Hòe", "Hoè", true},
		{"Ủy ban nhân dân huyện Cam Lộ", "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", true},
		{"Ủy ban nhân dân huyện Cam Lộ", " Ủy ban nhân dân  \thuyện Cam Lộ", true},
		{"Ủy ban nhân dân huyện Cam Lộ", norm.NFD.String("Ủy ban nhân dân huyện Cam Lộ"), true},
		{"UBND xã Tân Hòa", "UBND xã Tân Hóa", false}, // two communes
		{"UBND xã Tân Hòa", "UBND xã Tân Hoa", false},
		{"Hòa", "Hoá", false},
		{"Cẩm", "Cấm", false},
		{"Cam Lộ", "Cam Lô", false},
		{"Ân", "Ấn", false},
		{"Ư", "U", false},
		{"BCĐ", "BCD", false},
		{"44/KH-UBND", "44/KH-UBNDX", false},
		{"Hòà", "Hoàà", false},
	}
	for _, tt := range tests {
		if got := nameKey(tt.a) == nameKey(tt.b); got != tt.same {
			t.Errorf("nameKey(%q) == nameKey(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}
