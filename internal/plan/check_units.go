package plan

import (
	"fmt"
	"strings"
)

// units checks each unit's name and counts, and returns the units' tallies
// for the area checks.
func (c *checker) units(us []Unit) []tally {
	if len(us) == 0 {
		c.missing("units", "danh sách đơn vị, mỗi đơn vị một bảng [[units]]")
		return nil
	}
	tallies := make([]tally, len(us))
	first := make(map[string]int, len(us))
	for i := range us {
		u := &us[i]
		at := fmt.Sprintf("units[%d]", i)
		name := strings.TrimSpace(u.Name)
		key := NameKey(name)
		j, dup := first[key]
		switch {
		case name == "":
			c.missing(at+".name", "tên đơn vị")
		case !dup:
			first[key] = i
		case strings.TrimSpace(us[j].Name) == name:
			c.add(at+".name", `tên đơn vị "%s" trùng với tên của units[%d]`, name, j)
		default:
			c.add(at+".name", `tên đơn vị "%s" trùng với tên của units[%d] ("%s")`, name, j, strings.TrimSpace(us[j].Name))
		}
		tallies[i] = c.unit(at, u)
		c.compare(tallies[i])
	}
	return tallies
}

// unit checks each count of one unit, and the poor groups and the reduction
// against the households and the poor; compare does the breakdown figures.
// It returns the unit's tally.
func (c *checker) unit(at string, u *Unit) tally {
	var f tally
	if u.Households == 0 {
		c.zero(at+".households", "số hộ", "phải lớn hơn 0")
		f.households = count{field: at + ".households", label: "số hộ"}
	} else {
		f.households = c.given(u.Households, at+".households", "số hộ")
	}
	hh := f.households
	policy := c.given(u.PolicyPoor, at+".policy_poor", "số hộ nghèo CS GN")
	social := c.given(u.SocialPoor, at+".social_poor", "số hộ nghèo BTXH")
	f.poor = plus(policy, social, "hộ CS GN", "hộ BTXH", "số hộ nghèo")
	f.poor.field = at
	if u.Poor != nil {
		f.poor.field = at + ".poor"
		typed := c.given(*u.Poor, at+".poor", "số hộ nghèo")
		if typed.ok && f.poor.ok && typed.n != f.poor.n {
			c.add(at+".poor", "số hộ nghèo (%d) khác tổng của hai nhóm (%s)", typed.n, f.poor.show())
		}
	}
	reduction := c.given(u.Reduction, at+".reduction", "số hộ giảm nghèo")
	for _, o := range breakdownCounts {
		*o.slot(&f) = c.optional(o.Of(u), at+"."+o.Key, o.label)
	}

	policyOver := c.notAbove(policy, hh)
	socialOver := c.notAbove(social, hh)
	if !policyOver && !socialOver {
		c.notAbove(f.poor, hh)
	}
	c.notAbove(reduction, f.poor)
	return f
}
