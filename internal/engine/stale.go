package engine

import (
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/plan"
)

// staleYears returns the texts of p, read from src, that still name a year
// before the plan's year (plan.Stale), each as a problem at its line. A
// check reports them as warnings; "build --final" refuses them.
func staleYears(src Source, p *plan.Plan) dataerr.List {
	return kind.StaleProblems(src, p.Document.Year, plan.Stale(p))
}
