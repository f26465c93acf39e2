package figures

import (
	"fmt"
	"strconv"
	"strings"
)

// sheetYear returns the year a sheet's name marks it for, as Title names
// the sheet of a template, and whether it is so named.
func sheetYear(name string) (int, bool) {
	key := fold(name)
	rest, ok := strings.CutPrefix(key, strings.ToLower(sheetTitle))
	if !ok || !isDigits(rest) || len(rest) > 4 {
		return 0, false
	}
	y, err := strconv.Atoi(rest)
	return y, err == nil
}

// pickSheet returns the sheet of a workbook that holds the figures at the
// end of year, or the Vietnamese reason why there is none to read: the
// one sheet named for year, or a workbook's only sheet whatever its name.
// A sheet named for another year is never read, and neither is one of
// several sheets when which is meant is a guess.
func pickSheet(sheets []string, year int) (string, string) {
	want := sheetTitle + strconv.Itoa(year)
	var named, right []string
	for _, s := range sheets {
		y, ok := sheetYear(s)
		if !ok {
			continue
		}
		named = append(named, s)
		if y == year {
			right = append(right, s)
		}
	}
	switch {
	case len(named) > 1:
		return "", fmt.Sprintf("bảng tính có %d trang tính số liệu (%s): kehoach không đoán trang nào là trang các xã đã điền; "+
			"kế hoạch năm %d cần số liệu cuối năm %d, trang %q: giữ lại một trang đó (xóa hoặc chép các trang kia sang tệp khác) rồi chạy lại",
			len(named), quoteAll(named), year, year, want)
	case len(right) == 1:
		return right[0], ""
	case len(named) == 1:
		y, _ := sheetYear(named[0])
		return "", fmt.Sprintf("trang tính %q là số liệu cuối năm %d (bảng tính lập cho kế hoạch năm %d), "+
			"nhưng kế hoạch năm %d cần số liệu cuối năm %d: lập bảng tính mới bằng \"kehoach figures-template\" từ tệp dữ liệu năm %d, "+
			"hoặc nếu đúng là số liệu cuối năm %d thì đổi tên trang thành %q",
			named[0], y, y, year, year, year, year, want)
	case len(sheets) > 1:
		return "", fmt.Sprintf("bảng tính có %d trang tính (%s) mà không trang nào tên %q: "+
			"đổi tên trang các xã đã điền thành %q rồi chạy lại", len(sheets), quoteAll(sheets), want, want)
	}
	return sheets[0], ""
}

// quoteAll quotes each name and joins them with commas.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// headerYear checks the year a heading of col ends with, if any: the
// template marks the reduction column with the year of the target, next.
func (c *checker) headerYear(h string, j int, col Column, next int) {
	key := fold(h)
	i := strings.LastIndex(key, " năm ")
	if i < 0 || col.Key != "reduction" {
		return
	}
	digits := key[i+len(" năm "):]
	if !isDigits(digits) || len(digits) > 4 {
		return
	}
	y, _ := strconv.Atoi(digits)
	if y == next {
		return
	}
	c.add(cellName(0, j), "", "cột %q là chỉ tiêu năm %d (bảng tính lập cho kế hoạch năm %d), nhưng kế hoạch năm %d cần chỉ tiêu năm %d: "+
		"lập bảng tính mới bằng \"kehoach figures-template\" từ tệp dữ liệu năm %d",
		strings.TrimSpace(h), y, y-1, next-1, next, next-1)
}
