package report

import (
	"math/rand/v2"
	"testing"
)

// columns names the printed columns, for messages.
var columns = []string{"A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"}

func TestComputeCases(t *testing.T) {
	tests := []struct {
		name string
		unit Unit
		// want is worked out by hand, columns A, B, 1–13.
		want []string
	}{
		{
			name: "target 0 gives no attainment",
			unit: Unit{Name: "Xã A", Households: 100, Poor: 10, Target: 0, Left: 2, HouseholdsEnd: 100},
			// 10/100 = 10 %; 8/100 = 8 %; 10 − 8 = 2 points.
			want: []string{"1", "Xã A", "100", "10", "10,00", "0", "2", "0", "0", "100", "8", "8,00", "2", "2,00", "-"},
		},
		{
			name: "poor count rising",
			unit: Unit{Name: "Xã B", Households: 200, Poor: 10, Target: 4, Left: 1, FellBack: 2, New: 3, HouseholdsEnd: 200},
			// 9 = 10 − 1 + 2 + 3 = 14; 14/200 = 7 %; 11 = −4; −4/4 = −100 %.
			want: []string{"1", "Xã B", "200", "10", "5,00", "4", "1", "2", "3", "200", "14", "7,00", "-4", "-2,00", "-100,00"},
		},
		{
			name: "beating the target by more than 1,000 %",
			unit: Unit{Name: "Xã C", Households: 1000, Poor: 100, Target: 2, Left: 25, HouseholdsEnd: 1000},
			// 25/2 = 12,5 → 1.250 %; 10 % → 7,5 %.
			want: []string{"1", "Xã C", "1.000", "100", "10,00", "2", "25", "0", "0", "1.000", "75", "7,50", "25", "2,50", "1.250,00"},
		},
		{
			name: "half-way rate and negative half-way points",
			unit: Unit{Name: "Xã D", Households: 160, Poor: 0, Target: 0, FellBack: 1, HouseholdsEnd: 160},
			// 1/160 = 0,625 % → 0,63; 0 − 0,625 = −0,625 → −0,63 (away from zero).
			want: []string{"1", "Xã D", "160", "0", "0,00", "0", "0", "1", "0", "160", "1", "0,63", "-1", "-0,63", "-"},
		},
		{
			name: "negative half-way attainment",
			unit: Unit{Name: "Xã E", Households: 16000, Poor: 160, Target: 160, FellBack: 1, HouseholdsEnd: 16000},
			// 161/16000 = 1,00625 % → 1,01; −0,00625 points → −0,01;
			// −1/160 = −0,625 % → −0,63.
			want: []string{"1", "Xã E", "16.000", "160", "1,00", "160", "0", "1", "0", "16.000", "161", "1,01", "-1", "-0,01", "-0,63"},
		},
		{
			name: "positive half-way attainment",
			unit: Unit{Name: "Xã F", Households: 16000, Poor: 160, Target: 160, Left: 1, HouseholdsEnd: 16000},
			// 159/16000 = 0,99375 % → 0,99; 0,00625 points → 0,01;
			// 1/160 = 0,625 % → 0,63.
			want: []string{"1", "Xã F", "16.000", "160", "1,00", "160", "1", "0", "0", "16.000", "159", "0,99", "1", "0,01", "0,63"},
		},
		{
			name: "points from the exact fractions, not the rounded rates",
			unit: Unit{Name: "Xã G", Households: 3, Poor: 1, Target: 1, Left: 1, New: 1, HouseholdsEnd: 7},
			// 1/3 = 33,333… → 33,33; 1/7 = 14,2857… → 14,29;
			// 1/3 − 1/7 = 4/21 = 19,0476… → 19,05, whereas 33,33 − 14,29 = 19,04.
			want: []string{"1", "Xã G", "3", "1", "33,33", "1", "1", "0", "1", "7", "1", "14,29", "0", "19,05", "0,00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute([]Unit{tt.unit}).Rows[0].Cells()
			sameCells(t, "hand", got, tt.want)
			sameCells(t, "oracle", got, oracleCells(1, tt.unit))
		})
	}
}

func TestComputeTotalFromSums(t *testing.T) {
	units := []Unit{
		{Name: "Xã A", Households: 3, Poor: 1, Target: 1, Left: 1, HouseholdsEnd: 3},
		{Name: "Xã B", Households: 6, Poor: 1, Target: 0, New: 1, HouseholdsEnd: 7},
	}
	tab := Compute(units)
	// Sums: 9 households, 2 poor (22,22 %), target 1, 1 left, 1 new, 10
	// at the end, 2 poor (20 %), reduction 0, 2/9 − 2/10 = 1/45 =
	// 2,222… points, attainment 0/1. The rows' rates (33,33 and 16,67)
	// would average to something else.
	want := []string{"", "Tổng cộng", "9", "2", "22,22", "1", "1", "0", "1", "10", "2", "20,00", "0", "2,22", "0,00"}
	sameCells(t, "hand", tab.Total.Cells(), want)
	sameCells(t, "oracle", tab.Total.Cells(), oracleCells(0, oracleTotal(units)))
	if tab.Total.No != 0 || tab.Rows[1].No != 2 {
		t.Errorf("numbers: total %d, second row %d; want 0 and 2", tab.Total.No, tab.Rows[1].No)
	}
}

// TestComputeAgainstOracle checks every cell of many made-up tables.
func TestComputeAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 2021))
	for n := 0; n < 2000; n++ {
		units := make([]Unit, 1+rng.IntN(8))
		for i := range units {
			hh := 1 + rng.IntN(20000)
			poor := rng.IntN(hh/3 + 1)
			left := rng.IntN(poor + 1)
			units[i] = Unit{
				Name:       "Đơn vị",
				Households: hh,
				Poor:       poor,
				Target:     rng.IntN(poor/2 + 2), // sometimes above what was achieved, sometimes 0
				Left:       left,
				FellBack:   rng.IntN(5),
				New:        rng.IntN(40),
			}
			units[i].HouseholdsEnd = max(hh-50+rng.IntN(100), units[i].PoorEnd(), 1)
		}
		tab := Compute(units)
		for i, u := range units {
			sameCells(t, "oracle", tab.Rows[i].Cells(), oracleCells(i+1, u))
		}
		sameCells(t, "oracle total", tab.Total.Cells(), oracleCells(0, oracleTotal(units)))
		if t.Failed() {
			t.Fatalf("table %d: %+v", n, units)
		}
	}
}

func TestPercentUndefinedWithoutHouseholds(t *testing.T) {
	r := Compute([]Unit{{Name: "Xã A"}}).Rows[0]
	for _, p := range []Percent{r.PoorRate, r.PoorEndRate, r.RateReduction, r.Attainment} {
		if p.Defined || p.String() != "-" {
			t.Errorf("rate over 0 households = %+v (%q), want undefined \"-\"", p, p.String())
		}
	}
}

func sameCells(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d cells, want %d\n got  %s\n want %s", what, len(got), len(want), joinCells(got), joinCells(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: column %s = %q, want %q", what, columns[i], got[i], want[i])
		}
	}
}
