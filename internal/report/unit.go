package report

// Unit is one unit's figures for the report's table: the plan's baseline
// and target, and the year's movements. The comments give the table's
// column numbers.
type Unit struct {
	Name string // B
	// From the plan.
	Households int // 1: households at the start of the year
	Poor       int // 2: poor households at the start (CS GN + BTXH)
	Target     int // 4: the plan's reduction target
	// From the report's data.
	Left          int // 5: households that left poverty (thoát nghèo)
	FellBack      int // 6: households that fell back into it (tái nghèo)
	New           int // 7: newly poor households (phát sinh mới)
	HouseholdsEnd int // 8: households at the end of the year
}

// PoorEnd is the number of poor households at the end of the year:
// column 9 = 2 − 5 + 6 + 7.
func (u Unit) PoorEnd() int { return u.Poor - u.Left + u.FellBack + u.New }
