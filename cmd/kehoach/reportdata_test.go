package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// readSampleReport reads the sample report and its plan.
func readSampleReport(t *testing.T, path string) (*report.Report, *plan.Plan) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	plans := kind.Beside(path, func(_ context.Context, p string) (*plan.Plan, kind.Source, error) {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, kind.Source{}, err
		}
		pl, err := load.Read(p, b)
		return pl, kind.Source{Name: p, Data: b}, err
	})
	r, p, err := report.Read(context.Background(), path, data, plans)
	if err != nil {
		t.Fatal(err)
	}
	return r, p
}

// fillMovements fills the report's sheet at path as the communes do, the
// rows of units with the movements of ms, leaving the near-poor column
// empty when ms has none.
func fillMovements(t *testing.T, path string, ms []report.Movement, units ...int) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for _, i := range units {
		m := ms[i]
		for j, v := range []*int{&m.HouseholdsEnd, &m.Left, &m.FellBack, &m.New, m.PolicyPoorEnd, m.SocialPoorEnd, m.NearPoorEnd} {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			if err := f.SetCellInt(sheet, cell, int64(*v)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestReportDataRoundTrip runs the report's year: the sheet of the year's
// movements, filled by the communes with the sample report's figures,
// gives a report's data file that reads to the same movements, checks,
// builds, and gives next year's plan.
func TestReportDataRoundTrip(t *testing.T) {
	want, _ := readSampleReport(t, sampleReport)
	all := []int{0, 1, 2, 3, 4, 5, 6, 7}
	for _, tc := range []struct {
		name   string
		copies [][]int // the units each commune's copy fills
	}{
		{"one sheet", [][]int{all}},
		{"a copy per commune, in a folder", [][]int{{0, 1}, {2}, {3, 4, 5}, {6, 7}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			sheets := filepath.Join(dir, "ket-qua")
			if err := os.Mkdir(sheets, 0o755); err != nil {
				t.Fatal(err)
			}
			for i, units := range tc.copies {
				path := filepath.Join(sheets, "xa-"+string(rune('a'+i))+".xlsx")
				if code, _, stderr := runMain(t, "figures-template", "--report", sample, "-o", path); code != exitOK {
					t.Fatalf("figures-template --report: exit %d\n%s", code, stderr)
				}
				fillMovements(t, path, want.Units, units...)
			}
			out := filepath.Join(dir, "bao-cao.toml")
			code, stdout, stderr := runMain(t, "report-data", sample, "--figures", sheets, "-o", out)
			if code != exitOK {
				t.Fatalf("report-data: exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stdout, "đã ghi "+out+": bản dự thảo báo cáo kết quả thực hiện kế hoạch năm 2021, 8 đơn vị.") {
				t.Errorf("stdout:\n%s", stdout)
			}
			got, p := readSampleReport(t, out)
			if !reflect.DeepEqual(got.Units, want.Units) {
				t.Errorf("the report written reads to other movements:\n%+v\nwant\n%+v", got.Units, want.Units)
			}
			if p.Document.Number != 44 || got.Document.Number != 0 || got.Document.Date != "" {
				t.Errorf("plan %d, report number %d, date %q; want the sample plan and a draft", p.Document.Number, got.Document.Number, got.Document.Date)
			}
			data, _ := os.ReadFile(out)
			for _, s := range []string{"households_end = 1471       # tổng số hộ cuối năm", "# Mỗi đơn vị của kế hoạch là một mục [[units]]"} {
				if !strings.Contains(string(data), s) {
					t.Errorf("the report written lacks %q", s)
				}
			}
			if code, _, stderr := runMain(t, "build", "-o", filepath.Join(dir, "out"), out); code != exitOK {
				t.Fatalf("build: exit %d\n%s", code, stderr)
			}
			if code, _, stderr := runMain(t, "next", out, "-o", filepath.Join(dir, "cam-lo-2022.toml")); code != exitOK {
				t.Fatalf("next from the report: exit %d\n%s", code, stderr)
			}
		})
	}
}

// TestReportDataRefuses checks that report-data writes nothing from a
// sheet that is not the report's, or has errors, nor over a file.
func TestReportDataRefuses(t *testing.T) {
	want, _ := readSampleReport(t, sampleReport)
	dir := t.TempDir()
	planSheet := filepath.Join(dir, "so-lieu.xlsx")
	if code, _, stderr := runMain(t, "figures-template", sample, "-o", planSheet); code != exitOK {
		t.Fatalf("figures-template: exit %d\n%s", code, stderr)
	}
	fillSheet(t, planSheet, nil)
	bad := filepath.Join(dir, "ket-qua.xlsx")
	if code, _, stderr := runMain(t, "figures-template", "--report", sample, "-o", bad); code != exitOK {
		t.Fatalf("figures-template --report: exit %d\n%s", code, stderr)
	}
	fillMovements(t, bad, want.Units, 0, 1, 2, 3, 4, 5, 6, 7)
	good := filepath.Join(dir, "ket-qua-tot.xlsx")
	if code, _, stderr := runMain(t, "figures-template", "--report", sample, "-o", good); code != exitOK {
		t.Fatalf("figures-template --report: exit %d\n%s", code, stderr)
	}
	fillMovements(t, good, want.Units, 0, 1, 2, 3, 4, 5, 6, 7)
	f, err := excelize.OpenFile(bad)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStr(f.GetSheetList()[0], "D3", "tám")
	f.Save()
	f.Close()
	out := filepath.Join(dir, "bao-cao.toml")
	existing := filepath.Join(dir, "co-san.toml")
	if err := os.WriteFile(existing, []byte("# x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"the plan's sheet", []string{"report-data", sample, "--figures", planSheet, "-o", out}, exitData,
			planSheet + `: trang tính "Số liệu cuối năm 2021" là bảng tính lập cho kế hoạch năm 2021, không phải cho báo cáo`},
		{"a word for a count", []string{"report-data", sample, "--figures", bad, "-o", out}, exitData,
			bad + `, trang tính "Kết quả giảm nghèo năm 2021", ô D3, trường units[1].left_poverty: ô ghi chữ "tám"`},
		{"a report for the plan", []string{"report-data", sampleReport, "--figures", bad, "-o", out}, exitUsage, "là tệp báo cáo"},
		{"no sheet", []string{"report-data", sample, "-o", out}, exitUsage, "thiếu bảng tính kết quả trong năm"},
		{"over a file", []string{"report-data", sample, "--figures", good, "-o", existing}, exitOther, "tệp " + existing + " đã có; không ghi đè"},
		{"over its sheet", []string{"report-data", sample, "--figures", good, "-o", good, "--force"}, exitOther, "tệp đầu vào"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runMain(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d\n%s\nwant %d and %q", code, stderr, tc.code, tc.want)
			}
			assertFiles(t, dir, "co-san.toml", "ket-qua-tot.xlsx", "ket-qua.xlsx", "so-lieu.xlsx")
		})
	}
}
