package figures

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// wantHeadings is the one problem that ends a header's problems: the
// headings of the template, listed once.
const wantHeadings = `dòng tiêu đề cần các cột "STT", "Đơn vị", "Tổng số hộ", "Hộ nghèo thuộc chính sách giảm nghèo (CS GN)", ` +
	`"Hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH)", "Chỉ tiêu hộ giảm nghèo", "Hộ đồng bào dân tộc thiểu số (DTTS)", ` +
	`"Hộ nghèo đồng bào DTTS", "Hộ cận nghèo", "Hộ cận nghèo đồng bào DTTS" (cột "Ghi chú", cột trống và cột ẩn được bỏ qua)`

// TestReadHeaderProblems checks that the headings a sheet gets wrong are
// each named by their cell, and the template's headings listed once at the
// end, however many there are.
func TestReadHeaderProblems(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	tests := []struct {
		name string
		set  map[string]string
		want dataerr.List
	}{
		{"an unknown column", map[string]string{"K1": "Số khẩu", "K2": "x"}, dataerr.List{
			{Cell: "K1", Message: `cột có tiêu đề lạ "Số khẩu"`},
			{Message: wantHeadings},
		}},
		{"three unknown columns", map[string]string{"K1": "Số khẩu", "L1": "Số người", "M1": "Thôn"}, dataerr.List{
			{Cell: "K1", Message: `cột có tiêu đề lạ "Số khẩu"`},
			{Cell: "L1", Message: `cột có tiêu đề lạ "Số người"`},
			{Cell: "M1", Message: `cột có tiêu đề lạ "Thôn"`},
			{Message: wantHeadings},
		}},
		{"a heading changed", map[string]string{"C1": "Số hộ"}, dataerr.List{
			{Cell: "C1", Message: `cột có tiêu đề lạ "Số hộ"`},
			{Message: `thiếu cột "Tổng số hộ" ở dòng tiêu đề`},
			{Message: wantHeadings},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("so-lieu.xlsx", fill(t, tmpl, len(p.Units), tt.set), p)
			for i := range tt.want {
				tt.want[i].File, tt.want[i].Sheet = "so-lieu.xlsx", Title(p)
			}
			var errs dataerr.List
			if !errors.As(err, &errs) || errs.Error() != tt.want.Error() {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want.Error())
			}
			if n := strings.Count(err.Error(), `"Hộ cận nghèo đồng bào DTTS"`); n != 1 {
				t.Errorf("the headings are listed %d times, want once", n)
			}
		})
	}
}

// TestReadIgnoredColumns checks that the columns a commune adds and
// kehoach does not read are left alone: notes, a column without a
// heading, a hidden column, whatever they hold.
func TestReadIgnoredColumns(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	tests := []struct {
		name string
		set  map[string]string
		hide string
	}{
		{"notes", map[string]string{"K1": "Ghi chú", "K2": "số liệu tạm", "K3": "1.5"}, ""},
		{"notes of the commune", map[string]string{"K1": "ghi chú của xã", "K2": "x"}, ""},
		{"no heading", map[string]string{"K2": "x", "K5": "12"}, ""},
		{"hidden", map[string]string{"K1": "Cột phụ", "K2": "x"}, "K"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := fill(t, tmpl, len(p.Units), tt.set)
			if tt.hide != "" {
				data = hideCol(t, data, tt.hide)
			}
			s, err := Read("so-lieu.xlsx", data, p)
			if err != nil {
				t.Fatal(err)
			}
			checkCounts(t, p, s)
		})
	}
	// A CSV with notes, and an empty column between counts.
	s, err := Read("so-lieu.csv", filledCSVWith(t, p, func(rows [][]string) {
		for i := range rows {
			note := ""
			if i == 0 {
				note = "Ghi chú"
			}
			rows[i] = append(rows[i][:4], append([]string{"", note}, rows[i][4:]...)...)
		}
	}), p)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, p, s)
}

// hideCol hides column col of the workbook's first sheet.
func hideCol(t *testing.T, data []byte, col string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.SetColVisible(f.GetSheetList()[0], col, false); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
