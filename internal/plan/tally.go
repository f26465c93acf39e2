package plan

// tally holds the counts of one unit, or of the whole area, ready to be
// compared.
type tally struct {
	households, poor                                       count
	ethnicHouseholds, ethnicPoor, nearPoor, ethnicNearPoor count
}

// compare reports the counts of f that exceed the group they belong to.
func (c *checker) compare(f tally) {
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
