package figures

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// sheetYear returns the year a sheet's name marks it for, as the form's
// template names its sheet, and whether it is so named.
func (f *form) sheetYear(name string) (int, bool) {
	key := plan.NameKey(name)
	rest, ok := strings.CutPrefix(key, plan.NameKey(f.title)+" ")
	if !ok || !isDigits(rest) || len(rest) > 4 {
		return 0, false
	}
	y, err := strconv.Atoi(rest)
	return y, err == nil
}

// pickSheet returns the sheet of a workbook that holds the form's figures
// for the plan of year, or the Vietnamese reason why there is none to
// read: the one sheet named for year, or a workbook's only sheet whatever
// its name, unless that name is another form's. A sheet named for another
// year is never read, and neither is one of several sheets when which is
// meant is a guess.
func (f *form) pickSheet(sheets []string, year int) (string, string) {
	want := f.sheetName(year)
	var named, right []string
	for _, s := range sheets {
		y, ok := f.sheetYear(s)
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
			"%s năm %d cần %s, trang %q: giữ lại một trang đó (xóa hoặc chép các trang kia sang tệp khác) rồi chạy lại",
			len(named), vnfmt.Names(named), f.doc, year, f.data(year), want)
	case len(right) == 1:
		return right[0], ""
	case len(named) == 1:
		y, _ := f.sheetYear(named[0])
		return "", fmt.Sprintf("trang tính %q là %s (bảng tính lập cho %s năm %d), "+
			"nhưng %s năm %d cần %s: lập bảng tính mới bằng %s, "+
			"hoặc nếu đúng là %s thì đổi tên trang thành %q",
			named[0], f.data(y), f.doc, y, f.doc, year, f.data(year), f.remake(year), f.data(year), want)
	case len(sheets) > 1:
		return "", fmt.Sprintf("bảng tính có %d trang tính (%s) mà không trang nào tên %q: "+
			"đổi tên trang các xã đã điền thành %q rồi chạy lại", len(sheets), vnfmt.Names(sheets), want, want)
	}
	for _, o := range forms {
		if y, ok := o.sheetYear(sheets[0]); ok && o != f {
			return "", fmt.Sprintf("trang tính %q là bảng tính lập cho %s năm %d, không phải cho %s: lập bảng tính mới bằng %s",
				sheets[0], o.doc, y, f.doc, f.remake(year))
		}
	}
	return sheets[0], ""
}

// headerYear checks the year a heading h of col ends with, if any,
// against the year the template marks for the plan of year. A sheet of
// another year has its first such heading named, and no more.
func (c *checker) headerYear(h string, j int, col Column, year int) {
	key := plan.NameKey(h)
	i := strings.LastIndex(key, " năm ")
	if i < 0 || col.mark == noMark || c.yearNamed {
		return
	}
	digits := key[i+len(" năm "):]
	if !isDigits(digits) || len(digits) > 4 {
		return
	}
	y, _ := strconv.Atoi(digits)
	want := year + col.mark
	if y == want {
		return
	}
	c.yearNamed = true
	f := c.form
	c.add(cellName(0, j), "", "cột %q là %s năm %d (bảng tính lập cho %s năm %d), nhưng %s năm %d cần %s năm %d: "+
		"lập bảng tính mới bằng %s",
		strings.TrimSpace(h), f.what, y, f.doc, y-col.mark, f.doc, year, f.what, want, f.remake(year))
}
