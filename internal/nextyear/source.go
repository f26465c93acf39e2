package nextyear

import (
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/plan"
)

// Source is where next year's counts come from: the communes' filled
// sheet (see FromSheet) or the year-end report on this year's plan (see
// FromReport).
type Source struct {
	// Units are next year's counts of each unit of this year's plan, in
	// its order; the other fields are zero but Name.
	Units []plan.Unit
	// Gives reports whether the source gives the count key
	// ("near_poor") of its units.
	Gives func(key string) bool
	// Place locates a problem of the count at field
	// ("units[3].households") where the source gives it, and reports
	// whether it does.
	Place func(field string) (dataerr.Error, bool)
	// Lacks says in Vietnamese why a count the source does not give is
	// left out: "bảng tính không có cột này".
	Lacks string
	// Within names the source after "từ số liệu của từng đơn vị":
	// "trong bảng tính".
	Within string
	// Targets reports whether the source gives next year's reduction
	// targets; without them every unit's target is 0, for the clerk to
	// fill.
	Targets bool
}

// FromSheet is the Source of s, a filled sheet read from the file named
// sheetName (or merged from several files, see figures.ReadFiles).
func FromSheet(s *figures.Sheet, sheetName string) Source {
	return Source{
		Units:   s.Units,
		Gives:   s.Gives,
		Place:   func(field string) (dataerr.Error, bool) { return s.Place(sheetName, field) },
		Lacks:   "bảng tính không có cột này",
		Within:  "trong bảng tính",
		Targets: true,
	}
}

// unitField splits a unit's field, "units[3].households", into its unit
// part, "units[3]", and its key, "households".
func unitField(field string) (unit, key string, ok bool) {
	if !strings.HasPrefix(field, "units[") {
		return "", "", false
	}
	i := strings.Index(field, "].")
	if i < 0 {
		return "", "", false
	}
	return field[:i+1], field[i+2:], true
}
