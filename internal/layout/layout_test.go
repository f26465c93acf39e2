package layout

import "testing"

// TestWordUnits checks the conversions to Word's units against values
// worked out by hand: 1 inch = 25.4 mm = 72 pt = 1440 twips.
func TestWordUnits(t *testing.T) {
	tests := []struct {
		what      string
		got, want int
	}{
		{"A4 width", PageWidth.Twips(), 11906},   // 210 / 25.4 × 1440 = 11905.5
		{"A4 height", PageHeight.Twips(), 16838}, // 16837.8
		{"left margin", MarginLeft.Twips(), 1701},
		{"right margin", MarginRight.Twips(), 850},
		{"indent 1.27 cm", Indent.Twips(), 720},
		{"6 pt", ParaSpace.Twips(), 120},
		{"14 pt", SizeBody.HalfPoints(), 28},
		{"0.5 pt rule", RuleWidth.Eighths(), 4},
		{"27 mm", SignatureSpace.Twips(), 1531},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %d, want %d", tt.what, tt.got, tt.want)
		}
	}
	if TextWidth != 165 || RightColumn != 96 {
		t.Errorf("text width %v, right column %v; want 165 and 96 mm", TextWidth, RightColumn)
	}
	if IssuerWidth != 65 || SubjectWidth != 145 {
		t.Errorf("issuer width %v, subject width %v; want 65 and 145 mm", IssuerWidth, SubjectWidth)
	}
	if d := TwipsPerMM*25.4 - 1440; d > 1e-9 || d < -1e-9 {
		t.Errorf("25.4 mm = %v twips, want 1440", TwipsPerMM*25.4)
	}
	if d := Pt(72).MM() - 25.4; d > 1e-9 || d < -1e-9 {
		t.Errorf("72 pt = %v mm", Pt(72).MM())
	}
}
