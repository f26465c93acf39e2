package engine

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/templates"
)

// kinds are the document kinds besides the plan, by the type symbol of
// their data files. A data file whose [document] type is none of these is
// a plan, whatever its symbol (KH, or another the office uses).
var kinds = []kind.Kind{
	report.Kind,
}

// Plan is the kind of the poverty-reduction plan, the default kind.
var Plan kind.Kind = planKind{}

// KindOf returns the kind of a data file whose [document] type is typ.
func KindOf(typ string) kind.Kind {
	for _, k := range kinds {
		if strings.EqualFold(k.Type(), strings.TrimSpace(typ)) {
			return k
		}
	}
	return Plan
}

// planKind is the plan: its data is plan.Plan, its figures plan.Computed.
type planKind struct{}

func (planKind) Type() string               { return "KH" }
func (planKind) Template() string           { return templates.Plan }
func (planKind) Names() *compose.Vocabulary { return compose.PlanNames }

func (planKind) Load(_ context.Context, in kind.Input) (*kind.Loaded, error) {
	p, err := in.File.Plan()
	if err != nil {
		return nil, err
	}
	f := plan.Compute(p)
	stale := kind.Problems(in.Source, kind.StaleTexts(p.Document.Year, plan.Stale(p)))
	return &kind.Loaded{Head: p, Data: &f, Stale: stale}, nil
}

// composerOf parses each kind's template once per process, when a
// document of the kind is first built, for every Engine and for Load: a
// parsed template is never changed.
var composerOf = func() map[kind.Kind]func() (*compose.Composer, error) {
	m := map[kind.Kind]func() (*compose.Composer, error){}
	for _, k := range append([]kind.Kind{Plan}, kinds...) {
		m[k] = sync.OnceValues(func() (*compose.Composer, error) { return compose.Open(k.Template(), k.Names()) })
	}
	return m
}()

// ReadPlanFile reads the plan's data file at path, as ReadSource reads it
// and load checks it. It reads no PDF: see Options.ReadPlan.
func ReadPlanFile(_ context.Context, path string) (*plan.Plan, Source, error) {
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		return nil, Source{}, &PlanPDFError{Path: path}
	}
	src, _, err := ReadSource(path)
	if err != nil {
		return nil, Source{}, err
	}
	p, err := load.Read(src.Name, src.Data)
	if err != nil {
		return nil, Source{}, err
	}
	return p, src, nil
}
