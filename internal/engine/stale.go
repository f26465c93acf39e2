package engine

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/tomlpos"
)

// staleYears returns the texts of p, read from src, that still name a year
// before the plan's year (plan.Stale), each as a problem at its line. A
// check reports them as warnings; "build --final" refuses them.
func staleYears(src Source, p *plan.Plan) dataerr.List {
	var out dataerr.List
	var lines *tomlpos.Index // indexed once, at the first stale text
	for _, m := range plan.Stale(p) {
		if lines == nil {
			lines = tomlpos.New(src.Data)
		}
		var years []string
		for _, y := range m.Years {
			if s := strconv.Itoa(y); !slices.Contains(years, s) {
				years = append(years, s)
			}
		}
		out = append(out, dataerr.Error{
			File:  src.Name,
			Line:  lines.Line(m.Field),
			Field: m.Field,
			Message: fmt.Sprintf("câu còn nhắc năm %s, trước năm của kế hoạch (%d): «%s»; sửa lại năm, "+
				"hoặc nếu cố ý giữ nguyên thì ghi %q vào keep_years ở mục [document]",
				strings.Join(years, ", "), p.Document.Year, strings.Join(m.Excerpts, "», «"), m.Field),
		})
	}
	return out
}
