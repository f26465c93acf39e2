package archive

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/sheet"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// RegisterColumns are the register's column headings, after the
// registers of Nghị định 30/2020/NĐ-CP and the metadata of its Phụ lục VI.
var RegisterColumns = []string{
	"Số", "Ký hiệu", "Ngày ban hành", "Tên loại", "Trích yếu nội dung",
	"Người ký", "Nơi nhận", "Số trang", "Ghi chú",
}

// cells are the row's cells as text, in the order of RegisterColumns.
func (r Row) cells() []string {
	pages := ""
	if r.Pages > 0 {
		pages = strconv.Itoa(r.Pages)
	}
	return []string{vnfmt.DocNumber(r.Number), r.Symbol, r.Date, r.TypeName, r.Subject, r.Signer, r.Recipients, pages, r.Note}
}

// WriteRegisterCSV writes the register b as CSV: UTF-8 with a byte order mark, which
// spreadsheet programs need to read Vietnamese, lines ended by CR LF, the
// headings first. A cell that opens like a formula gets an apostrophe, so
// that no program computes it.
func WriteRegisterCSV(w io.Writer, b *Book) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(sheet.BOM)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	cw.Write(RegisterColumns)
	for _, r := range b.Rows {
		cells := r.cells()
		for i, c := range cells {
			cells[i] = sheet.Inert(c)
		}
		cw.Write(cells)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("archive: write register: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("archive: write register: %w", err)
	}
	return nil
}

// WriteRegisterXLSX writes the register b as an
// XLSX workbook of one sheet: bold, wrapped headings, the heading row
// frozen, the number and page count as numbers. The file's dates are the
// latest date of issue (1 January of the year when there is no row), so
// the same archive gives the same bytes.
func WriteRegisterXLSX(w io.Writer, b *Book) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := fillRegister(f, b); err != nil {
		return fmt.Errorf("archive: write register: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("archive: write register: %w", err)
	}
	return nil
}

// registerWidths are the columns' widths, in characters.
var registerWidths = []float64{6, 12, 13, 11, 48, 26, 36, 8, 24}

func fillRegister(f *excelize.File, b *Book) error {
	year, rows := b.Year, b.Rows
	name := "Sổ văn bản đi " + strconv.Itoa(year)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	set := func(col, row int, v any) error {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err != nil {
			return err
		}
		switch v := v.(type) {
		case int:
			return f.SetCellInt(name, cell, int64(v))
		case string:
			return f.SetCellStr(name, cell, v)
		}
		return nil
	}
	for j, h := range RegisterColumns {
		if err := set(j+1, 1, h); err != nil {
			return err
		}
	}
	stamp := plan.Date{Year: year, Month: 1, Day: 1}
	for i, r := range rows {
		for j, c := range r.cells() {
			var v any = c
			switch {
			case j == 0:
				v = r.Number
			case j == 7 && r.Pages > 0:
				v = r.Pages
			case c == "":
				continue
			}
			if err := set(j+1, i+2, v); err != nil {
				return err
			}
		}
		if d, err := plan.ParseDate(r.Date); err == nil && d.ISO() > stamp.ISO() {
			stamp = d
		}
	}
	last, _ := excelize.ColumnNumberToName(len(RegisterColumns))
	border := sheet.Borders()
	head, err := sheet.HeadingStyle(f)
	if err != nil {
		return err
	}
	body, err := f.NewStyle(&excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	numFmt := "00"
	number, err := f.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &numFmt,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}})
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", last+"1", head); err != nil {
		return err
	}
	if end := strconv.Itoa(len(rows) + 1); len(rows) > 0 {
		if err := f.SetCellStyle(name, "A2", last+end, body); err != nil {
			return err
		}
		// Numbers below 10 are written with a leading zero, as printed.
		if err := f.SetCellStyle(name, "A2", "A"+end, number); err != nil {
			return err
		}
	}
	for j, wd := range registerWidths {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(name, col, col, wd); err != nil {
			return err
		}
	}
	if err := sheet.FreezeHeadings(f, name); err != nil {
		return err
	}
	if err := setRowHeights(f, name, rows); err != nil {
		return err
	}
	// Printed on A4 landscape, every column on one page's width.
	a4, landscape, wide, tall, fit := 9, "landscape", 1, 0, true
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	iso := stamp.ISO() + "T00:00:00Z"
	return f.SetDocProps(&excelize.DocProperties{
		Created: iso, Modified: iso, Creator: "kehoach", LastModifiedBy: "kehoach",
		Title: "Sổ đăng ký văn bản đi năm " + strconv.Itoa(year) + " của " + b.Issuer, Language: "vi-VN",
	})
}

// lineHeight is the height of one line of text in a row, in points.
const lineHeight = 15

// setRowHeights makes every row tall enough for its wrapped text, which
// spreadsheet programs do not all work out when they open a file: the
// headings take two lines, a row as many as its longest cell.
func setRowHeights(f *excelize.File, sheet string, rows []Row) error {
	if err := f.SetRowHeight(sheet, 1, 2*lineHeight); err != nil {
		return err
	}
	for i, r := range rows {
		lines := 1
		for j, c := range r.cells() {
			n := 0
			for _, l := range strings.Split(c, "\n") {
				n += 1 + utf8.RuneCountInString(l)/int(registerWidths[j])
			}
			lines = max(lines, n)
		}
		if err := f.SetRowHeight(sheet, i+2, float64(min(lines, 27)*lineHeight)); err != nil {
			return err
		}
	}
	return nil
}
