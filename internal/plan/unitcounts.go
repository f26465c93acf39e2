package plan

// UnitCount is one count that a data file gives for each unit: its key and
// its place in a Unit and, for a breakdown count, in the Survey. Poor, which
// only checks the sum of the two poor groups, is not one of them.
type UnitCount struct {
	// Key is the key of the count in a unit's table, and in the survey's
	// table for a breakdown count ("policy_poor", "near_poor").
	Key string
	// Breakdown marks the optional counts that the data gives either for
	// every unit or as a whole-area figure in the survey.
	Breakdown bool
	// label names a breakdown count in the check's messages ("số hộ
	// DTTS").
	label string
	// required is the place of a count every unit gives; nil for a
	// breakdown count.
	required func(u *Unit) *int
	// optional and area are the places of a breakdown count in a unit and
	// in the survey; nil for the others.
	optional func(u *Unit) **int
	area     func(s *Survey) **int
	// slot selects the count in a tally; nil for the counts that the
	// check compares by name.
	slot func(t *tally) *count
}

// Of returns the count of u, or nil when u leaves out a breakdown count.
func (c UnitCount) Of(u *Unit) *int {
	if c.required != nil {
		return c.required(u)
	}
	return *c.optional(u)
}

// Set stores n as the count of u.
func (c UnitCount) Set(u *Unit, n int) {
	if c.required != nil {
		*c.required(u) = n
		return
	}
	*c.optional(u) = &n
}

// Area returns the place of a breakdown count's whole-area figure in s,
// which holds nil when the survey leaves it out; nil for the other counts.
func (c UnitCount) Area(s *Survey) **int {
	if c.area == nil {
		return nil
	}
	return c.area(s)
}

// unitCounts lists the counts of a unit in the order of Unit.
var unitCounts = []UnitCount{
	{Key: "households", required: func(u *Unit) *int { return &u.Households }},
	{Key: "policy_poor", required: func(u *Unit) *int { return &u.PolicyPoor }},
	{Key: "social_poor", required: func(u *Unit) *int { return &u.SocialPoor }},
	{Key: "reduction", required: func(u *Unit) *int { return &u.Reduction }},
	{Key: "ethnic_households", Breakdown: true, label: "số hộ DTTS",
		optional: func(u *Unit) **int { return &u.EthnicHouseholds }, area: func(s *Survey) **int { return &s.EthnicHouseholds },
		slot: func(t *tally) *count { return &t.ethnicHouseholds }},
	{Key: "ethnic_poor", Breakdown: true, label: "số hộ nghèo DTTS",
		optional: func(u *Unit) **int { return &u.EthnicPoor }, area: func(s *Survey) **int { return &s.EthnicPoor },
		slot: func(t *tally) *count { return &t.ethnicPoor }},
	{Key: "near_poor", Breakdown: true, label: "số hộ cận nghèo",
		optional: func(u *Unit) **int { return &u.NearPoor }, area: func(s *Survey) **int { return &s.NearPoor },
		slot: func(t *tally) *count { return &t.nearPoor }},
	{Key: "ethnic_near_poor", Breakdown: true, label: "số hộ cận nghèo DTTS",
		optional: func(u *Unit) **int { return &u.EthnicNearPoor }, area: func(s *Survey) **int { return &s.EthnicNearPoor },
		slot: func(t *tally) *count { return &t.ethnicNearPoor }},
}

// UnitCounts returns every count of a unit, in the order of Unit: the four
// that every unit gives, then the breakdown counts.
func UnitCounts() []UnitCount {
	return append([]UnitCount(nil), unitCounts...)
}

// breakdownCounts are the breakdown counts of unitCounts.
var breakdownCounts = func() []UnitCount {
	var out []UnitCount
	for _, c := range unitCounts {
		if c.Breakdown {
			out = append(out, c)
		}
	}
	return out
}()
