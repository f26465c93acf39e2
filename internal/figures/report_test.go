package figures

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/internal/sheet"
)

// moves are the movements the tests fill in for unit i of p, in the order
// of the report's sheet: households at the end (ten more than at the
// start), one household out of poverty, one back, one new, the poor at
// the end split as at the start with one more CS GN (poor - 1 + 1 + 1),
// and 50 + i near-poor.
func moves(p *plan.Plan) func(i int) []int {
	return func(i int) []int {
		u := p.Units[i]
		return []int{u.Households + 10, 1, 1, 1, u.PolicyPoor + 1, u.SocialPoor, 50 + i}
	}
}

// wantMovements are the movements that moves fills, as the report's data.
func wantMovements(p *plan.Plan) []report.Movement {
	out := make([]report.Movement, len(p.Units))
	for i, u := range p.Units {
		v := moves(p)(i)
		out[i] = report.Movement{Name: u.Name, HouseholdsEnd: v[0], Left: v[1], FellBack: v[2], New: v[3],
			PolicyPoorEnd: &v[4], SocialPoorEnd: &v[5], NearPoorEnd: &v[6]}
	}
	return out
}

func reportTemplate(t testing.TB, p *plan.Plan) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteReportXLSX(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReportTemplate checks what the communes get for the report: the
// sheet named for the plan's year, the headings of the year's movements
// marked with that year, the plan's units, the total formulas.
func TestReportTemplate(t *testing.T) {
	p := samplePlan(t)
	f, err := excelize.OpenReader(bytes.NewReader(reportTemplate(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) != 1 || sheets[0] != "Kết quả giảm nghèo năm 2021" {
		t.Fatalf("sheets %q, want one named %q", sheets, "Kết quả giảm nghèo năm 2021")
	}
	for cell, want := range map[string]string{
		"A1": "STT", "B1": "Đơn vị", "C1": "Tổng số hộ cuối năm 2021", "D1": "Hộ thoát nghèo trong năm 2021",
		"E1": "Hộ tái nghèo trong năm 2021", "F1": "Hộ nghèo phát sinh mới trong năm 2021",
		"G1": "Hộ nghèo CS GN cuối năm 2021", "H1": "Hộ nghèo BTXH cuối năm 2021", "I1": "Hộ cận nghèo cuối năm 2021",
		"J1": "", "B2": "Xã Cam Tuyền", "B9": "Xã Cam Chính", "B10": "Tổng cộng", "C2": "",
	} {
		if got, _ := f.GetCellValue("Kết quả giảm nghèo năm 2021", cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if got, _ := f.GetCellFormula("Kết quả giảm nghèo năm 2021", "I10"); got != "SUM(I2:I9)" {
		t.Errorf("I10 = %q, want SUM(I2:I9)", got)
	}
	var again bytes.Buffer
	if err := WriteReportXLSX(&again, p); err != nil || !bytes.Equal(again.Bytes(), reportTemplate(t, p)) {
		t.Error("the same plan gives another template")
	}
}

// TestReadReportSheet reads the report's sheet filled as the communes
// fill it, and refuses every sheet that is not, naming sheet and cell.
func TestReadReportSheet(t *testing.T) {
	p := samplePlan(t)
	tmpl := reportTemplate(t, p)
	filled := func(set map[string]string) []byte { return fillWith(t, tmpl, len(p.Units), moves(p), set) }
	lastYear := fillWith(t, reportTemplate(t, planOf(p, 2020)), len(p.Units), moves(p), nil)
	renamed := workbook(t, lastYear, func(f *excelize.File) error { return f.SetSheetName(f.GetSheetName(0), "Sheet1") })
	const sheet = `bien-dong.xlsx, trang tính "Kết quả giảm nghèo năm 2021"`
	tests := []struct {
		name string
		data []byte
		// edit changes the movements wanted; want are the problems, when
		// the sheet is refused.
		edit func(ms []report.Movement)
		want []string
	}{
		{name: "filled", data: filled(nil)},
		{name: "a count with a dot between thousands, as text", data: filled(map[string]string{"C2": "1.468"}),
			edit: func(ms []report.Movement) { ms[0].HouseholdsEnd = 1468 }},
		{name: "near-poor left empty", data: filled(map[string]string{"I2": "<nil>", "I3": "<nil>", "I4": "<nil>", "I5": "<nil>",
			"I6": "<nil>", "I7": "<nil>", "I8": "<nil>", "I9": "<nil>"}),
			edit: func(ms []report.Movement) {
				for i := range ms {
					ms[i].NearPoorEnd = nil
				}
			}},
		{name: "near-poor of some units", data: filled(map[string]string{"I2": "<nil>", "I3": "<nil>", "I4": "<nil>", "I5": "<nil>",
			"I6": "<nil>", "I7": "<nil>", "I8": "<nil>"}),
			want: []string{sheet + `, ô I2, trường units[0].near_poor_end: ô trống`, sheet + `, ô I8, trường units[6].near_poor_end: ô trống`,
				"I3", "I4", "I5", "I6", "I7"}},
		{name: "a dot read as a decimal point", data: filled(map[string]string{"C2": "n:1.468"}),
			want: []string{sheet + `, ô C2, trường units[0].households_end: số 1,468 không phải số nguyên; có lẽ bạn định gõ 1.468 (một nghìn bốn trăm sáu mươi tám)`}},
		{name: "a formula not computed", data: filled(map[string]string{"D3": "f:1+2"}),
			want: []string{sheet + `, ô D3, trường units[1].left_poverty: ô có công thức =1+2 nhưng chưa có giá trị`}},
		{name: "a blank count", data: filled(map[string]string{"E4": "<nil>"}),
			want: []string{sheet + `, ô E4, trường units[2].fell_back: ô trống: cần một số nguyên từ 0 trở lên (ghi 0 nếu không có) (hộ tái nghèo trong năm, đơn vị "Xã Cam Thủy")`}},
		{name: "more out of poverty than poor", data: filled(map[string]string{"D2": "500"}),
			want: []string{sheet + `, ô D2, trường units[0].left_poverty: số hộ thoát nghèo (500) lớn hơn số hộ nghèo đầu năm theo kế hoạch (99 = 44 hộ CS GN + 55 hộ BTXH).`}},
		{name: "a split that does not add up", data: filled(map[string]string{"G3": "0"}),
			want: []string{sheet + `, ô G3, trường units[1].policy_poor_end: số hộ nghèo cuối năm theo hai nhóm (83 = 0 hộ CS GN + 83 hộ BTXH) khác số hộ nghèo cuối năm (100 = 99 - 1 thoát nghèo + 1 tái nghèo + 1 phát sinh mới).`}},
		{name: "half of the split", data: filled(map[string]string{"H1": "<nil>"}),
			want: []string{sheet + `: bảng tính có cột "Hộ nghèo CS GN cuối năm" mà không có cột "Hộ nghèo BTXH cuối năm"`}},
		{name: "the plan's sheet", data: fill(t, template(t, p), len(p.Units), nil),
			want: []string{`bien-dong.xlsx: trang tính "Số liệu cuối năm 2021" là bảng tính lập cho kế hoạch năm 2021, không phải cho báo cáo: ` +
				`lập bảng tính mới bằng "kehoach figures-template --report" từ tệp kế hoạch năm 2021.`}},
		{name: "last year's sheet", data: lastYear,
			want: []string{`bien-dong.xlsx: trang tính "Kết quả giảm nghèo năm 2020" là kết quả giảm nghèo năm 2020 (bảng tính lập cho báo cáo năm 2020), ` +
				`nhưng báo cáo năm 2021 cần kết quả giảm nghèo năm 2021: lập bảng tính mới bằng "kehoach figures-template --report" từ tệp kế hoạch năm 2021`}},
		{name: "last year's sheet, renamed", data: renamed,
			want: []string{`bien-dong.xlsx, trang tính "Sheet1", ô C1: cột "Tổng số hộ cuối năm 2020" là số liệu năm 2020 (bảng tính lập cho báo cáo năm 2020), ` +
				`nhưng báo cáo năm 2021 cần số liệu năm 2021: lập bảng tính mới bằng "kehoach figures-template --report" từ tệp kế hoạch năm 2021.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := read(reportForm, "bien-dong.xlsx", tt.data, p, false)
			var ms []report.Movement
			if err == nil {
				ms, err = Movements(s, p, "bien-dong.xlsx")
			}
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				want := wantMovements(p)
				if tt.edit != nil {
					tt.edit(want)
				}
				if got, w := fmt.Sprint(movementsText(ms)), fmt.Sprint(movementsText(want)); got != w {
					t.Errorf("movements\n%s\nwant\n%s", got, w)
				}
				return
			}
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("got %v, want problems", err)
			}
			if len(errs) != len(tt.want) {
				t.Errorf("%d problems, want %d:\n%v", len(errs), len(tt.want), errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs.Error(), w) {
					t.Errorf("problems\n%v\nlack\n%s", errs, w)
				}
			}
		})
	}
}

// movementsText writes movements with their optional counts, to compare.
func movementsText(ms []report.Movement) []string {
	var out []string
	for _, m := range ms {
		opt := func(p *int) string {
			if p == nil {
				return "-"
			}
			return fmt.Sprint(*p)
		}
		out = append(out, fmt.Sprintf("%s %d %d %d %d %s %s %s\n", m.Name, m.HouseholdsEnd, m.Left, m.FellBack, m.New,
			opt(m.PolicyPoorEnd), opt(m.SocialPoorEnd), opt(m.NearPoorEnd)))
	}
	return out
}

// reportCSV returns p's CSV template of the report filled with moves, its
// total row dropped, its rows changed by edit, with fields separated by
// sep, without a byte order mark.
func reportCSV(t *testing.T, p *plan.Plan, sep rune, edit func(rows [][]string)) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteReportCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), sheet.BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[:len(rows)-1]
	for i := range p.Units {
		for j, n := range moves(p)(i) {
			rows[i+1][j+2] = fmt.Sprint(n)
		}
	}
	if edit != nil {
		edit(rows)
	}
	return separated(rows, sep)
}

// TestReadReportCSV reads the report's sheet saved as CSV the ways a
// spreadsheet program saves it, and refuses a CSV of the plan's sheet.
func TestReadReportCSV(t *testing.T) {
	p := samplePlan(t)
	tests := []struct {
		name string
		data []byte
		// households is the first unit's households at the end read;
		// want a problem, when refused.
		households int
		want       string
	}{
		{"UTF-8 with a byte order mark", []byte(sheet.BOM + reportCSV(t, p, ',', nil)), 1468, ""},
		{"Windows-1258, semicolons", windows1258(t, reportCSV(t, p, ';', nil)), 1468, ""},
		{"a dot between thousands", []byte(reportCSV(t, p, ',', func(rows [][]string) { rows[1][2] = "1.470" })), 1470, ""},
		{"a count far from the plan's, with a dot", []byte(reportCSV(t, p, ',', func(rows [][]string) { rows[1][2] = "9.468" })), 0,
			`bien-dong.csv, ô C2, trường units[0].households_end: ô ghi "9.468": có lẽ là 9468 (chín nghìn bốn trăm sáu mươi tám), với dấu chấm ngăn cách hàng nghìn?`},
		{"last year's sheet", []byte(reportCSV(t, planOf(p, 2020), ',', nil)), 0,
			`bien-dong.csv, ô C1: cột "Tổng số hộ cuối năm 2020" là số liệu năm 2020 (bảng tính lập cho báo cáo năm 2020), nhưng báo cáo năm 2021 cần số liệu năm 2021`},
		{"the plan's sheet", filledCSV(t, p, nil), 0,
			`bien-dong.csv, ô C1: cột "Tổng số hộ" là cột của bảng tính lập cho kế hoạch, không phải cho báo cáo: dùng bảng tính lập bằng "kehoach figures-template --report".`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := read(reportForm, "bien-dong.csv", tt.data, p, false)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				want := wantMovements(p)
				want[0].HouseholdsEnd = tt.households
				if got, w := fmt.Sprint(movementsText(s.Movements)), fmt.Sprint(movementsText(want)); got != w {
					t.Errorf("movements\n%s\nwant\n%s", got, w)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want)
			}
			if n := strings.Count(fmt.Sprint(err), "là số liệu năm"); n > 1 {
				t.Errorf("a sheet of another year is named %d times, want once", n)
			}
		})
	}
}

// TestReadPlanRefusesReportSheet: the sheet of the year's movements is no
// sheet of next year's figures.
func TestReadPlanRefusesReportSheet(t *testing.T) {
	p := samplePlan(t)
	_, err := Read("so-lieu.xlsx", fillWith(t, reportTemplate(t, p), len(p.Units), moves(p), nil), p)
	want := `so-lieu.xlsx: trang tính "Kết quả giảm nghèo năm 2021" là bảng tính lập cho báo cáo năm 2021, không phải cho kế hoạch: ` +
		`lập bảng tính mới bằng "kehoach figures-template" từ tệp dữ liệu năm 2021.`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// TestReadReportFiles merges the communes' copies of the report's sheet:
// each unit from exactly one file.
func TestReadReportFiles(t *testing.T) {
	p := samplePlan(t)
	dir := t.TempDir()
	cp := func(name string, units ...int) string {
		f, err := excelize.OpenReader(bytes.NewReader(reportTemplate(t, p)))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, i := range units {
			for j, n := range moves(p)(i) {
				cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
				if err := f.SetCellInt(f.GetSheetList()[0], cell, int64(n)); err != nil {
					t.Fatal(err)
				}
			}
		}
		path := filepath.Join(dir, name)
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a, b, c := cp("a.xlsx", 0, 1, 2, 3), cp("b.xlsx", 4, 5, 6, 7), cp("c.xlsx", 3)
	s, err := ReadReportFiles([]string{a, b}, p)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := Movements(s, p, a)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(movementsText(ms)), fmt.Sprint(movementsText(wantMovements(p))); got != want {
		t.Errorf("movements\n%s\nwant\n%s", got, want)
	}
	_, err = ReadReportFiles([]string{a, b, c}, p)
	want := fmt.Sprintf(`trường units[3]: đơn vị "Xã Cam Hiếu" được điền ở 2 tệp: %s (dòng 5), %s (dòng 5)`, a, c)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got\n%v\nwant %s", err, want)
	}
}
