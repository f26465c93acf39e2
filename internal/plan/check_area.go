package plan

import "fmt"

// breakdown checks that each breakdown figure comes from one place: from
// every unit, or from the survey's area total, and that the two agree when
// both are given.
func (c *checker) breakdown(p *Plan) {
	for _, o := range breakdownCounts {
		first, sum, sound := -1, 0, true
		var lacking []int
		for i := range p.Units {
			v := o.Of(&p.Units[i])
			if v == nil {
				lacking = append(lacking, i)
				continue
			}
			if first < 0 {
				first = i
			}
			if *v < 0 || *v > MaxCount {
				sound = false
			}
			sum += *v
		}
		total := *o.Area(&p.Survey)
		switch {
		case first < 0:
			// No unit gives the figure: the survey's total, if any,
			// stands alone.
		case len(lacking) > 0 && total == nil:
			for _, i := range lacking {
				c.add(fmt.Sprintf("units[%d].%s", i, o.Key),
					"thiếu %s: units[%d] có ghi số này nên mọi đơn vị đều phải ghi (nếu chỉ biết tổng toàn vùng, hãy ghi ở survey.%s và bỏ ở các đơn vị)",
					o.label, first, o.Key)
			}
		case len(lacking) > 0:
			for _, i := range lacking {
				c.add(fmt.Sprintf("units[%d].%s", i, o.Key),
					"thiếu %s: units[%d] có ghi số này nên mọi đơn vị đều phải ghi; nếu không, hãy bỏ số này ở các đơn vị và chỉ giữ tổng ở survey.%s",
					o.label, first, o.Key)
			}
		case total != nil && sound && *total >= 0 && *total != sum:
			c.add("survey."+o.Key, "%s (%d) khác tổng của các đơn vị (%d)", o.label, *total, sum)
		}
	}
}

// area compares the whole area's figures: the survey's totals against each
// other and against the sums of the units' figures. Comparisons between two
// sums of the units are left out: the units' own checks cover them.
func (c *checker) area(p *Plan, units []tally) {
	var f tally
	f.households = sumOf(units, func(f *tally) *count { return &f.households }, "tổng số hộ của các đơn vị")
	f.poor = sumOf(units, func(f *tally) *count { return &f.poor }, "tổng số hộ nghèo của các đơn vị")
	for _, o := range breakdownCounts {
		if v := *o.Area(&p.Survey); v != nil {
			*o.slot(&f) = c.given(*v, "survey."+o.Key, o.label)
		} else {
			*o.slot(&f) = sumOf(units, o.slot, "tổng "+o.label+" của các đơn vị")
		}
	}
	c.compare(f)
}

// sumOf adds up one figure of every unit; the sum is usable only when every
// unit's figure is.
func sumOf(units []tally, slot func(*tally) *count, label string) count {
	s := count{label: label, ok: len(units) > 0}
	for i := range units {
		v := slot(&units[i])
		s.n += v.n
		s.ok = s.ok && v.ok
	}
	return s
}
