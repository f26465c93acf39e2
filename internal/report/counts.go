package report

// MovementCount is one count that a report's data file gives for each
// unit: its key, its place in a Movement, and the plan's count of the same
// households at the start of the year, if any.
type MovementCount struct {
	// Key is the key of the count in a unit's table ("households_end").
	Key string
	// Optional marks the counts a report may leave out: the end-of-year
	// split and the near-poor households.
	Optional bool
	// Start is the key of the plan's count of the same households at the
	// start of the year ("households" for "households_end"); empty for a
	// movement of the year.
	Start string
	// required and optional are the places of the count in a Movement;
	// one of them is nil.
	required func(m *Movement) *int
	optional func(m *Movement) **int
}

// Of returns the count of m, or nil when m leaves out an optional count.
func (c MovementCount) Of(m *Movement) *int {
	if c.required != nil {
		return c.required(m)
	}
	return *c.optional(m)
}

// Set stores n as the count of m.
func (c MovementCount) Set(m *Movement, n int) {
	if c.required != nil {
		*c.required(m) = n
		return
	}
	*c.optional(m) = &n
}

// movementCounts lists the counts of a unit in the order of Movement.
var movementCounts = []MovementCount{
	{Key: "households_end", Start: "households", required: func(m *Movement) *int { return &m.HouseholdsEnd }},
	{Key: "left_poverty", required: func(m *Movement) *int { return &m.Left }},
	{Key: "fell_back", required: func(m *Movement) *int { return &m.FellBack }},
	{Key: "new_poor", required: func(m *Movement) *int { return &m.New }},
	{Key: "policy_poor_end", Optional: true, Start: "policy_poor", optional: func(m *Movement) **int { return &m.PolicyPoorEnd }},
	{Key: "social_poor_end", Optional: true, Start: "social_poor", optional: func(m *Movement) **int { return &m.SocialPoorEnd }},
	{Key: "near_poor_end", Optional: true, Start: "near_poor", optional: func(m *Movement) **int { return &m.NearPoorEnd }},
}

// MovementCounts returns every count of a unit, in the order of Movement:
// the four every report gives, then the optional ones.
func MovementCounts() []MovementCount {
	return append([]MovementCount(nil), movementCounts...)
}
