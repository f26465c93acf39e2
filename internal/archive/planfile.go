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
// report, is on: the plan's data file, read as engine.ReadSource reads it,
// or a PDF that kehoach made of it, whose embedded data file is read as
// ExtractFile reads it, bounded in time and memory. Problems of the data
// or of the PDF come as a dataerr.List naming the file.
func ReadPlan(ctx context.Context, path string) (*plan.Plan, error) {
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		e, err := ExtractFile(ctx, path)
		if err != nil {
			return nil, err
		}
		return load.Read(path+":"+e.SourceName, e.Source)
	}
	src, _, err := engine.ReadSource(path)
	if err != nil {
		return nil, err
	}
	return load.Read(src.Name, src.Data)
}
