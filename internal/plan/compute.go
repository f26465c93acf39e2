package plan

// Row is one computed row of the targets table: the unit's counts and every
// figure derived from them. The column letters and numbers follow the table
// of the plan (A, B, 1–11).
type Row struct {
	No            int    // A: row number, from 1; 0 on the totals row
	Name          string // B
	Households    int    // 1
	Poor          int    // 2 = 4 + 6
	PoorRate      Rate   // 3 = 2/1
	PolicyPoor    int    // 4
	PolicyRate    Rate   // 5 = 4/1
	SocialPoor    int    // 6
	SocialRate    Rate   // 7 = 6/1
	Reduction     int    // 8
	ReductionRate Rate   // 9 = 8/1
	YearEnd       int    // 10 = 2 - 8
	YearEndRate   Rate   // 11 = 10/1
}

// Share is a count out of the whole area's households, with its rate.
type Share struct {
	Count, Of int
	Rate      Rate
}

// Computed holds the figures derived from a plan: the rows of its targets
// table and the shares of its part I.
type Computed struct {
	// Rows has one row per unit, in the order of the data file.
	Rows []Row
	// Total sums the counts of every row and computes its rates from the
	// sums, never from the rows' rates.
	Total Row
	// The summary shares of part I.
	Poor       Share
	SocialPoor Share
	// Breakdowns holds the share of each breakdown count by its key
	// ("near_poor"); a count is missing when the data gives neither an
	// area total nor a figure for every unit.
	Breakdowns map[string]Share
}

// Breakdown returns the share of the breakdown count key, or nil when it
// is not known.
func (c *Computed) Breakdown(key string) *Share {
	if s, ok := c.Breakdowns[key]; ok {
		return &s
	}
	return nil
}

// Compute derives every figure of p. It assumes p passed Check; on data that
// did not, the figures are whatever the arithmetic gives.
func Compute(p *Plan) Computed {
	var f Computed
	f.Rows = make([]Row, len(p.Units))
	var t Row
	for i, u := range p.Units {
		r := newRow(i+1, u.Name, u.Households, u.PolicyPoor, u.SocialPoor, u.Reduction)
		f.Rows[i] = r
		t.Households += r.Households
		t.PolicyPoor += r.PolicyPoor
		t.SocialPoor += r.SocialPoor
		t.Reduction += r.Reduction
	}
	f.Total = newRow(0, "", t.Households, t.PolicyPoor, t.SocialPoor, t.Reduction)
	h := f.Total.Households
	f.Poor = Share{f.Total.Poor, h, f.Total.PoorRate}
	f.SocialPoor = Share{f.Total.SocialPoor, h, f.Total.SocialRate}
	f.Breakdowns = map[string]Share{}
	for _, c := range breakdownCounts {
		if s := areaShare(p, *c.Area(&p.Survey), c.Of, h); s != nil {
			f.Breakdowns[c.Key] = *s
		}
	}
	return f
}

func newRow(no int, name string, households, policy, social, reduction int) Row {
	poor := policy + social
	yearEnd := poor - reduction
	return Row{
		No:            no,
		Name:          name,
		Households:    households,
		Poor:          poor,
		PoorRate:      RateOf(poor, households),
		PolicyPoor:    policy,
		PolicyRate:    RateOf(policy, households),
		SocialPoor:    social,
		SocialRate:    RateOf(social, households),
		Reduction:     reduction,
		ReductionRate: RateOf(reduction, households),
		YearEnd:       yearEnd,
		YearEndRate:   RateOf(yearEnd, households),
	}
}

// areaShare is the area figure given by the survey, or else the sum of the
// units' figures when every unit gives one, or nil.
func areaShare(p *Plan, area *int, of func(*Unit) *int, households int) *Share {
	count := 0
	switch {
	case area != nil:
		count = *area
	case len(p.Units) > 0:
		for i := range p.Units {
			v := of(&p.Units[i])
			if v == nil {
				return nil
			}
			count += *v
		}
	default:
		return nil
	}
	return &Share{Count: count, Of: households, Rate: RateOf(count, households)}
}
