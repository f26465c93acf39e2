package report

import "github.com/kehoach/kehoach/internal/plan"

// Movement is what the report's data file gives for one unit: what
// happened during the year. The field tags are the keys of a unit's table
// in the data file.
type Movement struct {
	// Name must be the name of the plan's unit in the same place.
	Name string `toml:"name"`
	// HouseholdsEnd is the number of households at the end of the year.
	HouseholdsEnd int `toml:"households_end"`
	// Left is the number of households that left poverty (thoát nghèo).
	Left int `toml:"left_poverty"`
	// FellBack is the number of households that fell back into poverty
	// (tái nghèo).
	FellBack int `toml:"fell_back"`
	// New is the number of newly poor households (phát sinh mới).
	New int `toml:"new_poor"`
	// The optional split of the poor at the end of the year into the
	// poverty-reduction policy group (CS GN) and the social-protection
	// group (BTXH); given together or not at all.
	PolicyPoorEnd *int `toml:"policy_poor_end"`
	SocialPoorEnd *int `toml:"social_poor_end"`
	// NearPoorEnd is the optional number of near-poor households at the
	// end of the year.
	NearPoorEnd *int `toml:"near_poor_end"`
}

// Units joins the plan's units with the report's movements, unit by unit,
// into the figures of the report's table. It assumes the movements passed
// Check against the same units.
func Units(base []plan.Unit, ms []Movement) []Unit {
	us := make([]Unit, min(len(base), len(ms)))
	for i := range us {
		b, m := base[i], ms[i]
		us[i] = Unit{
			Name:          b.Name,
			Households:    b.Households,
			Poor:          b.PolicyPoor + b.SocialPoor,
			Target:        b.Reduction,
			Left:          m.Left,
			FellBack:      m.FellBack,
			New:           m.New,
			HouseholdsEnd: m.HouseholdsEnd,
		}
	}
	return us
}
