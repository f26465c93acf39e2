package report

import (
	"context"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/plan"
)

// Template is the report's template in templates.FS.
const Template = "report/document.toml"

// Kind is the year-end report as a document kind: its data file is a
// Report, its figures a *Figures.
var Kind kind.Kind = reportKind{}

type reportKind struct{}

func (reportKind) Type() string               { return TypeSymbol }
func (reportKind) Template() string           { return Template }
func (reportKind) Names() *compose.Vocabulary { return names }

// Figures is what a report's template reads: the report, the plan it is
// on, and the computed table.
type Figures struct {
	Report *Report
	Plan   *plan.Plan
	Table  Table
}

// Load reads the report's data file, the plan it names (through
// in.Plans), checks both and computes the table.
func (reportKind) Load(ctx context.Context, in kind.Input) (*kind.Loaded, error) {
	var uses []kind.Use
	plans := func(ctx context.Context, ref string) (*plan.Plan, kind.Source, error) {
		if in.Plans == nil {
			return nil, kind.Source{}, ErrNoPlans
		}
		p, src, err := in.Plans(ctx, ref)
		if err == nil {
			uses = append(uses, kind.Use{Ref: ref, Source: src})
		}
		return p, src, err
	}
	r, p, err := read(ctx, in.File, plans)
	if err != nil {
		return nil, err
	}
	f := &Figures{Report: r, Plan: p, Table: Compute(Units(p.Units, r.Units))}
	year := p.Document.Year
	// document.plan names a file: its name does not go stale.
	keep := append(slices.Clip(r.Document.KeepYears), "document.plan")
	unfit := append(kind.StaleTexts(year, plan.StaleIn(r, year, keep)), Prompts(r, year)...)
	stale := kind.Problems(in.Source, unfit)
	return &kind.Loaded{Head: Head(r, p), Data: f, Uses: uses, Stale: stale}, nil
}

// Head returns the report's heading, as every document kind gives it: the
// report's own type, number, date, state, place and subject (the subject
// left empty when the data leaves it out: the template writes it), in the
// plan's year, with the plan's issuer, and the plan's signer and
// recipients unless the report gives its own.
func Head(r *Report, p *plan.Plan) *plan.Plan {
	h := &plan.Plan{
		Document: plan.Document{
			Type:    strings.TrimSpace(r.Document.Type),
			Number:  r.Document.Number,
			Date:    r.Document.Date,
			State:   r.Document.State,
			Draft:   r.Document.Draft,
			Place:   p.Document.Place,
			Scope:   p.Document.Scope,
			Year:    p.Document.Year,
			Subject: r.Document.Subject,
		},
		Issuer:     p.Issuer,
		Signer:     p.Signer,
		Recipients: p.Recipients,
		Units:      p.Units,
	}
	if r.Document.Place != "" {
		h.Document.Place = r.Document.Place
	}
	if r.Signer != nil {
		h.Signer = *r.Signer
	}
	if r.Recipients != nil {
		h.Recipients = *r.Recipients
	}
	return h
}
