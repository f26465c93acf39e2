package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// sampleReport is the year-end report on the sample plan.
const sampleReport = "../../data/bao-cao-cam-lo-2021.toml"

// TestNextFromReport runs the year's round: the plan of 2021 and its
// year-end report give the plan of 2022, which loads, checks and builds,
// and whose baseline is the report's end of the year (columns 8 and 9),
// unit by unit and in total.
func TestNextFromReport(t *testing.T) {
	dir := t.TempDir()
	next := filepath.Join(dir, "cam-lo-2022.toml")
	code, stdout, stderr := runMain(t, "next", sampleReport, "-o", next)
	if code != exitOK {
		t.Fatalf("next: exit %d\n%s", code, stderr)
	}
	for _, s := range []string{
		"đã ghi " + next + ": bản dự thảo kế hoạch năm 2022.",
		"  6. TT Cam Lộ (units[5])\n       Tổng số hộ: 2.169 → 2.185\n       Hộ nghèo: 38 (1,75%) → 39 (1,78%)\n",
		"Báo cáo không có chỉ tiêu giảm nghèo năm 2022: chỉ tiêu của mọi đơn vị (reduction) ghi 0, cần điền lại trong " + next,
	} {
		if !strings.Contains(stdout, s) {
			t.Errorf("next's report lacks %q:\n%s", s, stdout)
		}
	}
	if code, _, stderr := runMain(t, "check", next); code != exitOK {
		t.Fatalf("check: exit %d\n%s", code, stderr)
	}
	out := filepath.Join(dir, "out")
	if code, _, stderr := runMain(t, "build", "-o", out, next); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}

	data, err := os.ReadFile(next)
	if err != nil {
		t.Fatal(err)
	}
	np, err := load.Read(next, data)
	if err != nil {
		t.Fatal(err)
	}
	rdata, err := os.ReadFile(sampleReport)
	if err != nil {
		t.Fatal(err)
	}
	plans := kind.Beside(sampleReport, func(_ context.Context, path string) (*plan.Plan, kind.Source, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, kind.Source{}, err
		}
		pl, err := load.Read(path, b)
		return pl, kind.Source{Name: path, Data: b}, err
	})
	r, old, err := report.Read(context.Background(), sampleReport, rdata, plans)
	if err != nil {
		t.Fatal(err)
	}
	table := report.Compute(report.Units(old.Units, r.Units))
	now := plan.Compute(np)
	for i, row := range table.Rows {
		if got := now.Rows[i]; got.Name != row.Name || got.Households != row.HouseholdsEnd || got.Poor != row.PoorEnd {
			t.Errorf("unit %d: %s, %d households, %d poor; want %s and the report's %d (column 8), %d (column 9)",
				i, got.Name, got.Households, got.Poor, row.Name, row.HouseholdsEnd, row.PoorEnd)
		}
	}
	if now.Total.Households != table.Total.HouseholdsEnd || now.Total.Poor != table.Total.PoorEnd {
		t.Errorf("total %d households, %d poor; want the report's %d, %d", now.Total.Households, now.Total.Poor,
			table.Total.HouseholdsEnd, table.Total.PoorEnd)
	}
	pdf, err := os.ReadFile(filepath.Join(out, "cam-lo-2022.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(pdf)
	if err != nil {
		t.Fatal(err)
	}
	// 15.011 households and 371 poor: the report's total row, by hand.
	words := " " + strings.Join(pdftext.Words(pages, 15), " ") + " "
	for _, w := range []string{" 15.011 ", " 371 ", " 2.185 "} {
		if !strings.Contains(words, w) {
			t.Errorf("the plan of 2022 lacks %q", w)
		}
	}
}

// TestNextFromReportRefuses checks that next from a report refuses
// sheets beside it, and a report without the end-of-year split, writing
// nothing.
func TestNextFromReportRefuses(t *testing.T) {
	dir := t.TempDir()
	plan, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	rdata, err := os.ReadFile(sampleReport)
	if err != nil {
		t.Fatal(err)
	}
	noSplit := strings.Replace(string(rdata), "policy_poor_end = 5\nsocial_poor_end = 34\n", "", 1)
	for name, data := range map[string]string{"cam-lo-2021.toml": string(plan), "bao-cao.toml": noSplit} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep := filepath.Join(dir, "bao-cao.toml")
	next := filepath.Join(dir, "cam-lo-2022.toml")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"sheets beside the report", []string{"next", rep, "--figures", sample, "-o", next}, exitUsage,
			"là báo cáo cuối năm: số liệu năm sau lấy từ báo cáo, không dùng --figures"},
		{"a plan without sheets", []string{"next", sample, "-o", next}, exitUsage, "thiếu bảng tính số liệu: --figures"},
		{"no split", []string{"next", rep, "-o", next}, exitData,
			rep + `, dòng 43, trường units[2].policy_poor_end: thiếu số hộ nghèo cuối năm theo hai nhóm của đơn vị "Xã Cam Thủy"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runMain(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d\n%s\nwant %d and %q", code, stderr, tc.code, tc.want)
			}
			assertFiles(t, dir, "bao-cao.toml", "cam-lo-2021.toml")
		})
	}
}
