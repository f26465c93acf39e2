package kind

import (
	"context"
	"path/filepath"

	"github.com/kehoach/kehoach/internal/plan"
)

// Beside returns the PlanReader of the data file name: a reference is
// taken from name's folder, unless it is absolute, and the plan at that
// path is read with read.
func Beside(name string, read func(ctx context.Context, path string) (*plan.Plan, Source, error)) PlanReader {
	dir := filepath.Dir(name)
	return func(ctx context.Context, ref string) (*plan.Plan, Source, error) {
		path := filepath.FromSlash(ref)
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		return read(ctx, path)
	}
}
