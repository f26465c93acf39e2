package nextyear

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// labels name the counts of a unit in the change list, by key.
var labels = map[string]string{
	"households":        "Tổng số hộ",
	"policy_poor":       "Hộ nghèo CS GN",
	"social_poor":       "Hộ nghèo BTXH",
	"reduction":         "Chỉ tiêu giảm nghèo",
	"ethnic_households": "Hộ đồng bào DTTS",
	"ethnic_poor":       "Hộ nghèo đồng bào DTTS",
	"near_poor":         "Hộ cận nghèo",
	"ethnic_near_poor":  "Hộ cận nghèo đồng bào DTTS",
}

// ChangeList writes what next year's plan changes, in Vietnamese, for the
// clerk: the changes of the document and the survey one a line, then one
// block per unit with its counts before → after and its poor households
// with their rate, then the totals. A count that does not change is left
// out; a unit that changes nothing says so in one line.
func (r *Result) ChangeList() string {
	var b strings.Builder
	for _, ch := range r.Changes {
		if ch.Unit != "" {
			continue
		}
		switch {
		case ch.Old == "":
			fmt.Fprintf(&b, "  - %s: thêm %s\n", ch.Field, ch.New)
		case ch.New == "":
			fmt.Fprintf(&b, "  - %s: %s → bỏ (%s)\n", ch.Field, ch.Old, ch.Why)
		default:
			fmt.Fprintf(&b, "  - %s: %s → %s\n", ch.Field, ch.Old, ch.New)
		}
	}
	was, now := plan.Compute(r.Old), plan.Compute(r.Plan)
	for i := range r.Plan.Units {
		o, n := &r.Old.Units[i], &r.Plan.Units[i]
		var lines []string
		for _, c := range plan.UnitCounts() {
			if line := countLine(labels[c.Key], c.Of(o), c.Of(n), r.lacks); line != "" {
				lines = append(lines, line)
			}
			if c.Key == "households" {
				lines = append(lines, poorLine(was.Rows[i], now.Rows[i])...)
			}
		}
		if o.Poor != nil && n.Poor == nil {
			lines = append(lines, "poor = "+strconv.Itoa(*o.Poor)+" bỏ khỏi tệp: tự tính bằng CS GN + BTXH")
		}
		head := fmt.Sprintf("\n  %d. %s (units[%d])", i+1, n.Name, i)
		if len(lines) == 0 {
			b.WriteString(head + ": không thay đổi\n")
			continue
		}
		b.WriteString(head + "\n")
		for _, l := range lines {
			b.WriteString("       " + l + "\n")
		}
	}
	b.WriteString("\n  Tổng cộng\n")
	ot, nt := was.Total, now.Total
	total := []string{countLine(labels["households"], &ot.Households, &nt.Households, "")}
	total = append(total, poorLine(ot, nt)...)
	total = append(total,
		countLine(labels["policy_poor"], &ot.PolicyPoor, &nt.PolicyPoor, ""),
		countLine(labels["social_poor"], &ot.SocialPoor, &nt.SocialPoor, ""),
		countLine(labels["reduction"], &ot.Reduction, &nt.Reduction, ""))
	for _, c := range plan.UnitCounts() {
		if c.Breakdown {
			total = append(total, countLine(labels[c.Key], shareCount(was.Breakdown(c.Key)), shareCount(now.Breakdown(c.Key)), "không còn số liệu"))
		}
	}
	for _, l := range total {
		if l != "" {
			b.WriteString("       " + l + "\n")
		}
	}
	return b.String()
}

// countLine says how a count changes, "Tổng số hộ: 1.472 → 1.520", or
// returns "" when it does not; gone says why a count is left out.
func countLine(label string, was, now *int, gone string) string {
	switch {
	case was == nil && now == nil:
		return ""
	case was == nil:
		return label + ": thêm " + vnfmt.Int(*now)
	case now == nil:
		return label + ": " + vnfmt.Int(*was) + " → bỏ (" + gone + ")"
	case *was == *now:
		return ""
	}
	return label + ": " + vnfmt.Int(*was) + " → " + vnfmt.Int(*now)
}

// poorLine says how the poor households of a row and their rate change,
// "Hộ nghèo: 43 (2,92%) → 53 (3,49%)", or returns none when neither does.
func poorLine(was, now plan.Row) []string {
	if was.Poor == now.Poor && was.PoorRate == now.PoorRate {
		return nil
	}
	return []string{fmt.Sprintf("Hộ nghèo: %s (%s%%) → %s (%s%%)", vnfmt.Int(was.Poor), vnfmt.Hundredths(int64(was.PoorRate)),
		vnfmt.Int(now.Poor), vnfmt.Hundredths(int64(now.PoorRate)))}
}

// shareCount is the count of a share, or nil.
func shareCount(s *plan.Share) *int {
	if s == nil {
		return nil
	}
	return &s.Count
}
