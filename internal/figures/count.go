package figures

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/vnfmt"
)

// groupedRE is a count written with a separator between thousands,
// "1.460", "12,000", "1.234.567".
var groupedRE = regexp.MustCompile(`^[1-9][0-9]{0,2}(\.[0-9]{3})+$|^[1-9][0-9]{0,2}(,[0-9]{3})+$`)

// thousandthsRE is a number with one to three decimals, as a workbook
// keeps it (without a separator between thousands) or a CSV file writes
// it: what a spreadsheet set for English numbers makes of "1.460" typed in
// it (1.46).
var thousandthsRE = regexp.MustCompile(`^([1-9][0-9]{0,2})\.([0-9]{1,3})$`)

// readCount reads the count of a unit from the cell at row r and column j
// of g, or says in Vietnamese why it reads none. old is the plan's count
// of the same unit and column, if hasOld, and year the plan's year.
//
// A Vietnamese clerk writes "." between thousands, which a spreadsheet set
// for English numbers takes for a decimal point: "1.460" typed becomes the
// number 1.46, "1.000" the number 1, and the file keeps no trace of the
// dot (the format stays General). A text cell (and every cell of a CSV)
// keeps the dot, or a comma between thousands: such a count is read where
// that is unambiguous, and else refused, naming what it likely means.
// Unambiguous means: groups of three digits, all with the same separator
// ("1.657", "1,657", "1.234.567", never "1.65", "1,5" or "1.234,5"), and
// the plan's count of the same unit and column within half and twice the
// number so read, as a count grows or shrinks in a year. A count is whole,
// so "1.657" can mean nothing but 1657 or a mistake; the plan's count
// tells the two apart. Without the plan's count (a new column), or far
// from it, the cell is refused with the likely number in figures and words. A number of a workbook or a CSV with
// three decimals or fewer is refused as any fraction, with the thousands
// it likely meant when that is near the plan's count or the plan has none. A whole number some thousand times
// smaller than the plan's count, the only trace "1.000" leaves, is refused
// too, for it is no count a commune can have.
func readCount(g *grid, r, j, old int, hasOld bool, year int) (int, string) {
	v := strings.TrimSpace(at(g.rows[r], j))
	if v == "" || strings.ContainsAny(v, ".,") {
		l := g.lookAt(r, j)
		switch {
		case v == "" && l.formula != "":
			return 0, fmt.Sprintf("ô có công thức =%s nhưng chưa có giá trị: chương trình lưu tệp đã không tính công thức; "+
				"mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại, hoặc gõ thẳng số vào ô", shorten(l.formula))
		case l.text && groupedRE.MatchString(v):
			sep := "dấu chấm"
			if strings.Contains(v, ",") {
				sep = "dấu phẩy"
			}
			n := grouped(v)
			if hasOld && near(n, old) {
				return n, ""
			}
			return 0, fmt.Sprintf("ô ghi %q: có lẽ là %d (%s), với %s ngăn cách hàng nghìn? "+
				"Hãy gõ %d, viết liền các chữ số, không có %s (bảng tính có thể hiểu %s là dấu thập phân)",
				v, n, words(n), sep, n, sep, sep)
		case !l.text || g.look == nil:
			if m := thousandthsRE.FindStringSubmatch(v); m != nil {
				whole, _ := strconv.Atoi(m[1])
				frac, _ := strconv.Atoi((m[2] + "00")[:3])
				if n := whole*1000 + frac; !hasOld || near(n, old) {
					return 0, fmt.Sprintf("số %s không phải số nguyên; có lẽ bạn định gõ %s (%s) nhưng bảng tính hiểu dấu chấm là dấu thập phân? "+
						"Hãy gõ %d, viết liền các chữ số, không có dấu chấm", strings.ReplaceAll(v, ".", ","), vnfmt.Int(n), words(n), n)
				}
			}
		}
	}
	n, msg := parseCount(v)
	if msg == "" && hasOld && n > 0 && n < 1000 && near(n*1000, old) {
		return 0, fmt.Sprintf("số %d, trong khi kế hoạch năm %d ghi %d: có lẽ bạn định gõ %s (%s) nhưng bảng tính hiểu dấu chấm là dấu thập phân nên đọc thành %d? "+
			"Hãy gõ %d, viết liền các chữ số, không có dấu chấm", n, year, old, vnfmt.Int(n*1000), words(n*1000), n, n*1000)
	}
	return n, msg
}

// grouped returns the count v writes with separators between thousands,
// "1.657" or "1,657": 1657. v matches groupedRE.
func grouped(v string) int {
	n, _ := strconv.Atoi(strings.NewReplacer(".", "", ",", "").Replace(v))
	return n
}

// near reports whether n is within half and twice old, a positive count.
func near(n, old int) bool {
	return old > 0 && 2*n >= old && n <= 2*old
}
