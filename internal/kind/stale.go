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

// StaleTexts says of every text that still names a year before year
// (plan.StaleIn) what to do with it: one problem each, for Problems.
func StaleTexts(year int, ms []plan.Mention) []plan.Problem {
	out := make([]plan.Problem, 0, len(ms))
	for _, m := range ms {
		var years []string
		for _, y := range m.Years {
			if s := strconv.Itoa(y); !slices.Contains(years, s) {
				years = append(years, s)
			}
		}
		out = append(out, plan.Problem{
			Field: m.Field,
			Message: fmt.Sprintf("câu còn nhắc năm %s, trước năm của kế hoạch (%d): «%s»; sửa lại năm, "+
				"hoặc nếu cố ý giữ nguyên thì ghi %q vào keep_years ở mục [document]",
				strings.Join(years, ", "), year, strings.Join(m.Excerpts, "», «"), m.Field),
		})
	}
	return out
}

// Problems places problems of src at their lines, for Loaded.Stale: the
// texts not fit to issue. The file's lines are indexed only when there is
// a problem to place.
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
