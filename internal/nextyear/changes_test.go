package nextyear

import (
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
)

func intp(n int) *int { return &n }

// TestChangeList checks the change list against text computed by hand:
// one block per unit, counts in Vietnamese format, the poor households and
// their rate (2 decimals, comma), nothing for a count that does not change,
// the totals at the end.
func TestChangeList(t *testing.T) {
	for _, tc := range []struct {
		name     string
		old, new plan.Plan
		changes  []Change
		want     string
	}{{
		name: "three units",
		old: plan.Plan{Units: []plan.Unit{
			{Name: "Xã Cam Thủy", Households: 1472, PolicyPoor: 7, SocialPoor: 36, Reduction: 5},
			{Name: "Thôn Bắc", Households: 2000, PolicyPoor: 10, SocialPoor: 20, Reduction: 3},
			{Name: "Thôn Nam", Households: 1000, PolicyPoor: 5, SocialPoor: 5, Reduction: 1, Poor: intp(10)},
		}},
		new: plan.Plan{Units: []plan.Unit{
			{Name: "Xã Cam Thủy", Households: 1520, PolicyPoor: 23, SocialPoor: 30, Reduction: 5, NearPoor: intp(80)},
			{Name: "Thôn Bắc", Households: 2000, PolicyPoor: 10, SocialPoor: 20, Reduction: 3},
			{Name: "Thôn Nam", Households: 1000, PolicyPoor: 5, SocialPoor: 5, Reduction: 2},
		}},
		changes: []Change{
			{Field: "document.year", Old: "2021", New: "2022"},
			{Field: "document.number", Old: "44", Why: "bản dự thảo chưa có số"},
			{Field: "units[0].households", Unit: "Xã Cam Thủy", Old: "1.472", New: "1.520"},
		},
		want: `  - document.year: 2021 → 2022
  - document.number: 44 → bỏ (bản dự thảo chưa có số)

  1. Xã Cam Thủy (units[0])
       Tổng số hộ: 1.472 → 1.520
       Hộ nghèo: 43 (2,92%) → 53 (3,49%)
       Hộ nghèo CS GN: 7 → 23
       Hộ nghèo BTXH: 36 → 30
       Hộ cận nghèo: thêm 80

  2. Thôn Bắc (units[1]): không thay đổi

  3. Thôn Nam (units[2])
       Chỉ tiêu giảm nghèo: 1 → 2
       poor = 10 bỏ khỏi tệp: tự tính bằng CS GN + BTXH

  Tổng cộng
       Tổng số hộ: 4.472 → 4.520
       Hộ nghèo: 83 (1,86%) → 93 (2,06%)
       Hộ nghèo CS GN: 22 → 38
       Hộ nghèo BTXH: 61 → 55
       Chỉ tiêu giảm nghèo: 9 → 10
`,
	}, {
		name: "a whole-area figure becomes the units'",
		old: plan.Plan{Survey: plan.Survey{NearPoor: intp(100)},
			Units: []plan.Unit{{Name: "Xã X", Households: 1000, PolicyPoor: 10, SocialPoor: 10, Reduction: 2}}},
		new: plan.Plan{Units: []plan.Unit{{Name: "Xã X", Households: 1000, PolicyPoor: 10, SocialPoor: 10, Reduction: 2, NearPoor: intp(80)}}},
		want: `
  1. Xã X (units[0])
       Hộ cận nghèo: thêm 80

  Tổng cộng
       Hộ cận nghèo: 100 → 80
`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			r := &Result{Old: &tc.old, Plan: &tc.new, Changes: tc.changes}
			if got := r.ChangeList(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
