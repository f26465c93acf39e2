package plan

// figures are the counts of one unit, or of the whole area, ready to be
// compared.
type figures struct {
	households, poor                                       count
	ethnicHouseholds, ethnicPoor, nearPoor, ethnicNearPoor count
}

// compare reports the figures of f that exceed the group they belong to.
func (c *checker) compare(f figures) {
	c.notAbove(f.ethnicHouseholds, f.households)
	if !c.notAbove(f.nearPoor, f.households) {
		c.notAbove(plus(f.poor, f.nearPoor, "hộ nghèo", "hộ cận nghèo", "số hộ nghèo và cận nghèo"), f.households)
	}
	if !c.notAbove(f.ethnicPoor, f.ethnicHouseholds) {
		c.notAbove(f.ethnicPoor, f.poor)
	}
	if !c.notAbove(f.ethnicNearPoor, f.nearPoor) && !c.notAbove(f.ethnicNearPoor, f.ethnicHouseholds) {
		c.notAbove(plus(f.ethnicPoor, f.ethnicNearPoor, "hộ nghèo DTTS", "hộ cận nghèo DTTS", "số hộ nghèo và cận nghèo DTTS"), f.ethnicHouseholds)
	}
}

// optionalFigure is one of the breakdown figures that the data gives either
// per unit or as an area total in the survey.
type optionalFigure struct {
	key, label string
	unit       func(*Unit) *int
	area       func(*Survey) *int
	// slot selects the figure in a figures value.
	slot func(*figures) *count
}

// optionalFigures lists the breakdown figures in the order of Unit.
var optionalFigures = []optionalFigure{
	{"ethnic_households", "số hộ DTTS",
		func(u *Unit) *int { return u.EthnicHouseholds }, func(s *Survey) *int { return s.EthnicHouseholds },
		func(f *figures) *count { return &f.ethnicHouseholds }},
	{"ethnic_poor", "số hộ nghèo DTTS",
		func(u *Unit) *int { return u.EthnicPoor }, func(s *Survey) *int { return s.EthnicPoor },
		func(f *figures) *count { return &f.ethnicPoor }},
	{"near_poor", "số hộ cận nghèo",
		func(u *Unit) *int { return u.NearPoor }, func(s *Survey) *int { return s.NearPoor },
		func(f *figures) *count { return &f.nearPoor }},
	{"ethnic_near_poor", "số hộ cận nghèo DTTS",
		func(u *Unit) *int { return u.EthnicNearPoor }, func(s *Survey) *int { return s.EthnicNearPoor },
		func(f *figures) *count { return &f.ethnicNearPoor }},
}
