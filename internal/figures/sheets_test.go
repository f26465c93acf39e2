package figures

import (
	"bytes"
	"errors"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// planOf returns a copy of p made for year.
func planOf(p *plan.Plan, year int) *plan.Plan {
	q := *p
	q.Document.Year = year
	return &q
}

// workbook returns data, a workbook, changed by change.
func workbook(t *testing.T, data []byte, change func(f *excelize.File) error) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := change(f); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// addSheet adds a copy of the first sheet named name, after the others.
func addSheet(name string) func(f *excelize.File) error {
	return func(f *excelize.File) error {
		i, err := f.NewSheet(name)
		if err != nil {
			return err
		}
		return f.CopySheet(0, i)
	}
}

// TestReadWhichSheet checks which sheet of a workbook is read for the plan
// of 2021: the one named for the end of 2021, the only one whatever its
// name, and none when the sheet is made for another year or when which
// sheet is meant would be a guess.
func TestReadWhichSheet(t *testing.T) {
	p := samplePlan(t)
	this := fill(t, template(t, p), len(p.Units), nil)
	last := fill(t, template(t, planOf(p, 2020)), len(p.Units), nil)
	rename := func(name string) func(f *excelize.File) error {
		return func(f *excelize.File) error { return f.SetSheetName(f.GetSheetName(0), name) }
	}
	both := func(f *excelize.File) error {
		if err := addSheet("Ghi chú")(f); err != nil {
			return err
		}
		return rename("Sheet1")(f)
	}
	tests := []struct {
		name string
		data []byte
		// sheet is the sheet read; empty when the workbook is refused.
		sheet string
		want  dataerr.Error
	}{
		{"this year's sheet", this, "Số liệu cuối năm 2021", dataerr.Error{}},
		{"the only sheet, renamed", workbook(t, this, rename("Cam Lộ")), "Cam Lộ", dataerr.Error{}},
		{"this year's sheet and notes", workbook(t, this, addSheet("Ghi chú")), "Số liệu cuối năm 2021", dataerr.Error{}},
		{"this year's sheet, then last year's", workbook(t, this, addSheet("Số liệu cuối năm 2020")), "",
			dataerr.Error{Message: `bảng tính có 2 trang tính số liệu ("Số liệu cuối năm 2021", "Số liệu cuối năm 2020"): ` +
				`kehoach không đoán trang nào là trang các xã đã điền; kế hoạch năm 2021 cần số liệu cuối năm 2021, trang "Số liệu cuối năm 2021": ` +
				`giữ lại một trang đó (xóa hoặc chép các trang kia sang tệp khác) rồi chạy lại`}},
		{"last year's sheet", last, "",
			dataerr.Error{Message: `trang tính "Số liệu cuối năm 2020" là số liệu cuối năm 2020 (bảng tính lập cho kế hoạch năm 2020), ` +
				`nhưng kế hoạch năm 2021 cần số liệu cuối năm 2021: lập bảng tính mới bằng "kehoach figures-template" từ tệp dữ liệu năm 2021, ` +
				`hoặc nếu đúng là số liệu cuối năm 2021 thì đổi tên trang thành "Số liệu cuối năm 2021"`}},
		{"last year's sheet, renamed", workbook(t, last, rename("Sheet1")), "",
			dataerr.Error{Sheet: "Sheet1", Cell: "F1", Message: `cột "Chỉ tiêu hộ giảm nghèo năm 2021" là chỉ tiêu năm 2021 (bảng tính lập cho kế hoạch năm 2020), ` +
				`nhưng kế hoạch năm 2021 cần chỉ tiêu năm 2022: lập bảng tính mới bằng "kehoach figures-template" từ tệp dữ liệu năm 2021`}},
		{"two sheets, neither named", workbook(t, this, both), "",
			dataerr.Error{Message: `bảng tính có 2 trang tính ("Sheet1", "Ghi chú") mà không trang nào tên "Số liệu cuối năm 2021": ` +
				`đổi tên trang các xã đã điền thành "Số liệu cuối năm 2021" rồi chạy lại`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("so-lieu.xlsx", tt.data, p)
			if tt.sheet != "" {
				if err != nil || s.Name != tt.sheet {
					t.Fatalf("got %v, want sheet %q read", err, tt.sheet)
				}
				checkCounts(t, p, s)
				return
			}
			tt.want.File = "so-lieu.xlsx"
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != 1 || errs[0] != tt.want {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want.Error())
			}
		})
	}
}

// TestReadCSVOtherYear: a CSV file has no sheet name; the heading of the
// reduction tells the year it was made for.
func TestReadCSVOtherYear(t *testing.T) {
	p := samplePlan(t)
	_, err := Read("so-lieu.csv", filledCSV(t, planOf(p, 2020), nil), p)
	want := `so-lieu.csv, ô F1: cột "Chỉ tiêu hộ giảm nghèo năm 2021" là chỉ tiêu năm 2021 (bảng tính lập cho kế hoạch năm 2020), ` +
		`nhưng kế hoạch năm 2021 cần chỉ tiêu năm 2022: lập bảng tính mới bằng "kehoach figures-template" từ tệp dữ liệu năm 2021.`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
