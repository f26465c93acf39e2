package archive

import (
	"strings"
	"testing"
)

func TestSafeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ủy ban nhân dân huyện Cam Lộ", "Uy-ban-nhan-dan-huyen-Cam-Lo"},
		{"Phòng Lao động - Thương binh và Xã hội", "Phong-Lao-dong-Thuong-binh-va-Xa-hoi"},
		{"LĐTBXH", "LDTBXH"},
		{"../../etc", "etc"},
		{"a/b\\c", "a-b-c"},
		{"..", ""},
		{" - ", ""},
		{"U\u0309y ban", "Uy-ban"}, // NFD input folds the same
		{strings.Repeat("ab ", 40), strings.Repeat("ab-", 26) + "ab"},
	}
	for _, tt := range tests {
		if got := safeName(tt.in); got != tt.want {
			t.Errorf("safeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
