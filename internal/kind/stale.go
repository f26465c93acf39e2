package kind

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/tomlpos"
)

// StaleProblems turns the texts of src that still name a year before year
// (plan.StaleIn) into problems at their lines: warnings of a check or a
// draft, reasons to refuse an issued document.
func StaleProblems(src Source, year int, ms []plan.Mention) dataerr.List {
	var out dataerr.List
	var lines *tomlpos.Index // indexed once, at the first stale text
	for _, m := range ms {
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
				strings.Join(years, ", "), year, strings.Join(m.Excerpts, "», «"), m.Field),
		})
	}
	return out
}

// Problems places problems of src at their lines, for Loaded.Stale.
func Problems(src Source, ps []plan.Problem) dataerr.List {
	if len(ps) == 0 {
		return nil
	}
	lines := tomlpos.New(src.Data)
	out := make(dataerr.List, len(ps))
	for i, p := range ps {
		out[i] = dataerr.Error{File: src.Name, Line: lines.Line(p.Field), Field: p.Field, Message: p.Message}
	}
	return out
}
