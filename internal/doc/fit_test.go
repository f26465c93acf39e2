package doc

import (
	"math"
	"strings"
	"testing"
)

// em measures every character as one unit wide, whatever the style and size.
func em(s string, _ RowStyle, _ float64) float64 { return float64(len([]rune(s))) }

func TestIsFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"10.000.000": true, "1,75": true, "-2%": true, "+3": true, "0": true,
		"": false, "%": false, "A": false, "11=10/1": false, "Xã Cam Lộ": false, "1 000": false,
	} {
		if got := IsFigure(s); got != want {
			t.Errorf("IsFigure(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFitColumns(t *testing.T) {
	table := func(name, figure string) *Table {
		return &Table{
			Columns: []Column{{Width: 1}, {Width: 3}, {Width: 1}, {Width: 1}},
			Header:  []Row{{Cells: []Cell{{Text: "TT"}, {Text: "Đơn vị"}, {Text: "Số hộ"}, {Text: "Tỷ lệ"}}}},
			Body: []Row{
				{Cells: []Cell{{Text: "1"}, {Text: name}, {Text: figure}, {Text: "1,75"}}},
				{Style: Bold, Cells: []Cell{{Text: ""}, {Text: "Tổng cộng"}, {Text: "2.169"}, {Text: "2,46"}}},
			},
		}
	}
	tests := []struct {
		name   string
		t      *Table
		want   []float64
		fitAll bool
	}{
		{"figures fit", table("TT Cam Lộ", "2.169"), []float64{10, 30, 10, 10}, true},
		// "10.000.000" needs 12 with the padding. The others can give 6
		// (column 0, down to "TT"), 24 (the names, down to "Tổng") and 4
		// (column 3, down to "1,75"): 2 of those 34.
		{"wide figure", table("TT Cam Lộ", "10.000.000"), []float64{10 - 2*6.0/34, 30 - 2*24.0/34, 12, 10 - 2*4.0/34}, true},
		// The 34 that the others can give are short of the 37 that 45
		// digits need.
		{"no room left", table("TT Cam Lộ", strings.Repeat("1", 45)), []float64{4, 6, 44, 6}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := FitColumns(tt.t, 60, 1, 11, em)
			sum := 0.0
			for _, w := range got {
				sum += w
			}
			if math.Abs(sum-60) > 1e-9 {
				t.Errorf("widths %v add up to %v, want 60", got, sum)
			}
			if ok != tt.fitAll {
				t.Errorf("fit = %v, want %v", ok, tt.fitAll)
			}
			{
				for i := range got {
					if math.Abs(got[i]-tt.want[i]) > 1e-9 {
						t.Errorf("widths %v, want %v", got, tt.want)
						break
					}
				}
			}
		})
	}
}
