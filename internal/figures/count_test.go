package figures

import (
	"errors"
	"os"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// TestReadTypedNumbers checks what a clerk's numbers become: a count with
// a dot between thousands, which a spreadsheet set for English numbers
// reads as a fraction or a number a thousand times smaller, or which stays
// text; a formula no program computed; numbers typed as text, which a
// spreadsheet's SUM leaves out. The plan gives 1779 households for Xã Cam
// Hiếu (row 5) and 2706 for Xã Thanh An (row 3), and a reduction of 6 for
// Xã Thanh An.
func TestReadTypedNumbers(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	tests := []struct {
		name string
		csv  bool
		set  map[string]string
		cell string
		// field is the field of the cell; empty for a total.
		field, msg string
	}{
		{"1.000 read as 1", false, map[string]string{"C5": "1"}, "C5", "units[3].households",
			`số 1, trong khi kế hoạch năm 2021 ghi 1779: có lẽ bạn định gõ 1.000 (một nghìn) nhưng bảng tính hiểu dấu chấm là dấu thập phân nên đọc thành 1? ` +
				`Hãy gõ 1000, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Cam Hiếu")`},
		{"2.000 read as 2", false, map[string]string{"C3": "2"}, "C3", "units[1].households",
			`số 2, trong khi kế hoạch năm 2021 ghi 2706: có lẽ bạn định gõ 2.000 (hai nghìn) nhưng bảng tính hiểu dấu chấm là dấu thập phân nên đọc thành 2? ` +
				`Hãy gõ 2000, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Thanh An")`},
		{"2.710 read as 2.71", false, map[string]string{"C3": "n:2.71"}, "C3", "units[1].households",
			`số 2,71 không phải số nguyên; có lẽ bạn định gõ 2.710 (hai nghìn bảy trăm mười) nhưng bảng tính hiểu dấu chấm là dấu thập phân? ` +
				`Hãy gõ 2710, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Thanh An")`},
		{"a fraction no thousands explain", false, map[string]string{"F3": "n:2.5"}, "F3", "units[1].reduction",
			`số 2,5 không phải số nguyên (chỉ tiêu hộ giảm nghèo, đơn vị "Xã Thanh An")`},
		{"1.460 as text, far from the plan", false, map[string]string{"D5": "s:1.460"}, "D5", "units[3].policy_poor",
			`ô ghi "1.460": có lẽ là 1460 (một nghìn bốn trăm sáu mươi), với dấu chấm ngăn cách hàng nghìn? ` +
				`Hãy gõ 1460, viết liền các chữ số, không có dấu chấm (bảng tính có thể hiểu dấu chấm là dấu thập phân) ` +
				`(hộ nghèo thuộc chính sách giảm nghèo (CS GN), đơn vị "Xã Cam Hiếu")`},
		{"1,460 as text, far from the plan", false, map[string]string{"D5": "s:1,460"}, "D5", "units[3].policy_poor",
			`ô ghi "1,460": có lẽ là 1460 (một nghìn bốn trăm sáu mươi), với dấu phẩy ngăn cách hàng nghìn? ` +
				`Hãy gõ 1460, viết liền các chữ số, không có dấu phẩy (bảng tính có thể hiểu dấu phẩy là dấu thập phân) ` +
				`(hộ nghèo thuộc chính sách giảm nghèo (CS GN), đơn vị "Xã Cam Hiếu")`},
		{"1.000 in a CSV, far from the plan", true, map[string]string{"F3": "1.000"}, "F3", "units[1].reduction",
			`ô ghi "1.000": có lẽ là 1000 (một nghìn), với dấu chấm ngăn cách hàng nghìn? ` +
				`Hãy gõ 1000, viết liền các chữ số, không có dấu chấm (bảng tính có thể hiểu dấu chấm là dấu thập phân) (chỉ tiêu hộ giảm nghèo, đơn vị "Xã Thanh An")`},
		{"1.460 in a CSV, far from the plan", true, map[string]string{"D5": "1.460"}, "D5", "units[3].policy_poor",
			`ô ghi "1.460": có lẽ là 1460 (một nghìn bốn trăm sáu mươi), với dấu chấm ngăn cách hàng nghìn? ` +
				`Hãy gõ 1460, viết liền các chữ số, không có dấu chấm (bảng tính có thể hiểu dấu chấm là dấu thập phân) ` +
				`(hộ nghèo thuộc chính sách giảm nghèo (CS GN), đơn vị "Xã Cam Hiếu")`},
		{"1.460 as text left out of the sum", false, map[string]string{"C5": "s:1.460", "C10": "10750"}, "C10", "",
			`tổng cộng của cột "Tổng số hộ" (10750) khác tổng các đơn vị (12210); có lẽ vì ô C5 ghi số 1460 dưới dạng chữ (văn bản), ` +
				`nên hàm SUM của bảng tính không cộng ô này: xóa ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại`},
		{"2.71 in a CSV", true, map[string]string{"C3": "2.71"}, "C3", "units[1].households",
			`số 2,71 không phải số nguyên; có lẽ bạn định gõ 2.710 (hai nghìn bảy trăm mười) nhưng bảng tính hiểu dấu chấm là dấu thập phân? ` +
				`Hãy gõ 2710, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Thanh An")`},
		{"1 in a CSV", true, map[string]string{"C5": "1"}, "C5", "units[3].households",
			`số 1, trong khi kế hoạch năm 2021 ghi 1779: có lẽ bạn định gõ 1.000 (một nghìn) nhưng bảng tính hiểu dấu chấm là dấu thập phân nên đọc thành 1? ` +
				`Hãy gõ 1000, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Cam Hiếu")`},
		{"formula not computed", false, map[string]string{"C5": "f:1000+530"}, "C5", "units[3].households",
			`ô có công thức =1000+530 nhưng chưa có giá trị: chương trình lưu tệp đã không tính công thức; ` +
				`mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại, hoặc gõ thẳng số vào ô (tổng số hộ, đơn vị "Xã Cam Hiếu")`},
		{"a number as text", false, map[string]string{"C5": "s:1530", "C10": "10750"}, "C10", "",
			`tổng cộng của cột "Tổng số hộ" (10750) khác tổng các đơn vị (12280); có lẽ vì ô C5 ghi số 1530 dưới dạng chữ (văn bản), ` +
				`nên hàm SUM của bảng tính không cộng ô này: xóa ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại`},
		{"numbers as text", false, map[string]string{"C5": "s:1530", "C7": "s:1550", "C10": "9200"}, "C10", "",
			`tổng cộng của cột "Tổng số hộ" (9200) khác tổng các đơn vị (12280); có lẽ vì các ô C5, C7 ghi số dưới dạng chữ (văn bản, tổng cộng 3080), ` +
				`nên hàm SUM của bảng tính không cộng các ô này: xóa từng ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, sheet := "so-lieu.xlsx", Title(p)
			var data []byte
			if tt.csv {
				name, sheet, data = "so-lieu.csv", "", filledCSV(t, p, tt.set)
			} else {
				data = fill(t, tmpl, len(p.Units), tt.set)
			}
			_, err := Read(name, data, p)
			want := dataerr.Error{File: name, Sheet: sheet, Cell: tt.cell, Field: tt.field, Message: tt.msg}
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != 1 || errs[0] != want {
				t.Errorf("got\n%v\nwant\n%s", err, want.Error())
			}
		})
	}
}

// TestReadTypedNumbersAccepted checks the cells that are read as they are:
// a number typed as text when the sheet's total agrees, a formula with its
// value, and counts of any size the plan does not contradict.
func TestReadTypedNumbersAccepted(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	tests := []struct {
		name string
		set  map[string]string
	}{
		{"a number as text, the total agrees", map[string]string{"C5": "s:1530", "C10": "12280"}},
		{"a small breakdown count", map[string]string{"G2": "1"}},
		{"a small reduction", map[string]string{"F3": "1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("so-lieu.xlsx", fill(t, tmpl, len(p.Units), tt.set), p)
			if err != nil {
				t.Fatal(err)
			}
			if tt.set["C5"] == "s:1530" && s.Units[3].Households != 1530 {
				t.Errorf("households of unit 3 = %d, want 1530", s.Units[3].Households)
			}
		})
	}
}

// TestReadGroupedCounts checks the counts written with separators between
// thousands that are read: as text in a workbook or in a CSV, each near
// the plan's count of its unit (1779 households for Xã Cam Hiếu, row 5;
// 2706 for Xã Thanh An, row 3).
func TestReadGroupedCounts(t *testing.T) {
	p := samplePlan(t)
	tmpl := template(t, p)
	tests := []struct {
		name  string
		csv   bool
		set   map[string]string
		unit  int
		house int
	}{
		{"1.000 in a CSV", true, map[string]string{"C5": "1.000"}, 3, 1000},
		{"1,530 in a CSV", true, map[string]string{"C5": "1,530"}, 3, 1530},
		{"2.710 in a CSV", true, map[string]string{"C3": "2.710"}, 1, 2710},
		{"1.460 as text, the total agrees", false, map[string]string{"C5": "s:1.460", "C10": "12210"}, 3, 1460},
		{"1,460 as text, the total agrees", false, map[string]string{"C5": "s:1,460", "C10": "12210"}, 3, 1460},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, data := "so-lieu.xlsx", []byte(nil)
			if tt.csv {
				name, data = "so-lieu.csv", filledCSV(t, p, tt.set)
			} else {
				data = fill(t, tmpl, len(p.Units), tt.set)
			}
			s, err := Read(name, data, p)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Units[tt.unit].Households; got != tt.house {
				t.Errorf("households of unit %d = %d, want %d", tt.unit, got, tt.house)
			}
		})
	}
}

// TestReadLibreOffice reads two workbooks LibreOffice Calc saved, set for
// English numbers, from the CSV template filled with the counts of the
// tests (made with soffice --headless --convert-to xlsx, with the CSV
// filter's language set to English (USA), 1033):
//
//   - typed-dots.xlsx: "2.710" typed in C3 and "1.000" in C5, which Calc
//     stored as the numbers 2.71 and 1, in General format, and summed;
//   - number-as-text.xlsx: "1530" in C5 kept as text (the CSV field
//     quoted, imported with quoted fields as text), which Calc's SUM in
//     C10 leaves out: 10750, not 12280.
func TestReadLibreOffice(t *testing.T) {
	p := samplePlan(t)
	const sheet = "Số liệu cuối năm 2021"
	tests := []struct {
		file string
		want dataerr.List
	}{
		{"typed-dots.xlsx", dataerr.List{
			{Cell: "C3", Field: "units[1].households", Message: `số 2,71 không phải số nguyên; có lẽ bạn định gõ 2.710 (hai nghìn bảy trăm mười) ` +
				`nhưng bảng tính hiểu dấu chấm là dấu thập phân? Hãy gõ 2710, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Thanh An")`},
			{Cell: "C5", Field: "units[3].households", Message: `số 1, trong khi kế hoạch năm 2021 ghi 1779: có lẽ bạn định gõ 1.000 (một nghìn) ` +
				`nhưng bảng tính hiểu dấu chấm là dấu thập phân nên đọc thành 1? Hãy gõ 1000, viết liền các chữ số, không có dấu chấm (tổng số hộ, đơn vị "Xã Cam Hiếu")`},
		}},
		{"number-as-text.xlsx", dataerr.List{
			{Cell: "C10", Message: `tổng cộng của cột "Tổng số hộ" (10750) khác tổng các đơn vị (12280); có lẽ vì ô C5 ghi số 1530 dưới dạng chữ (văn bản), ` +
				`nên hàm SUM của bảng tính không cộng ô này: xóa ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Read(tt.file, data, p)
			for i := range tt.want {
				tt.want[i].File, tt.want[i].Sheet = tt.file, sheet
			}
			var errs dataerr.List
			if !errors.As(err, &errs) || errs.Error() != tt.want.Error() {
				t.Errorf("got\n%v\nwant\n%s", err, tt.want.Error())
			}
		})
	}
}
