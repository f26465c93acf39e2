package report

import (
	"math/big"

	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Percent is a percentage or a number of percentage points, rounded to two
// decimals and kept in hundredths: 271 is 2,71. A Percent that is not
// Defined has no value (an attainment where the target is 0) and is printed
// as "-".
type Percent struct {
	Hundredths int64
	Defined    bool
}

// String formats p as the table prints it: "1.200,00", "-0,63", or "-"
// when p is not defined.
func (p Percent) String() string {
	if !p.Defined {
		return "-"
	}
	return vnfmt.Hundredths(p.Hundredths)
}

// percentOf returns the exact fraction x as a percentage (x × 100) rounded
// to two decimals, half away from zero.
func percentOf(x *big.Rat) Percent {
	return Percent{Hundredths: roundHundredths(new(big.Rat).Mul(x, big.NewRat(100, 1))), Defined: true}
}

// roundHundredths rounds x to two decimals, half away from zero, and
// returns it in hundredths. The values of a checked report stay far inside
// int64.
func roundHundredths(x *big.Rat) int64 {
	scaled := new(big.Rat).Mul(x, big.NewRat(100, 1))
	num := new(big.Int).Abs(scaled.Num())
	den := scaled.Denom()
	// floor((2·|num| + den) / (2·den)) is |x·100| rounded half up.
	twice := new(big.Int).Lsh(num, 1)
	q := new(big.Int).Quo(twice.Add(twice, den), new(big.Int).Lsh(den, 1))
	if scaled.Sign() < 0 {
		q.Neg(q)
	}
	return q.Int64()
}

// ratio returns a/b as an exact fraction; b must not be 0.
func ratio(a, b int) *big.Rat {
	return big.NewRat(int64(a), int64(b))
}
