package compose

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// PlanNames is the vocabulary of the plan template: the heading's names
// (NewVocabulary) and the plan's own, which follow the keys of its data
// file (survey.year, text.tasks, units.name), so that a placeholder reads
// as the field it prints. Env.Data is the plan's *plan.Computed.
var PlanNames = newPlanNames()

// figures returns the computed figures a plan's Env carries.
func figures(e *Env) *plan.Computed { return e.Data.(*plan.Computed) }

func newPlanNames() *Vocabulary {
	v := NewVocabulary()
	v.Figure("survey.year", nil, func(e *Env) string { return strconv.Itoa(e.Head.Survey.Year) })
	v.Text("survey.standard", func(e *Env) string { return e.Head.Survey.Standard })

	v.Texts("text.intro", nil, func(e *Env) []string { return e.Head.Text.Intro })
	v.Texts("text.purposes", nil, func(e *Env) []string { return e.Head.Text.Purposes })
	v.Texts("text.goals", nil, func(e *Env) []string { return e.Head.Text.Goals })
	v.Texts("text.notes", nil, func(e *Env) []string { return e.Head.Text.Notes })
	v.Texts("text.tasks", nil, func(e *Env) []string { return e.Head.Text.Tasks })

	resp := v.List("responsibilities", nil, func(e *Env) int { return len(e.Head.Responsibilities) })
	v.Add("responsibilities.agency", Value{
		In:    resp,
		Text:  func(e *Env) string { return e.Head.Responsibilities[e.At(resp)].Agency },
		Field: func(e *Env) string { return EntryPath("responsibilities", e.At(resp)) + ".agency" },
	})
	v.Texts("responsibilities.duties", resp, func(e *Env) []string {
		return e.Head.Responsibilities[e.At(resp)].Duties
	})

	units := v.List("units", nil, func(e *Env) int { return len(figures(e).Rows) })
	row := func(e *Env) *plan.Row { return &figures(e).Rows[e.At(units)] }
	v.Add("units.name", Value{
		In:    units,
		Text:  func(e *Env) string { return row(e).Name },
		Field: func(e *Env) string { return EntryPath("units", e.At(units)) + ".name" },
	})
	rowColumns(v, "units.", units, row)
	rowColumns(v, "total.", nil, func(e *Env) *plan.Row { return &figures(e).Total })

	share(v, "share.poor", func(f *plan.Computed) *plan.Share { return &f.Poor }, false)
	share(v, "share.social_poor", func(f *plan.Computed) *plan.Share { return &f.SocialPoor }, false)
	for _, c := range plan.UnitCounts() {
		if c.Breakdown {
			share(v, "share."+c.Key, func(f *plan.Computed) *plan.Share { return f.Breakdown(c.Key) }, true)
		}
	}
	return v
}

// rowColumns adds the computed columns of a table row under prefix.
func rowColumns(v *Vocabulary, prefix string, in *List, row func(e *Env) *plan.Row) {
	count := func(name string, get func(r *plan.Row) int) {
		v.Figure(prefix+name, in, func(e *Env) string { return vnfmt.Int(get(row(e))) })
	}
	rate := func(name string, get func(r *plan.Row) plan.Rate) {
		v.Figure(prefix+name, in, func(e *Env) string { return vnfmt.Hundredths(int64(get(row(e)))) })
	}
	count("households", func(r *plan.Row) int { return r.Households })
	count("poor", func(r *plan.Row) int { return r.Poor })
	rate("poor_rate", func(r *plan.Row) plan.Rate { return r.PoorRate })
	count("policy_poor", func(r *plan.Row) int { return r.PolicyPoor })
	rate("policy_rate", func(r *plan.Row) plan.Rate { return r.PolicyRate })
	count("social_poor", func(r *plan.Row) int { return r.SocialPoor })
	rate("social_rate", func(r *plan.Row) plan.Rate { return r.SocialRate })
	count("reduction", func(r *plan.Row) int { return r.Reduction })
	rate("reduction_rate", func(r *plan.Row) plan.Rate { return r.ReductionRate })
	count("year_end", func(r *plan.Row) int { return r.YearEnd })
	rate("year_end_rate", func(r *plan.Row) plan.Rate { return r.YearEndRate })
}

// share adds a summary share of part I: the condition name, true when the
// figure is known, and its .count, .of and .rate. An optional share's parts
// may be used only under if = name.
func share(v *Vocabulary, name string, get func(f *plan.Computed) *plan.Share, optional bool) {
	v.Cond(name, func(e *Env) bool { return get(figures(e)) != nil })
	needs := ""
	if optional {
		needs = name
	}
	v.Add(name+".count", Value{Needs: needs, Text: func(e *Env) string { return vnfmt.Int(get(figures(e)).Count) }})
	v.Add(name+".of", Value{Needs: needs, Text: func(e *Env) string { return vnfmt.Int(get(figures(e)).Of) }})
	v.Add(name+".rate", Value{Needs: needs, Text: func(e *Env) string { return vnfmt.Hundredths(int64(get(figures(e)).Rate)) }})
}
