package report

import (
	"math/big"

	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Row is one row of the report's table: the unit's counts and every figure
// derived from them. The column letters and numbers follow the table of the
// report (A, B, 1–13).
type Row struct {
	No            int     // A: row number, from 1; 0 on the total row
	Name          string  // B
	Households    int     // 1
	Poor          int     // 2
	PoorRate      Percent // 3 = 2/1
	Target        int     // 4
	Left          int     // 5
	FellBack      int     // 6
	New           int     // 7
	HouseholdsEnd int     // 8
	PoorEnd       int     // 9 = 2 − 5 + 6 + 7
	PoorEndRate   Percent // 10 = 9/8
	Reduction     int     // 11 = 2 − 9
	RateReduction Percent // 12 = 2/1 − 9/8, in percentage points
	Attainment    Percent // 13 = 11/4, "-" where 4 is 0
}

// Table is the report's computed table.
type Table struct {
	// Rows has one row per unit, in the plan's order.
	Rows []Row
	// Total sums the counts of every row and computes its rates from the
	// sums, never from the rows' rates.
	Total Row
}

// Compute derives the report's table from the units' figures. It assumes
// the figures passed Check: households at the start and at the end are
// above 0. A rate over 0 households is left undefined.
func Compute(units []Unit) Table {
	t := Table{Rows: make([]Row, len(units))}
	var sum Unit
	for i, u := range units {
		t.Rows[i] = newRow(i+1, u)
		sum.Households += u.Households
		sum.Poor += u.Poor
		sum.Target += u.Target
		sum.Left += u.Left
		sum.FellBack += u.FellBack
		sum.New += u.New
		sum.HouseholdsEnd += u.HouseholdsEnd
	}
	t.Total = newRow(0, sum)
	return t
}

func newRow(no int, u Unit) Row {
	poorEnd := u.PoorEnd()
	r := Row{
		No:            no,
		Name:          u.Name,
		Households:    u.Households,
		Poor:          u.Poor,
		Target:        u.Target,
		Left:          u.Left,
		FellBack:      u.FellBack,
		New:           u.New,
		HouseholdsEnd: u.HouseholdsEnd,
		PoorEnd:       poorEnd,
		Reduction:     u.Poor - poorEnd,
	}
	var start, end *big.Rat
	if u.Households > 0 {
		start = ratio(u.Poor, u.Households)
		r.PoorRate = percentOf(start)
	}
	if u.HouseholdsEnd > 0 {
		end = ratio(poorEnd, u.HouseholdsEnd)
		r.PoorEndRate = percentOf(end)
	}
	if start != nil && end != nil {
		r.RateReduction = percentOf(new(big.Rat).Sub(start, end))
	}
	if u.Target != 0 {
		r.Attainment = percentOf(ratio(r.Reduction, u.Target))
	}
	return r
}

// Cells returns the row as the table prints it, columns A, B and 1 to 13:
// counts with "." between thousands, rates with two decimals after ",".
// The total row has no number and its name is "Tổng cộng".
func (r Row) Cells() []string {
	no, name := "", r.Name
	if r.No > 0 {
		no = vnfmt.Int(r.No)
	} else {
		name = "Tổng cộng"
	}
	return []string{
		no, name,
		vnfmt.Int(r.Households), vnfmt.Int(r.Poor), r.PoorRate.String(),
		vnfmt.Int(r.Target), vnfmt.Int(r.Left), vnfmt.Int(r.FellBack), vnfmt.Int(r.New),
		vnfmt.Int(r.HouseholdsEnd), vnfmt.Int(r.PoorEnd), r.PoorEndRate.String(),
		vnfmt.Int(r.Reduction), r.RateReduction.String(), r.Attainment.String(),
	}
}
