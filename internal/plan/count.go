package plan

import (
	"fmt"
	"strconv"
)

// MaxCount bounds every count: no unit has a hundred million households, and
// the bound keeps sums and rates far from overflow.
const MaxCount = 100_000_000

// count is a figure that takes part in a comparison.
type count struct {
	n int
	// ok is true when the figure is given and in range.
	ok bool
	// field is the field to blame when a comparison fails; "" for a figure
	// summed from the units, whose own figures are checked one by one.
	field string
	// label names the figure in a message ("số hộ nghèo").
	label string
	// parts shows how the figure is made up ("0 hộ CS GN + 38 hộ BTXH"), or
	// is "".
	parts string
}

// show returns the figure as a message names it: "38", or
// "38 = 0 hộ CS GN + 38 hộ BTXH".
func (v count) show() string {
	if v.parts == "" {
		return strconv.Itoa(v.n)
	}
	return fmt.Sprintf("%d = %s", v.n, v.parts)
}

// plus returns the sum of a and b as a figure of its own, blamed on b's
// field, or on a's when b is a sum of the units' figures.
func plus(a, b count, aNoun, bNoun, label string) count {
	field := b.field
	if field == "" {
		field = a.field
	}
	return count{
		n:     a.n + b.n,
		ok:    a.ok && b.ok,
		field: field,
		label: label,
		parts: fmt.Sprintf("%d %s + %d %s", a.n, aNoun, b.n, bNoun),
	}
}

// given checks a figure that the data gives, and returns it as a count: it
// must not be negative nor absurdly large.
func (c *checker) given(n int, field, label string) count {
	v := count{n: n, field: field, label: label}
	switch {
	case n < 0:
		c.add(field, "%s (%d) không được âm", label, n)
	case n > MaxCount:
		c.add(field, "%s (%d) quá lớn", label, n)
	default:
		v.ok = true
	}
	return v
}

// optional is given for an optional figure; an absent one is not ok.
func (c *checker) optional(n *int, field, label string) count {
	if n == nil {
		return count{field: field, label: label}
	}
	return c.given(*n, field, label)
}

// notAbove reports that a must not exceed b, on a's field, or on b's when a
// is a sum of the units' figures. It returns whether a exceeds b, so that a
// caller can skip a weaker comparison of the same figure.
func (c *checker) notAbove(a, b count) bool {
	if !a.ok || !b.ok || a.n <= b.n {
		return false
	}
	field := a.field
	if field == "" {
		field = b.field
	}
	if field != "" {
		c.add(field, "%s (%s) lớn hơn %s (%s)", a.label, a.show(), b.label, b.show())
	}
	return true
}
