package figures

import "testing"

func TestWords(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "không"},
		{5, "năm"},
		{10, "mười"},
		{15, "mười lăm"},
		{21, "hai mươi mốt"},
		{24, "hai mươi tư"},
		{105, "một trăm linh năm"},
		{1000, "một nghìn"},
		{1005, "một nghìn không trăm linh năm"},
		{1460, "một nghìn bốn trăm sáu mươi"},
		{2169, "hai nghìn một trăm sáu mươi chín"},
		{12000, "mười hai nghìn"},
		{1_000_050, "một triệu không trăm năm mươi"},
		{100_000_000, "một trăm triệu"},
	}
	for _, tt := range tests {
		if got := words(tt.n); got != tt.want {
			t.Errorf("words(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
