package report

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Check reports every problem of the movements ms against the units of the
// plan they report on, base, which passed the plan's own check: the same
// units in the same order, counts that are not negative, no more
// households leaving poverty than were poor at the start, no more poor
// households at the end than households, and an end-of-year split that
// adds up. Problems come in the order of the data file.
//
// written tells whether the data file writes the field at path (as in
// plan.Problem.Field), so that a count left out is told from one written
// 0; nil takes every count as written.
func Check(base []plan.Unit, ms []Movement, written func(path string) bool) []plan.Problem {
	c := &checker{written: written}
	if len(ms) == 0 {
		c.add("units", "thiếu trường bắt buộc: danh sách đơn vị, mỗi đơn vị một bảng [[units]]")
		return c.problems
	}
	for i := range ms {
		at := fmt.Sprintf("units[%d]", i)
		if i >= len(base) {
			c.add(at+".name", "kế hoạch chỉ có %d đơn vị; báo cáo không được có thêm đơn vị", len(base))
			continue
		}
		c.name(at, i, base, ms[i].Name)
		c.unit(at, &base[i], &ms[i])
	}
	if len(ms) < len(base) {
		missing := make([]string, 0, len(base)-len(ms))
		for _, u := range base[len(ms):] {
			missing = append(missing, u.Name)
		}
		c.add("units", "báo cáo có %d đơn vị, kế hoạch có %d; thiếu %s", len(ms), len(base), vnfmt.Names(missing))
	}
	return c.problems
}

// checker collects the problems of one report.
type checker struct {
	written  func(path string) bool
	problems []plan.Problem
}

func (c *checker) add(field, format string, args ...any) {
	c.problems = append(c.problems, plan.Problem{Field: field, Message: fmt.Sprintf(format, args...)})
}

// name checks that the i-th unit of the report is the i-th unit of the plan.
func (c *checker) name(at string, i int, base []plan.Unit, name string) {
	field := at + ".name"
	want := base[i].Name
	switch {
	case strings.TrimSpace(name) == "":
		c.add(field, `thiếu trường bắt buộc: tên đơn vị (đơn vị thứ %d của kế hoạch là "%s")`, i+1, want)
	case plan.SameUnitName(name, want):
	default:
		for j := range base {
			if plan.SameUnitName(name, base[j].Name) {
				c.add(field, `đơn vị "%s" là đơn vị thứ %d của kế hoạch, không phải thứ %d ("%s"): ghi các đơn vị theo thứ tự của kế hoạch`, strings.TrimSpace(name), j+1, i+1, want)
				return
			}
		}
		c.add(field, `đơn vị "%s" không có trong kế hoạch (đơn vị thứ %d của kế hoạch là "%s")`, strings.TrimSpace(name), i+1, want)
	}
}

// unit checks one unit's movements against its figures in the plan.
func (c *checker) unit(at string, b *plan.Unit, m *Movement) {
	hh := c.required(m.HouseholdsEnd, at+".households_end", "số hộ cuối năm")
	if hh && m.HouseholdsEnd == 0 {
		c.add(at+".households_end", "số hộ cuối năm (0) phải lớn hơn 0")
		hh = false
	}
	left := c.required(m.Left, at+".left_poverty", "số hộ thoát nghèo")
	back := c.required(m.FellBack, at+".fell_back", "số hộ tái nghèo")
	newPoor := c.required(m.New, at+".new_poor", "số hộ nghèo phát sinh mới")
	poor := b.PolicyPoor + b.SocialPoor
	if left && m.Left > poor {
		c.add(at+".left_poverty", "số hộ thoát nghèo (%d) lớn hơn số hộ nghèo đầu năm theo kế hoạch (%d = %d hộ CS GN + %d hộ BTXH)",
			m.Left, poor, b.PolicyPoor, b.SocialPoor)
		left = false
	}
	end := poor - m.Left + m.FellBack + m.New
	endOK := left && back && newPoor
	show := fmt.Sprintf("%d = %d - %d thoát nghèo + %d tái nghèo + %d phát sinh mới", end, poor, m.Left, m.FellBack, m.New)
	if endOK && hh && end > m.HouseholdsEnd {
		c.add(at+".households_end", "số hộ nghèo cuối năm (%s) lớn hơn số hộ cuối năm (%d)", show, m.HouseholdsEnd)
	}
	c.split(at, m, end, endOK, show)
	if m.NearPoorEnd != nil {
		near := c.count(*m.NearPoorEnd, at+".near_poor_end", "số hộ cận nghèo cuối năm")
		if near && hh && *m.NearPoorEnd > m.HouseholdsEnd {
			c.add(at+".near_poor_end", "số hộ cận nghèo cuối năm (%d) lớn hơn số hộ cuối năm (%d)", *m.NearPoorEnd, m.HouseholdsEnd)
		}
	}
}

// split checks the optional end-of-year split of the poor into CS GN and
// BTXH: both or neither, adding up to the computed count end.
func (c *checker) split(at string, m *Movement, end int, endOK bool, show string) {
	p, s := m.PolicyPoorEnd, m.SocialPoorEnd
	switch {
	case p == nil && s == nil:
		return
	case p == nil:
		c.add(at+".policy_poor_end", "thiếu trường: số hộ nghèo CS GN cuối năm (đã ghi số hộ nghèo BTXH cuối năm thì ghi cả hai)")
		return
	case s == nil:
		c.add(at+".social_poor_end", "thiếu trường: số hộ nghèo BTXH cuối năm (đã ghi số hộ nghèo CS GN cuối năm thì ghi cả hai)")
		return
	}
	pOK := c.count(*p, at+".policy_poor_end", "số hộ nghèo CS GN cuối năm")
	sOK := c.count(*s, at+".social_poor_end", "số hộ nghèo BTXH cuối năm")
	if pOK && sOK && endOK && *p+*s != end {
		c.add(at+".policy_poor_end", "số hộ nghèo cuối năm theo hai nhóm (%d = %d hộ CS GN + %d hộ BTXH) khác số hộ nghèo cuối năm (%s)",
			*p+*s, *p, *s, show)
	}
}

// required checks a count that every unit gives: written, neither
// negative nor too large. It reports whether the count is usable.
func (c *checker) required(n int, field, label string) bool {
	if c.written != nil && !c.written(field) {
		c.add(field, "thiếu trường bắt buộc: %s", label)
		return false
	}
	return c.count(n, field, label)
}

// count checks that n is neither negative nor too large, and reports
// whether it is usable.
func (c *checker) count(n int, field, label string) bool {
	switch {
	case n < 0:
		c.add(field, "%s (%d) không được âm", label, n)
	case n > plan.MaxCount:
		c.add(field, "%s (%d) quá lớn", label, n)
	default:
		return true
	}
	return false
}
