package figures

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// checker collects the problems of one sheet.
type checker struct {
	form        *form
	name, sheet string
	errs        dataerr.List
	more        int // problems beyond maxProblems, not kept
	// long holds the cells already reported for their length.
	long map[string]bool
	// yearNamed tells a heading of another year already reported, and
	// foreign one of another form's column.
	yearNamed, foreign bool
}

func (c *checker) add(cell, field, format string, args ...any) {
	if len(c.errs) >= maxProblems {
		c.more++
		return
	}
	c.errs = append(c.errs, dataerr.Error{File: c.name, Sheet: c.sheet, Cell: cell, Field: field,
		Message: fmt.Sprintf(format, args...)})
}

// cellName names the cell at row and column, both from 0: "C7".
func cellName(row, col int) string {
	s, _ := excelize.CoordinatesToCellName(col+1, row+1)
	return s
}

// check reads the counts of p's units from g, a sheet of form f: it finds
// the columns by their headings, the units by their names, and checks
// every count and the total row. In a commune's copy (part), a unit's row
// whose counts are all empty is another copy's, and a unit may have no
// row.
func check(f *form, name string, g *grid, p *plan.Plan, part bool) (*Sheet, error) {
	c := &checker{form: f, name: name, sheet: g.sheet, long: map[string]bool{}}
	s := &Sheet{Name: g.sheet, cells: map[string]string{}}
	f.alloc(s, p)
	if len(g.rows) == 0 {
		c.add("", "", "bảng tính trống: cần dòng tiêu đề (%s, %s, %s…) và mỗi đơn vị một dòng", headerNo, headerName, f.columns[0].Header)
		return nil, c.errs
	}
	nameCol, cols := c.header(g, p.Document.Year)
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	if f.blankOptional {
		cols = filled(g, nameCol, cols)
	}
	index := make(map[string]int, len(p.Units))
	for i, u := range p.Units {
		index[unitKey(u.Name)] = i
	}
	seen := make([]int, len(p.Units)) // row of each unit, from 1; 0 unseen
	totalRow := -1
	var counts, blanks int // count cells read, and those left blank
	var firstCell, lastCell string
	for r := 1; r < len(g.rows); r++ {
		row := g.rows[r]
		if !c.bounded(row, r) || blankRow(row) {
			continue
		}
		label := strings.TrimPrefix(at(row, nameCol), "'")
		switch {
		case totalRow >= 0:
			c.add(cellName(r, nameCol), "", "dòng %d nằm sau dòng %s: xóa dòng này hoặc chuyển lên trên dòng %s", r+1, totalLabel, totalLabel)
			continue
		case headerKey(label) == headerKey(totalLabel):
			totalRow = r
			continue
		case strings.TrimSpace(label) == "":
			c.add(cellName(r, nameCol), "", "thiếu tên đơn vị ở dòng %d", r+1)
			continue
		}
		i, ok := index[unitKey(label)]
		switch {
		case !ok:
			c.add(cellName(r, nameCol), "", "đơn vị %q không có trong kế hoạch (các đơn vị: %s)", strings.TrimSpace(label), unitNames(p))
			continue
		case part && countsBlank(row, cols):
			continue
		case seen[i] > 0:
			c.add(cellName(r, nameCol), fmt.Sprintf("units[%d]", i), "đơn vị %q có hai dòng: dòng %d và dòng %d", p.Units[i].Name, seen[i], r+1)
			continue
		}
		seen[i] = r + 1
		for _, k := range cols {
			field := fmt.Sprintf("units[%d].%s", i, k.col.Key)
			cell := cellName(r, k.at)
			s.cells[field] = cell
			if c.long[cell] {
				continue
			}
			if counts++; firstCell == "" {
				firstCell = cell
			}
			lastCell = cell
			if strings.TrimSpace(at(row, k.at)) == "" {
				blanks++
			}
			old, hasOld := k.col.start(&p.Units[i])
			n, msg := readCount(g, r, k.at, old, hasOld, p.Document.Year)
			if msg != "" {
				c.add(cell, field, "%s (%s, đơn vị %q)", msg, strings.ToLower(k.col.Header[:1])+k.col.Header[1:], p.Units[i].Name)
				continue
			}
			k.col.set(s, i, n)
		}
	}
	for i, r := range seen {
		if r == 0 && !part {
			c.add("", fmt.Sprintf("units[%d]", i), "thiếu dòng của đơn vị %q", p.Units[i].Name)
		}
	}
	if counts > 0 && blanks == counts {
		// A sheet sent back unfilled: one problem, not one per cell.
		return nil, dataerr.List{{File: name, Sheet: g.sheet, Cell: firstCell + ":" + lastCell,
			Message: fmt.Sprintf("bảng tính chưa được điền: cả %d ô số liệu đều trống; các xã điền số liệu vào bảng tính rồi chạy lại", counts)}}
	}
	if len(c.errs) == 0 && totalRow >= 0 {
		c.total(g, totalRow, cols, s, seen)
	}
	if c.more > 0 {
		c.add("", "", "còn %d lỗi nữa không liệt kê", c.more)
	}
	if len(c.errs) > 0 {
		return nil, c.errs
	}
	for _, k := range cols {
		s.Columns = append(s.Columns, k.col)
	}
	s.rows = seen
	return s, nil
}

// filled returns cols but the optional ones that no row of g, but the
// total row, fills: a sheet whose communes do not count what such a
// column asks gives no such count.
func filled(g *grid, nameCol int, cols []placed) []placed {
	var out []placed
	for _, k := range cols {
		keep := !k.col.Breakdown
		for r := 1; r < len(g.rows) && !keep; r++ {
			row := g.rows[r]
			label := strings.TrimPrefix(at(row, nameCol), "'")
			keep = headerKey(label) != headerKey(totalLabel) && strings.TrimSpace(at(row, k.at)) != ""
		}
		if keep {
			out = append(out, k)
		}
	}
	return out
}

// placed is a column of counts and where the sheet has it.
type placed struct {
	col Column
	at  int
}

// header finds the name column and the count columns by the headings of
// g's first row, in a sheet for the plan of year. A column without a
// heading, one of notes ("Ghi chú…") and one hidden in the workbook are no
// columns of counts, whatever they hold. The problems of the heading end
// with one that lists the headings.
func (c *checker) header(g *grid, year int) (int, []placed) {
	columns := c.form.columns
	row := g.rows[0]
	nameCol := -1
	var found []placed
	wrong := false // a heading unknown or missing, which the list of headings helps
	for j, h := range row {
		if j >= maxCols {
			if strings.TrimSpace(h) != "" {
				c.add(cellName(0, j), "", "bảng tính có hơn %d cột", maxCols)
				break
			}
			continue
		}
		key := headerKey(h)
		switch {
		case key == "" || key == headerKey(headerNo) || ignored(key) || g.hiddenCol(j):
			continue
		case key == headerKey(headerName):
			nameCol = j
			continue
		}
		k := c.form.column(key)
		switch {
		case k < 0 && c.foreignColumn(h, j, key):
			wrong = true
		case k < 0:
			c.add(cellName(0, j), "", "cột có tiêu đề lạ %q", shorten(h))
			wrong = true
		case has(found, columns[k].Key):
			c.add(cellName(0, j), "", "cột %q có hai lần", columns[k].Header)
		default:
			found = append(found, placed{columns[k], j})
			c.headerYear(row[j], j, columns[k], year)
		}
	}
	if nameCol < 0 {
		c.add("", "", "thiếu cột %q (tên đơn vị) ở dòng tiêu đề", headerName)
		wrong = true
	}
	for _, col := range columns {
		if !col.Breakdown && !has(found, col.Key) {
			c.add("", "", "thiếu cột %q ở dòng tiêu đề", col.Header)
			wrong = true
		}
	}
	if wrong {
		c.add("", "", "dòng tiêu đề cần các cột %s (cột %q, cột trống và cột ẩn được bỏ qua)", c.form.headings(), notesHeader)
	}
	// Keep the order of columns, whatever the order of the sheet.
	var ordered []placed
	for _, col := range columns {
		for _, f := range found {
			if f.col.Key == col.Key {
				ordered = append(ordered, f)
			}
		}
	}
	return nameCol, ordered
}

// bounded reports whether row r is within the bounds of a row, and
// records its problems when not. A cell too long is reported and
// remembered, and the rest of the row is read.
func (c *checker) bounded(row []string, r int) bool {
	for j, v := range row {
		if len(v) > maxCellText {
			c.add(cellName(r, j), "", "ô có %d ký tự, quá giới hạn %d", utf8.RuneCountInString(v), maxCellText)
			c.long[cellName(r, j)] = true
			row[j] = ""
		} else if j >= maxCols && strings.TrimSpace(v) != "" {
			c.add(cellName(r, j), "", "bảng tính có hơn %d cột", maxCols)
			return false
		}
	}
	return true
}

// total checks each count of the total row that has a value against the
// sum of the units' counts. A formula the program that saved the sheet has
// not computed, or a CSV formula, has no value and is not checked.
//
// A sum of the spreadsheet that differs from the units' may come from
// counts typed as text, which kehoach reads and a spreadsheet's SUM leaves
// out: those cells are named. unitRows are the rows of the units, from 1.
func (c *checker) total(g *grid, r int, cols []placed, s *Sheet, unitRows []int) {
	row := g.rows[r]
	for _, k := range cols {
		v := strings.TrimSpace(at(row, k.at))
		if v == "" || strings.HasPrefix(v, "=") {
			if v == "" && g.lookAt(r, k.at).formula == "" {
				c.add(cellName(r, k.at), "", "ô tổng cộng của cột %q bị trống: ghi tổng hoặc để công thức =SUM", k.col.Header)
			}
			continue
		}
		n, msg := parseCount(v)
		if msg != "" {
			c.add(cellName(r, k.at), "", "%s (tổng cộng của cột %q)", msg, k.col.Header)
			continue
		}
		sum := 0
		for i := range s.Units {
			if v, ok := k.col.get(s, i); ok {
				sum += v
			}
		}
		if n != sum {
			c.add(cellName(r, k.at), "", "tổng cộng của cột %q (%d) khác tổng các đơn vị (%d)%s", k.col.Header, n, sum,
				typedAsText(g, unitRows, k.at, sum-n))
		}
	}
}

// numberRE is a number as a spreadsheet stores it: digits, a fraction, an
// exponent.
var numberRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// parseCount reads a count, or says in Vietnamese why it is none.
func parseCount(v string) (int, string) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return 0, "ô trống: cần một số nguyên từ 0 trở lên (ghi 0 nếu không có)"
	case !numberRE.MatchString(v):
		msg := fmt.Sprintf("ô ghi chữ %q, cần một số nguyên từ 0 trở lên", shorten(v))
		if strings.ContainsAny(v, ".,") && strings.ContainsAny(v, "0123456789") {
			msg += " viết liền các chữ số, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn"
		}
		return 0, msg
	}
	f, err := strconv.ParseFloat(v, 64)
	switch {
	case err != nil || f > plan.MaxCount:
		return 0, fmt.Sprintf("số %s quá lớn: số hộ không quá %d", v, plan.MaxCount)
	case f < 0:
		return 0, fmt.Sprintf("số âm (%s): cần một số nguyên từ 0 trở lên", v)
	case f != float64(int(f)):
		return 0, fmt.Sprintf("số %s không phải số nguyên", strings.ReplaceAll(v, ".", ","))
	}
	return int(f), ""
}

func at(row []string, j int) string {
	if j < 0 || j >= len(row) {
		return ""
	}
	return row[j]
}

func blankRow(row []string) bool {
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func has(ps []placed, key string) bool {
	for _, p := range ps {
		if p.col.Key == key {
			return true
		}
	}
	return false
}

// unitKey is the form in which unit names are compared: that of headings.
func unitKey(s string) string { return headerKey(s) }

func unitNames(p *plan.Plan) string {
	const most = 12
	if len(p.Units) > most {
		return fmt.Sprintf("%s… (%d đơn vị)", unitNamesOf(p.Units[:most]), len(p.Units))
	}
	return unitNamesOf(p.Units)
}

func unitNamesOf(units []plan.Unit) string {
	names := make([]string, len(units))
	for i, u := range units {
		names[i] = u.Name
	}
	return strings.Join(names, ", ")
}

// foreignColumn reports whether the heading h of column j, key as
// headerKey gives it, is a column of another form's sheet, and names the
// first such column of the sheet: a sheet made for another document.
func (c *checker) foreignColumn(h string, j int, key string) bool {
	for _, o := range forms {
		if o == c.form || o.column(key) < 0 {
			continue
		}
		if !c.foreign {
			c.foreign = true
			c.add(cellName(0, j), "", "cột %q là cột của bảng tính lập cho %s, không phải cho %s: dùng bảng tính lập bằng %s",
				shorten(strings.TrimSpace(h)), o.doc, c.form.doc, strings.SplitN(c.form.command, " từ ", 2)[0])
		}
		return true
	}
	return false
}

// shorten cuts a long text for a message.
func shorten(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	return string([]rune(s)[:most]) + "…"
}

// typedAsText names the cells of column j in unitRows (from 1) of a
// workbook that hold a count as text, the likely cause of a sum of the
// spreadsheet that differs from the units', or returns "".
//
// A CSV file does not tell text from numbers: there, the cells named are
// those with a separator between thousands ("1.530"), which a spreadsheet
// keeps as text, and only when their sum is what the total lacks, missing.
func typedAsText(g *grid, unitRows []int, j, missing int) string {
	var cells []string
	sum := 0
	for _, r := range unitRows {
		if r == 0 {
			continue
		}
		v := strings.TrimSpace(at(g.rows[r-1], j))
		if g.look == nil && !groupedRE.MatchString(v) || g.look != nil && !g.look(r-1, j).text {
			continue
		}
		n, msg := parseCount(v)
		if msg != "" && groupedRE.MatchString(v) {
			n, msg = grouped(v), ""
		}
		if msg == "" {
			cells = append(cells, cellName(r-1, j))
			sum += n
		}
	}
	switch {
	case len(cells) == 0, g.look == nil && sum != missing:
		return ""
	case len(cells) == 1:
		return fmt.Sprintf("; có lẽ vì ô %s ghi số %d dưới dạng chữ (văn bản), nên hàm SUM của bảng tính không cộng ô này: "+
			"xóa ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại", cells[0], sum)
	}
	return fmt.Sprintf("; có lẽ vì các ô %s ghi số dưới dạng chữ (văn bản, tổng cộng %d), nên hàm SUM của bảng tính không cộng các ô này: "+
		"xóa từng ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại", strings.Join(cells, ", "), sum)
}
