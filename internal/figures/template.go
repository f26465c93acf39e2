package figures

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/sheet"
)

// sheetRows returns the cells of p's template as text, row by row: the
// header, one row per unit with its number and name and blank counts, and
// the total row, whose counts are formulas.
func sheetRows(p *plan.Plan, cols []Column) [][]string {
	head := []string{headerNo, headerName}
	for _, c := range cols {
		head = append(head, c.heading(p.Document.Year))
	}
	rows := [][]string{head}
	for i, u := range p.Units {
		r := make([]string, len(head))
		r[0], r[1] = itoa(i+1), u.Name
		rows = append(rows, r)
	}
	total := make([]string, len(head))
	total[1] = totalLabel
	last := len(p.Units) + 1
	for j := range cols {
		col, _ := excelize.ColumnNumberToName(j + 3)
		total[j+2] = fmt.Sprintf("=SUM(%s2:%s%d)", col, col, last)
	}
	return append(rows, total)
}

// WriteCSV writes p's template as CSV (UTF-8 with a byte order mark, which
// spreadsheet programs need to read Vietnamese); the total row holds the
// same formulas as the XLSX.
func WriteCSV(w io.Writer, p *plan.Plan) error { return writeCSV(planForm, w, p) }

// WriteReportCSV writes the template of the year's movements for the
// report on p as CSV, as WriteCSV writes the template of next year's
// figures.
func WriteReportCSV(w io.Writer, p *plan.Plan) error { return writeCSV(reportForm, w, p) }

// writeCSV writes p's template of form f as CSV.
func writeCSV(f *form, w io.Writer, p *plan.Plan) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(sheet.BOM)
	cw := csv.NewWriter(bw)
	rows := sheetRows(p, f.template(p))
	for _, row := range rows[1:] {
		row[1] = sheet.Inert(row[1])
	}
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("figures: write csv: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("figures: write csv: %w", err)
	}
	return nil
}

// WriteXLSX writes p's template as an XLSX workbook of one sheet: bold,
// wrapped headings, the header row frozen, each count cell taking only a
// whole number from 0 to 100 million, the total row summed by formulas.
// The file's dates are the plan's date (1 January of its year for a draft
// without one), so the same plan gives the same bytes.
func WriteXLSX(w io.Writer, p *plan.Plan) error { return writeXLSX(planForm, w, p) }

// WriteReportXLSX writes the template of the year's movements for the
// report on p, as WriteXLSX writes the template of next year's figures: a
// sheet named "Kết quả giảm nghèo năm 2021", one row per unit of p, the
// headings marked with p's year.
func WriteReportXLSX(w io.Writer, p *plan.Plan) error { return writeXLSX(reportForm, w, p) }

// writeXLSX writes p's template of form fm as an XLSX workbook.
func writeXLSX(fm *form, w io.Writer, p *plan.Plan) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := fillXLSX(fm, f, p); err != nil {
		return fmt.Errorf("figures: write xlsx: %w", err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("figures: write xlsx: %w", err)
	}
	return nil
}

func fillXLSX(fm *form, f *excelize.File, p *plan.Plan) error {
	name := fm.sheetName(p.Document.Year)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	cols := fm.template(p)
	rows := sheetRows(p, cols)
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var err error
			switch {
			case v == "":
				continue
			case i == len(rows)-1 && j >= 2:
				err = f.SetCellFormula(name, cell, v[1:])
			case i > 0 && j == 0:
				err = f.SetCellInt(name, cell, int64(i))
			default:
				err = f.SetCellStr(name, cell, v)
			}
			if err != nil {
				return err
			}
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(cols) + 2)
	lastRow := len(rows)
	border := sheet.Borders()
	head, err := sheet.HeadingStyle(f)
	if err != nil {
		return err
	}
	body, err := f.NewStyle(&excelize.Style{Border: border})
	if err != nil {
		return err
	}
	total, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border})
	if err != nil {
		return err
	}
	for _, s := range []struct {
		from, to string
		style    int
	}{{"A1", lastCol + "1", head}, {"A2", lastCol + strconv.Itoa(lastRow-1), body},
		{"A" + strconv.Itoa(lastRow), lastCol + strconv.Itoa(lastRow), total}} {
		if err := f.SetCellStyle(name, s.from, s.to, s.style); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(name, "A", "A", 5); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", "B", 24); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "C", lastCol, 16); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 48); err != nil {
		return err
	}
	if err := sheet.FreezeHeadings(f, name); err != nil {
		return err
	}
	if len(p.Units) > 0 {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("C2:%s%d", lastCol, lastRow-1))
		if err := dv.SetRange(0, plan.MaxCount, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "Số liệu không hợp lệ", "Ghi số nguyên từ 0 trở lên, viết liền các chữ số.")
		if err := f.AddDataValidation(name, dv); err != nil {
			return err
		}
	}
	stamp := stampOf(p)
	return f.SetDocProps(&excelize.DocProperties{
		Created: stamp, Modified: stamp, Creator: "kehoach", LastModifiedBy: "kehoach",
		Title: name, Language: "vi-VN",
	})
}

// stampOf returns the plan's date as an XML date-time, or 1 January of its
// year when it has none.
func stampOf(p *plan.Plan) string {
	d := plan.Date{Year: p.Document.Year, Month: 1, Day: 1}
	if parsed, err := plan.ParseDate(p.Document.Date); err == nil {
		d = parsed
	}
	return d.ISO() + "T00:00:00Z"
}

func itoa(n int) string { return strconv.Itoa(n) }
