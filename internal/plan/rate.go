package plan

// Rate is a percentage kept in hundredths of a percent: 271 is 2,71 %.
// Rates are computed in integers so that rounding is exact.
type Rate int64

// RateOf returns count as a percentage of total, rounded half up to two
// decimals: RateOf(7, 1472) is 48 (0,4755…% → 0,48). A total of zero or
// less gives 0. Counts and totals are non-negative in a checked plan.
func RateOf(count, total int) Rate {
	if total <= 0 {
		return 0
	}
	c, t := int64(count), int64(total)
	return Rate((c*10000*2 + t) / (2 * t))
}
