package nextyear

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// sampleReport is the path of the year-end report on the sample plan.
func sampleReport() string {
	return filepath.Join(filepath.Dir(sample.Path()), "bao-cao-cam-lo-2021.toml")
}

// readReport reads the report data beside the sample plan, as a file
// named name.
func readReport(t *testing.T, name string, data []byte) (*report.Report, *plan.Plan, error) {
	t.Helper()
	plans := kind.Beside(sampleReport(), func(_ context.Context, path string) (*plan.Plan, kind.Source, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, kind.Source{}, err
		}
		pl, err := load.Read(path, b)
		return pl, kind.Source{Name: path, Data: b}, err
	})
	return report.Read(context.Background(), name, data, plans)
}

// TestMakeFromReport checks that next year's plan made from the year-end
// report starts where the report's table ends: each unit's households are
// column 8, its poor households (CS GN + BTXH) column 9, and so are the
// totals.
func TestMakeFromReport(t *testing.T) {
	data, err := os.ReadFile(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	r, old, err := readReport(t, sampleReport(), data)
	if err != nil {
		t.Fatal(err)
	}
	src, err := FromReport(r, old, sampleReport(), data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := MakeFrom(old, src, "cam-lo-2022.toml")
	if err != nil {
		t.Fatal(err)
	}
	back, err := load.Read("cam-lo-2022.toml", res.Data)
	if err != nil {
		t.Fatalf("the plan written does not load: %v", err)
	}
	table := report.Compute(report.Units(old.Units, r.Units))
	now := plan.Compute(back)
	if len(now.Rows) != len(table.Rows) {
		t.Fatalf("%d units, want %d", len(now.Rows), len(table.Rows))
	}
	for i, row := range table.Rows {
		got := now.Rows[i]
		if got.Name != row.Name || got.Households != row.HouseholdsEnd || got.Poor != row.PoorEnd || back.Units[i].Reduction != 0 {
			t.Errorf("unit %d: %s, %d households, %d poor, target %d; want %s, %d (column 8), %d (column 9), 0",
				i, got.Name, got.Households, got.Poor, back.Units[i].Reduction, row.Name, row.HouseholdsEnd, row.PoorEnd)
		}
		if m := r.Units[i]; got.PolicyPoor != *m.PolicyPoorEnd || got.SocialPoor != *m.SocialPoorEnd {
			t.Errorf("unit %d: CS GN %d, BTXH %d; want the report's %d, %d", i, got.PolicyPoor, got.SocialPoor, *m.PolicyPoorEnd, *m.SocialPoorEnd)
		}
	}
	// Worked out by hand from the sample report: 15.011 households, 371
	// poor (405 - 44 + 2 + 8).
	if now.Total.Households != 15011 || now.Total.Poor != 371 || table.Total.HouseholdsEnd != 15011 || table.Total.PoorEnd != 371 {
		t.Errorf("totals %d households, %d poor; report %d, %d; want 15011 and 371",
			now.Total.Households, now.Total.Poor, table.Total.HouseholdsEnd, table.Total.PoorEnd)
	}
	if back.Document.Year != 2022 || back.Survey.Year != 2021 || !res.NoTargets {
		t.Errorf("year %d, survey %d, no targets %v; want 2022, 2021, true", back.Document.Year, back.Survey.Year, res.NoTargets)
	}
	list := res.ChangeList()
	for _, s := range []string{
		"  - survey.near_poor: 663 → bỏ (số liệu của năm trước; báo cáo không ghi số liệu này)",
		"  1. Xã Cam Tuyền (units[0])\n       Tổng số hộ: 1.458 → 1.471\n       Hộ nghèo: 99 (6,79%) → 81 (5,51%)\n",
		"       Chỉ tiêu giảm nghèo: 17 → 0\n",
	} {
		if !strings.Contains(list, s) {
			t.Errorf("change list lacks %q:\n%s", s, list)
		}
	}
	if !strings.Contains(string(res.Data), "reduction = 0               # chỉ tiêu hộ giảm nghèo năm 2022: cần điền") {
		t.Error("the plan written does not mark the targets to fill")
	}
}

// TestFromReportNearPoor checks that the near-poor households at the end
// of the year become next year's, for every unit.
func TestFromReportNearPoor(t *testing.T) {
	data, err := os.ReadFile(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "new_poor = ", "near_poor_end = 40\nnew_poor = ")
	r, old, err := readReport(t, "bc.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	src, err := FromReport(r, old, "bc.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res, err := MakeFrom(old, src, "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	for i, u := range res.Plan.Units {
		if u.NearPoor == nil || *u.NearPoor != 40 {
			t.Errorf("unit %d: near-poor %v, want 40", i, u.NearPoor)
		}
	}
	if !strings.Contains(res.ChangeList(), "survey.near_poor: 663 → bỏ (tính từ số liệu của từng đơn vị trong báo cáo)") {
		t.Errorf("change list:\n%s", res.ChangeList())
	}
}

// TestFromReportRefuses checks that a report without what next year's
// plan needs is refused, naming the report's file, line and field.
func TestFromReportRefuses(t *testing.T) {
	data, err := os.ReadFile(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []string
	}{{
		name: "no split",
		edit: func(s string) string {
			return strings.Replace(s, "policy_poor_end = 5\nsocial_poor_end = 34\n", "", 1)
		},
		want: []string{`bc.toml, dòng 43, trường units[2].policy_poor_end: thiếu số hộ nghèo cuối năm theo hai nhóm của đơn vị "Xã Cam Thủy": ` +
			"kế hoạch năm 2022 cần số hộ nghèo CS GN và BTXH của từng đơn vị; ghi policy_poor_end (CS GN) và social_poor_end (BTXH), " +
			"tổng hai số bằng số hộ nghèo cuối năm (39 = 43 - 5 thoát nghèo + 0 tái nghèo + 1 phát sinh mới)."},
	}, {
		name: "no split anywhere",
		edit: func(s string) string {
			var out []string
			for _, l := range strings.Split(s, "\n") {
				if !strings.HasPrefix(l, "policy_poor_end") && !strings.HasPrefix(l, "social_poor_end") {
					out = append(out, l)
				}
			}
			return strings.Join(out, "\n")
		},
		want: []string{"units[0].policy_poor_end", "units[7].policy_poor_end"},
	}, {
		name: "near-poor of some units",
		edit: func(s string) string {
			return strings.Replace(s, "new_poor = 1\npolicy_poor_end = 12", "new_poor = 1\nnear_poor_end = 90\npolicy_poor_end = 12", 1)
		},
		want: []string{`bc.toml, dòng 40, trường units[1].near_poor_end: số hộ cận nghèo cuối năm (near_poor_end) có ở 1 đơn vị nhưng thiếu ở "Xã Cam Tuyền", "Xã Cam Thủy"`},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			text := []byte(tc.edit(string(data)))
			r, old, err := readReport(t, "bc.toml", text)
			if err != nil {
				t.Fatalf("the report does not check: %v", err)
			}
			_, err = FromReport(r, old, "bc.toml", text)
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("got %v, want a dataerr.List", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(errs.Error(), w) {
					t.Errorf("errors\n%s\nlack %q", errs, w)
				}
			}
		})
	}
}
