package nextyear

import (
	"fmt"
	"strconv"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/internal/tomlpos"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// reportKeys are the keys of the report's data file that give the counts
// of next year's plan, by the plan's key: the end of this year is the
// start of the next ("households_end" for "households").
var reportKeys = func() map[string]string {
	keys := map[string]string{}
	for _, c := range report.MovementCounts() {
		if c.Start != "" {
			keys[c.Start] = c.Key
		}
	}
	return keys
}()

// FromReport is the Source of r, the year-end report on old (the content
// data of the file named name, which report.Read checked against old):
// each unit's households at the end of the year, its poor split into CS GN
// and BTXH at the end of the year, and its near-poor households when the
// report gives them. The report has no targets for next year.
//
// A report without the end-of-year split of every unit, or with the
// near-poor households of some units only, gives a dataerr.List naming
// the report's file, line and field.
func FromReport(r *report.Report, old *plan.Plan, name string, data []byte) (Source, error) {
	var errs dataerr.List
	var ix *tomlpos.Index // made at the first problem: most reports have none
	problem := func(field, format string, args ...any) {
		if ix == nil {
			ix = tomlpos.New(data)
		}
		errs = append(errs, dataerr.Error{File: name, Line: ix.Line(field), Field: field, Message: fmt.Sprintf(format, args...)})
	}
	units := make([]plan.Unit, len(old.Units))
	var near, noNear []string
	rows := report.Units(old.Units, r.Units)
	for i := range old.Units {
		at := "units[" + strconv.Itoa(i) + "]"
		if i >= len(r.Units) || i >= len(rows) {
			problem("units", "báo cáo không có đơn vị %q của kế hoạch", old.Units[i].Name)
			continue
		}
		m := &r.Units[i]
		u := &units[i]
		u.Name = old.Units[i].Name
		u.Households = m.HouseholdsEnd
		end := rows[i].PoorEnd()
		if m.PolicyPoorEnd == nil || m.SocialPoorEnd == nil {
			problem(at+".policy_poor_end", "thiếu số hộ nghèo cuối năm theo hai nhóm của đơn vị %q: kế hoạch năm %d cần số hộ nghèo CS GN và BTXH "+
				"của từng đơn vị; ghi policy_poor_end (CS GN) và social_poor_end (BTXH), tổng hai số bằng số hộ nghèo cuối năm (%d = %d - %d thoát nghèo + %d tái nghèo + %d phát sinh mới)",
				u.Name, old.Document.Year+1, end, rows[i].Poor, m.Left, m.FellBack, m.New)
		} else {
			u.PolicyPoor, u.SocialPoor = *m.PolicyPoorEnd, *m.SocialPoorEnd
		}
		if m.NearPoorEnd != nil {
			n := *m.NearPoorEnd
			u.NearPoor = &n
			near = append(near, at)
		} else {
			noNear = append(noNear, u.Name)
		}
	}
	if len(near) > 0 && len(noNear) > 0 {
		problem(near[0]+".near_poor_end", "số hộ cận nghèo cuối năm (near_poor_end) có ở %d đơn vị nhưng thiếu ở %s: "+
			"kế hoạch năm %d cần số này của mọi đơn vị, hoặc bỏ số này ở mọi đơn vị",
			len(near), vnfmt.Names(noNear), old.Document.Year+1)
	}
	if len(errs) > 0 {
		return Source{}, errs
	}
	return Source{
		Units: units,
		Gives: func(key string) bool {
			return key != "near_poor" && reportKeys[key] != "" || key == "near_poor" && len(near) > 0
		},
		Place: func(field string) (dataerr.Error, bool) {
			unit, key, ok := unitField(field)
			if !ok || reportKeys[key] == "" {
				return dataerr.Error{}, false
			}
			f := unit + "." + reportKeys[key]
			return dataerr.Error{File: name, Line: ix.Line(f), Field: f}, true
		},
		Lacks:  "báo cáo không ghi số liệu này",
		Within: "trong báo cáo",
	}, nil
}
