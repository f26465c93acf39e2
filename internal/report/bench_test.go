package report

import "testing"

// BenchmarkCompute computes the table of a district of 30 communes.
func BenchmarkCompute(b *testing.B) {
	units := make([]Unit, 30)
	for i := range units {
		units[i] = Unit{Name: "Xã", Households: 1400 + i*37, Poor: 40 + i, Target: 5 + i%4,
			Left: 6 + i%5, FellBack: i % 2, New: i % 3, HouseholdsEnd: 1410 + i*37}
	}
	for b.Loop() {
		Compute(units)
	}
}
