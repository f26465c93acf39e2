package figures

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/sheet"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

func samplePlan(t testing.TB) *plan.Plan {
	t.Helper()
	p, err := sample.Plan()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// counts are the figures the tests fill in, per unit: households, CS GN,
// BTXH, reduction, DTTS, poor DTTS, near-poor, near-poor DTTS.
func counts(i int) []int {
	return []int{1500 + 10*i, 30 - i, 40 - i, 5, 10, 4, 80, 5}
}

func template(t testing.TB, p *plan.Plan) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, p); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fill writes counts into the template's cells as a commune does, then
// changes the cells of set ("C3": "abc"), and returns the workbook. A
// value is written as a whole number when it reads as one without a dot,
// as an empty cell when "<nil>", and else as text; "n:1.46" writes the
// number 1.46, "f:1+2" the formula without a value, "s:12" the text "12".
func fill(t testing.TB, tmpl []byte, units int, set map[string]string) []byte {
	t.Helper()
	return fillWith(t, tmpl, units, counts, set)
}

// fillWith is fill with the counts of unit i from values.
func fillWith(t testing.TB, tmpl []byte, units int, values func(i int) []int, set map[string]string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(tmpl))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for i := range units {
		for j, n := range values(i) {
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			if err := f.SetCellInt(sheet, cell, int64(n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for cell, v := range set {
		var err error
		if num, ok := strings.CutPrefix(v, "n:"); ok {
			var x float64
			if x, err = strconv.ParseFloat(num, 64); err == nil {
				err = f.SetCellFloat(sheet, cell, x, -1, 64)
			}
		} else if fm, ok := strings.CutPrefix(v, "f:"); ok {
			// Without the number filled before, as no program computed it.
			if err = f.SetCellValue(sheet, cell, nil); err == nil {
				err = f.SetCellFormula(sheet, cell, fm)
			}
		} else if str, ok := strings.CutPrefix(v, "s:"); ok {
			err = f.SetCellStr(sheet, cell, str)
		} else if n, ok := parseCount(v); ok == "" && !strings.Contains(v, ".") {
			err = f.SetCellInt(sheet, cell, int64(n))
		} else if v == "<nil>" {
			err = f.SetCellValue(sheet, cell, nil)
		} else {
			err = f.SetCellStr(sheet, cell, v)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// filledCSV returns p's CSV template filled with counts, its total row
// dropped, then the cells of set ("C5": "1.000") changed.
func filledCSV(t *testing.T, p *plan.Plan, set map[string]string) []byte {
	t.Helper()
	return filledCSVWith(t, p, func(rows [][]string) {
		for cell, v := range set {
			col, row, err := excelize.CellNameToCoordinates(cell)
			if err != nil {
				t.Fatal(err)
			}
			rows[row-1][col-1] = v
		}
	})
}

// TestTemplateXLSX checks what the communes get: the headings, one row per
// unit, the total formulas, the frozen header, the validation of the
// counts and the sheet's name.
func TestTemplateXLSX(t *testing.T) {
	p := samplePlan(t)
	f, err := excelize.OpenReader(bytes.NewReader(template(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) != 1 || sheets[0] != "Số liệu cuối năm 2021" {
		t.Fatalf("sheets %q, want one named %q", sheets, "Số liệu cuối năm 2021")
	}
	s := sheets[0]
	get := func(cell string) string {
		v, err := f.GetCellValue(s, cell)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for cell, want := range map[string]string{
		"A1": "STT", "B1": "Đơn vị", "C1": "Tổng số hộ", "F1": "Chỉ tiêu hộ giảm nghèo năm 2022",
		"J1": "Hộ cận nghèo đồng bào DTTS", "A2": "1", "B2": "Xã Cam Tuyền", "B9": "Xã Cam Chính",
		"B10": "Tổng cộng", "C2": "", "K1": "",
	} {
		if got := get(cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	for _, cell := range []string{"C10", "J10"} {
		fm, _ := f.GetCellFormula(s, cell)
		col := cell[:1]
		if want := fmt.Sprintf("SUM(%s2:%s9)", col, col); fm != want {
			t.Errorf("formula of %s = %q, want %q", cell, fm, want)
		}
	}
	panes, err := f.GetPanes(s)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes %+v (%v), want the first row frozen", panes, err)
	}
	dvs, err := f.GetDataValidations(s)
	if err != nil || len(dvs) != 1 {
		t.Fatalf("validations %v (%v), want one", dvs, err)
	}
	dv := dvs[0]
	if dv.Sqref != "C2:J9" || dv.Type != "whole" || dv.Formula1 != "0" || dv.Formula2 != "100000000" {
		t.Errorf("validation %+v, want whole numbers 0 to 100000000 on C2:J9", *dv)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2021-03-18T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("document properties %+v (%v), want the plan's date", props, err)
	}
}

// TestTemplateReproducible checks that the same plan gives the same bytes.
func TestTemplateReproducible(t *testing.T) {
	p := samplePlan(t)
	a, b := template(t, p), template(t, p)
	if !bytes.Equal(a, b) {
		t.Error("two templates of the same plan differ")
	}
	var c1, c2 bytes.Buffer
	if err := WriteCSV(&c1, p); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(&c2, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c1.Bytes(), c2.Bytes()) {
		t.Error("two CSV templates of the same plan differ")
	}
}

func TestReadFilledXLSX(t *testing.T) {
	p := samplePlan(t)
	data := fill(t, template(t, p), len(p.Units), nil)
	s, err := Read("so-lieu.xlsx", data, p)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, p, s)
	if got := s.Cell("units[3].households"); got != "C5" {
		t.Errorf("cell of units[3].households = %q, want C5", got)
	}
}

func checkCounts(t *testing.T, p *plan.Plan, s *Sheet) {
	t.Helper()
	if len(s.Units) != len(p.Units) || len(s.Columns) != 8 {
		t.Fatalf("%d units, %d columns; want %d and 8", len(s.Units), len(s.Columns), len(p.Units))
	}
	for i, u := range s.Units {
		c := counts(i)
		got := []int{u.Households, u.PolicyPoor, u.SocialPoor, u.Reduction}
		for _, ptr := range []*int{u.EthnicHouseholds, u.EthnicPoor, u.NearPoor, u.EthnicNearPoor} {
			if ptr == nil {
				t.Fatalf("unit %d lacks a breakdown count", i)
			}
			got = append(got, *ptr)
		}
		if fmt.Sprint(got) != fmt.Sprint(c) || u.Name != p.Units[i].Name {
			t.Errorf("unit %d: %q %v, want %q %v", i, u.Name, got, p.Units[i].Name, c)
		}
	}
}

// TestReadCSV fills the CSV template as a spreadsheet program saves it:
// the totals computed, a byte order mark, and reads it back.
func TestReadCSV(t *testing.T) {
	p := samplePlan(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte(sheet.BOM+"STT,Đơn vị,Tổng số hộ,")) {
		t.Fatalf("CSV template starts %q", buf.String()[:40])
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	total := make([]int, 8)
	for i := range p.Units {
		fields := strings.Split(lines[i+1], ",")
		for j, n := range counts(i) {
			fields[j+2] = fmt.Sprint(n)
			total[j] += n
		}
		lines[i+1] = strings.Join(fields, ",")
	}
	if !strings.HasPrefix(lines[len(lines)-1], ",Tổng cộng,=SUM(C2:C9),") {
		t.Errorf("total row %q", lines[len(lines)-1])
	}
	row := ",Tổng cộng"
	for _, n := range total {
		row += fmt.Sprintf(",%d", n)
	}
	lines[len(lines)-1] = row
	s, err := Read("so-lieu.csv", []byte(strings.Join(lines, "\r\n")+"\r\n"), p)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, p, s)

	// A wrong total is found too.
	lines[len(lines)-1] = strings.Replace(row, fmt.Sprintf(",%d,", total[0]), fmt.Sprintf(",%d,", total[0]+1), 1)
	_, err = Read("so-lieu.csv", []byte(strings.Join(lines, "\n")), p)
	want := fmt.Sprintf(`so-lieu.csv, ô C10: tổng cộng của cột "Tổng số hộ" (%d) khác tổng các đơn vị (%d).`, total[0]+1, total[0])
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestCSVNameNotFormula: a unit whose name opens like a formula is written
// to the CSV as a text cell, and read back by its name.
func TestCSVNameNotFormula(t *testing.T) {
	p := samplePlan(t)
	p.Units[0].Name = "=HYPERLINK(\"x\")"
	p.Units[1].Name = "-Thôn 1"
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n1,\"'=HYPERLINK(\"\"x\"\")\",", "\n2,'-Thôn 1,"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("CSV lacks %q:\n%s", want, buf.String())
		}
	}
	// Fill the counts and drop the total row, as a commune would, then
	// read the file back.
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), sheet.BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[:len(rows)-1]
	for i := range p.Units {
		for j, n := range counts(i) {
			rows[i+1][j+2] = fmt.Sprint(n)
		}
	}
	var filled bytes.Buffer
	csv.NewWriter(&filled).WriteAll(rows)
	s, err := Read("so-lieu.csv", filled.Bytes(), p)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, p, s)
}

// TestReadProblems checks that each problem of a filled sheet names its
// sheet, cell, field and unit, and that the sheet gives no counts then.
func TestReadProblems(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	const sheet = "Số liệu cuối năm 2021"
	tests := []struct {
		name        string
		set         map[string]string
		cell, field string
		msg         string
		// also is the unit whose row the change removed, if any.
		also string
	}{
		{"blank", map[string]string{"D4": "<nil>"}, "D4", "units[2].policy_poor",
			`ô trống: cần một số nguyên từ 0 trở lên (ghi 0 nếu không có) (hộ nghèo thuộc chính sách giảm nghèo (CS GN), đơn vị "Xã Cam Thủy")`, ""},
		{"text", map[string]string{"C7": "khoảng 2000"}, "C7", "units[5].households",
			`ô ghi chữ "khoảng 2000", cần một số nguyên từ 0 trở lên (tổng số hộ, đơn vị "TT Cam Lộ")`, ""},
		{"thousands dot", map[string]string{"C7": "2.169,5"}, "C7", "units[5].households",
			`ô ghi chữ "2.169,5", cần một số nguyên từ 0 trở lên viết liền các chữ số, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (tổng số hộ, đơn vị "TT Cam Lộ")`, ""},
		{"fraction", map[string]string{"F3": "2.5"}, "F3", "units[1].reduction",
			`số 2,5 không phải số nguyên (chỉ tiêu hộ giảm nghèo, đơn vị "Xã Thanh An")`, ""},
		{"negative", map[string]string{"E9": "-3"}, "E9", "units[7].social_poor",
			`số âm (-3): cần một số nguyên từ 0 trở lên (hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH), đơn vị "Xã Cam Chính")`, ""},
		{"too large", map[string]string{"C2": "1000000000"}, "C2", "units[0].households",
			`số 1000000000 quá lớn: số hộ không quá 100000000 (tổng số hộ, đơn vị "Xã Cam Tuyền")`, ""},
		{"unknown unit", map[string]string{"B5": "Xã Cam An"}, "B5", "",
			`đơn vị "Xã Cam An" không có trong kế hoạch (các đơn vị: Xã Cam Tuyền, Xã Thanh An, Xã Cam Thủy, Xã Cam Hiếu, Xã Cam Thành, TT Cam Lộ, Xã Cam Nghĩa, Xã Cam Chính)`, "units[3]"},
		{"duplicate unit", map[string]string{"B5": "Xã Cam Tuyền"}, "B5", "units[0]",
			`đơn vị "Xã Cam Tuyền" có hai dòng: dòng 2 và dòng 5`, "units[3]"},
		{"wrong total", map[string]string{"C10": "1"}, "C10", "",
			`tổng cộng của cột "Tổng số hộ" (1) khác tổng các đơn vị (12280)`, ""},
		{"row after the total", map[string]string{"B11": "Xã Cam An"}, "B11", "",
			`dòng 11 nằm sau dòng Tổng cộng: xóa dòng này hoặc chuyển lên trên dòng Tổng cộng`, ""},
		{"long cell", map[string]string{"C3": strings.Repeat("9", maxCellText+1)}, "C3", "",
			fmt.Sprintf("ô có %d ký tự, quá giới hạn %d", maxCellText+1, maxCellText), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("so-lieu.xlsx", fill(t, tmpl, len(p.Units), tt.set), p)
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("got %v, want a dataerr.List", err)
			}
			want := dataerr.Error{File: "so-lieu.xlsx", Sheet: sheet, Cell: tt.cell, Field: tt.field, Message: tt.msg}
			if tt.also != "" {
				want2 := dataerr.Error{File: "so-lieu.xlsx", Sheet: sheet, Field: tt.also,
					Message: fmt.Sprintf("thiếu dòng của đơn vị %q", p.Units[4-1].Name)}
				if len(errs) != 2 || errs[1] != want2 {
					t.Errorf("got\n%s\nwant after the first\n%s", errs.Error(), want2.Error())
				}
				errs = errs[:1]
			}
			if len(errs) != 1 || errs[0] != want {
				t.Errorf("got\n%s\nwant\n%s", errs.Error(), want.Error())
			}
		})
	}
}

// TestReadMissingUnit checks a sheet without the row of a unit.
// TestReadUnfilled: a template sent back as it was gets one problem naming
// the range of its count cells, not one per cell; one blank cell among
// filled ones is still named by its cell.
func TestReadUnfilled(t *testing.T) {
	p := samplePlan(t)
	_, err := Read("so-lieu.xlsx", template(t, p), p)
	want := `so-lieu.xlsx, trang tính "Số liệu cuối năm 2021", ô C2:J9: bảng tính chưa được điền: cả 64 ô số liệu đều trống; các xã điền số liệu vào bảng tính rồi chạy lại.`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	_, err = Read("so-lieu.xlsx", fill(t, template(t, p), len(p.Units), map[string]string{"D4": "<nil>"}), p)
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Cell != "D4" {
		t.Errorf("one blank cell: got %v, want one problem at D4", err)
	}
}

func TestReadMissingUnit(t *testing.T) {
	p := samplePlan(t)
	data := fill(t, template(t, p), len(p.Units), map[string]string{"B6": "<nil>", "A6": "<nil>"})
	f, _ := excelize.OpenReader(bytes.NewReader(data))
	sheet := f.GetSheetList()[0]
	for col := 'C'; col <= 'J'; col++ {
		f.SetCellValue(sheet, string(col)+"6", nil)
	}
	var buf bytes.Buffer
	f.WriteTo(&buf)
	f.Close()
	_, err := Read("so-lieu.xlsx", buf.Bytes(), p)
	want := `so-lieu.xlsx, trang tính "Số liệu cuối năm 2021", trường units[4]: thiếu dòng của đơn vị "Xã Cam Thành".`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestReadHostile checks that files no sheet should be are refused before
// excelize reads them, with a reason.
func TestReadHostile(t *testing.T) {
	p := samplePlan(t)
	zipOf := func(entries map[string][]byte, declare func(*zip.FileHeader)) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, data := range entries {
			h := &zip.FileHeader{Name: name, Method: zip.Deflate}
			w, err := zw.CreateHeader(h)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(data)
		}
		zw.Close()
		return buf.Bytes()
	}
	bomb := zipOf(map[string][]byte{"xl/worksheets/sheet1.xml": bytes.Repeat([]byte{' '}, maxEntrySize+1)}, nil)
	many := map[string][]byte{}
	for i := range maxSheets + 1 {
		many[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = []byte("<x/>")
	}
	var rows strings.Builder
	rows.WriteString("STT,Đơn vị,Tổng số hộ\n")
	for range maxRows + 1 {
		rows.WriteString(",,\n")
	}
	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"too large", "a.xlsx", make([]byte, MaxFileSize+1), "lớn hơn 4 MiB"},
		{"not a zip", "a.xlsx", []byte("STT,Đơn vị"), "không phải tệp Excel .xlsx"},
		{"zip bomb", "a.xlsx", bomb, "giải nén ra hơn 16 MiB"},
		{"many sheets", "a.xlsx", zipOf(many, nil), "17 trang tính, nhiều hơn 16"},
		{"many rows", "a.csv", []byte(rows.String()), "hơn 1100 dòng"},
		{"bad CSV", "a.csv", []byte("STT,\"Đơn vị\n"), "lỗi cú pháp CSV"},
		{"empty CSV", "a.csv", nil, "bảng tính trống"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, tt.data, p)
			var errs dataerr.List
			if !errors.As(err, &errs) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want a data error saying %q", err, tt.want)
			}
		})
	}
}

// TestReadXLSXBounds checks the bounds on what a workbook holds, read
// after the zip passed: rows far down and cells far right.
func TestReadXLSXBounds(t *testing.T) {
	p := samplePlan(t)
	tests := []struct {
		name, cell, want string
	}{
		{"row far down", "B1048576", "trang tính có hơn 1100 dòng"},
		{"cell far right", "XFD5", "bảng tính có hơn 40 cột"},
	}
	filled := fill(t, template(t, p), len(p.Units), nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Written into the sheet's XML: excelize would write every row
			// up to the far one.
			row := strings.TrimLeft(tt.cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
			cell := fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>x</t></is></c>`, tt.cell)
			data := rewriteEntry(t, filled, "xl/worksheets/sheet1.xml", func(x string) string {
				if row == "5" {
					return strings.Replace(x, `</c></row><row r="6"`, `</c>`+cell+`</row><row r="6"`, 1)
				}
				return strings.Replace(x, "</sheetData>", `<row r="`+row+`">`+cell+`</row></sheetData>`, 1)
			})
			_, err := Read("a.xlsx", data, p)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func BenchmarkWriteXLSX(b *testing.B) {
	p := samplePlan(b)
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteXLSX(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadXLSX(b *testing.B) {
	p := samplePlan(b)
	data := fill(b, template(b, p), len(p.Units), nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("a.xlsx", data, p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadCSV(b *testing.B) {
	p := samplePlan(b)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for i := range p.Units {
		f := strings.Split(lines[i+1], ",")
		for j, n := range counts(i) {
			f[j+2] = fmt.Sprint(n)
		}
		lines[i+1] = strings.Join(f, ",")
	}
	data := []byte(strings.Join(lines, "\n"))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("a.csv", data, p); err != nil {
			b.Fatal(err)
		}
	}
}

// rewriteEntry returns the zip data with the entry name changed by change.
func rewriteEntry(t testing.TB, data []byte, name string, change func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		content := b.String()
		if f.Name == name {
			changed := change(content)
			if changed == content {
				t.Fatalf("%s unchanged", name)
			}
			content, found = changed, true
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil || !found {
		t.Fatalf("rewrite %s: %v, found %v", name, err, found)
	}
	return out.Bytes()
}

// TestReadManyMerged: every cell looked up goes through the merged ranges
// of the sheet, so a sheet with too many is refused.
func TestReadManyMerged(t *testing.T) {
	p := samplePlan(t)
	filled := fill(t, template(t, p), len(p.Units), nil)
	var merged strings.Builder
	fmt.Fprintf(&merged, `<mergeCells count="%d">`, maxMerged+1)
	for i := range maxMerged + 1 {
		fmt.Fprintf(&merged, `<mergeCell ref="L%d:M%d"/>`, i+20, i+20)
	}
	merged.WriteString(`</mergeCells>`)
	data := rewriteEntry(t, filled, "xl/worksheets/sheet1.xml", func(x string) string {
		return strings.Replace(x, "</sheetData>", "</sheetData>"+merged.String(), 1)
	})
	_, err := Read("a.xlsx", data, p)
	want := `a.xlsx, trang tính "Số liệu cuối năm 2021": trang tính có hơn 1000 vùng ô gộp.`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
