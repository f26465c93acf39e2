package archive

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// ReadPlan reads the plan at path that another document, such as a
// report, is on, and the data it was read from: the plan's data file, read
// as engine.ReadPlanFile reads it, or a PDF that kehoach made of it, whose
// embedded data file is read as ExtractFile reads it, bounded in time and
// memory, and named "path:embedded-name" in messages. Problems of the data
// or of the PDF come as a dataerr.List naming the file.
func ReadPlan(ctx context.Context, path string) (*plan.Plan, engine.Source, error) {
	if !strings.EqualFold(filepath.Ext(path), ".pdf") {
		return engine.ReadPlanFile(ctx, path)
	}
	e, err := ExtractFile(ctx, path)
	if err != nil {
		return nil, engine.Source{}, err
	}
	src := engine.Source{Name: path + ":" + e.SourceName, Data: e.Source}
	p, err := load.Read(src.Name, src.Data)
	if err != nil {
		return nil, engine.Source{}, err
	}
	return p, src, nil
}
