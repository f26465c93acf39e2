package report

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// names is the vocabulary of the report's template: the heading's names
// (compose.NewVocabulary) and
//
//	plan.type, plan.number, plan.date, plan.subject: the plan reported on,
//	  and the condition plan.issued (the plan is issued: ban hành)
//	next.year: the year after the report's
//	lists text.results, text.shortcomings, text.tasks
//	list units (one per row of the table): .no, .name and the columns
//	  .households (1), .poor (2), .poor_rate (3), .target (4), .left (5),
//	  .fell_back (6), .new (7), .households_end (8), .poor_end (9),
//	  .poor_end_rate (10), .reduction (11), .rate_reduction (12),
//	  .attainment (13)
//	total.*: the total row, as units; and the conditions
//	  total.reduced (the poor count fell), total.rose (it rose) and
//	  total.target (the target is not 0), with total.increase, the rise
//	  as a positive count; total.rate_reduced (the rate fell by at least
//	  0,01 point) and total.rate_rose (it rose by at least 0,01 point),
//	  with total.rate_increase, the rise in points.
var names = newNames()

func figuresOf(e *compose.Env) *Figures { return e.Data.(*Figures) }

func newNames() *compose.Vocabulary {
	v := compose.NewVocabulary()
	v.Figure("plan.type", nil, func(e *compose.Env) string { return figuresOf(e).Plan.Document.Type })
	v.Add("plan.number", compose.Value{
		Text:  func(e *compose.Env) string { return vnfmt.DocNumber(figuresOf(e).Plan.Document.Number) },
		Truth: func(e *compose.Env) bool { return figuresOf(e).Plan.Document.Number != 0 },
	})
	v.Cond("plan.issued", func(e *compose.Env) bool { return figuresOf(e).Plan.State() == plan.StateIssued })
	v.Figure("plan.date", nil, func(e *compose.Env) string { return figuresOf(e).Plan.Document.Date })
	v.Figure("plan.subject", nil, func(e *compose.Env) string { return figuresOf(e).Plan.Document.Subject })

	v.Figure("next.year", nil, func(e *compose.Env) string { return strconv.Itoa(e.Head.Document.Year + 1) })

	v.Texts("text.results", nil, func(e *compose.Env) []string { return figuresOf(e).Report.Text.Results })
	v.Texts("text.shortcomings", nil, func(e *compose.Env) []string { return figuresOf(e).Report.Text.Shortcomings })
	v.Texts("text.tasks", nil, func(e *compose.Env) []string { return figuresOf(e).Report.Text.Tasks })

	units := v.List("units", nil, func(e *compose.Env) int { return len(figuresOf(e).Table.Rows) })
	row := func(e *compose.Env) *Row { return &figuresOf(e).Table.Rows[e.At(units)] }
	v.Add("units.name", compose.Value{
		In:    units,
		Text:  func(e *compose.Env) string { return row(e).Name },
		Field: func(e *compose.Env) string { return compose.EntryPath("units", e.At(units)) + ".name" },
	})
	addColumns(v, "units.", units, row)
	total := func(e *compose.Env) *Row { return &figuresOf(e).Table.Total }
	addColumns(v, "total.", nil, total)
	v.Cond("total.reduced", func(e *compose.Env) bool { return total(e).Reduction > 0 })
	v.Cond("total.rose", func(e *compose.Env) bool { return total(e).Reduction < 0 })
	v.Add("total.target", compose.Value{
		Text:  func(e *compose.Env) string { return vnfmt.Int(total(e).Target) },
		Truth: func(e *compose.Env) bool { return total(e).Target != 0 },
	})
	v.Figure("total.increase", nil, func(e *compose.Env) string { return vnfmt.Int(-total(e).Reduction) })
	v.Cond("total.rate_reduced", func(e *compose.Env) bool { return total(e).RateReduction.Hundredths > 0 })
	v.Cond("total.rate_rose", func(e *compose.Env) bool { return total(e).RateReduction.Hundredths < 0 })
	v.Figure("total.rate_increase", nil, func(e *compose.Env) string {
		return Percent{Hundredths: -total(e).RateReduction.Hundredths, Defined: true}.String()
	})
	return v
}

// addColumns adds the table's columns of a row under prefix.
func addColumns(v *compose.Vocabulary, prefix string, in *compose.List, row func(e *compose.Env) *Row) {
	count := func(name string, get func(r *Row) int) {
		v.Figure(prefix+name, in, func(e *compose.Env) string { return vnfmt.Int(get(row(e))) })
	}
	percent := func(name string, get func(r *Row) Percent) {
		v.Figure(prefix+name, in, func(e *compose.Env) string { return get(row(e)).String() })
	}
	count("households", func(r *Row) int { return r.Households })
	count("poor", func(r *Row) int { return r.Poor })
	percent("poor_rate", func(r *Row) Percent { return r.PoorRate })
	count("target", func(r *Row) int { return r.Target })
	count("left", func(r *Row) int { return r.Left })
	count("fell_back", func(r *Row) int { return r.FellBack })
	count("new", func(r *Row) int { return r.New })
	count("households_end", func(r *Row) int { return r.HouseholdsEnd })
	count("poor_end", func(r *Row) int { return r.PoorEnd })
	percent("poor_end_rate", func(r *Row) Percent { return r.PoorEndRate })
	count("reduction", func(r *Row) int { return r.Reduction })
	percent("rate_reduction", func(r *Row) Percent { return r.RateReduction })
	percent("attainment", func(r *Row) Percent { return r.Attainment })
}
