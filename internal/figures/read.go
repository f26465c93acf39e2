package figures

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// Sheet is a filled sheet, checked against the plan it was made for.
type Sheet struct {
	// Name is the name of the sheet read; empty for a CSV file.
	Name string
	// Columns are the counts the sheet gives, in the order of columns.
	Columns []Column
	// Units are the units of the plan, in its order, with the counts of
	// the sheet (and only those: the other fields are zero but Name).
	Units []plan.Unit
	// cells maps a field ("units[3].households") to its cell ("E5").
	cells map[string]string
}

// Cell returns the cell that gives field, "units[3].households", or "".
func (s *Sheet) Cell(field string) string { return s.cells[field] }

// Gives reports whether the sheet has the column of the count key.
func (s *Sheet) Gives(key string) bool {
	for _, c := range s.Columns {
		if c.Key == key {
			return true
		}
	}
	return false
}

// ReadFile reads the sheet file at path with Read, reading no more than
// MaxFileSize bytes and one.
func ReadFile(path string, p *plan.Plan) (*Sheet, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, dataerr.List{{File: path, Message: "không phải một tệp bảng tính"}}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return Read(path, data, p)
}

// Read checks the filled sheet data (the content of the file named name)
// against p and returns its counts. A name ending in ".csv" is read as CSV,
// any other as XLSX. Every problem comes back at once as a dataerr.List,
// each naming the sheet, the cell and the field; any other error is not
// about the sheet.
func Read(name string, data []byte, p *plan.Plan) (*Sheet, error) {
	fail := func(msg string) (*Sheet, error) { return nil, dataerr.List{{File: name, Message: msg}} }
	if len(data) > MaxFileSize {
		return fail(fmt.Sprintf("tệp bảng tính lớn hơn %d MiB; tệp mẫu chỉ khoảng 10 KB", MaxFileSize>>20))
	}
	var g *grid
	var msg string
	if strings.EqualFold(filepath.Ext(name), ".csv") {
		g, msg = readCSV(data)
	} else {
		g, msg = readXLSX(data, p.Document.Year)
	}
	if msg != "" {
		errs := dataerr.List{{File: name, Message: msg}}
		if g != nil {
			errs[0].Sheet = g.sheet
		}
		return nil, errs
	}
	return check(name, g, p)
}

// grid is the text of a sheet's cells, row by row from row 1.
type grid struct {
	sheet string
	rows  [][]string
	// formula reports whether the cell at row and column (from 0) holds
	// a formula; nil when the format has none.
	formula func(row, col int) bool
}

// readCSV reads a CSV file as a grid, or returns why it cannot.
func readCSV(data []byte) (*grid, string) {
	data = bytes.TrimPrefix(data, []byte(bom))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	g := &grid{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Sprintf("lỗi cú pháp CSV ở dòng %d: dấu ngoặc kép không khớp hoặc đặt sai chỗ", pe.Line)
		}
		if err != nil {
			return nil, "không đọc được tệp CSV"
		}
		if len(g.rows) >= maxRows {
			return nil, fmt.Sprintf("bảng tính có hơn %d dòng", maxRows)
		}
		g.rows = append(g.rows, rec)
	}
	return g, ""
}

// readXLSX reads the figures sheet of an XLSX workbook for the plan of
// year (see pickSheet) as a grid, or returns why it cannot. The zip is
// checked before excelize opens it.
func readXLSX(data []byte, year int) (*grid, string) {
	if msg := checkZip(data); msg != "" {
		return nil, msg
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxTotalSize, UnzipXMLSizeLimit: maxEntrySize})
	if err != nil {
		return nil, "không mở được bảng tính Excel (.xlsx): tệp hỏng hoặc không đúng định dạng"
	}
	defer f.Close()
	sheets := f.GetSheetList()
	switch {
	case len(sheets) == 0:
		return nil, "bảng tính không có trang tính nào"
	case len(sheets) > maxSheets:
		return nil, fmt.Sprintf("bảng tính có %d trang tính, nhiều hơn %d", len(sheets), maxSheets)
	}
	name, msg := pickSheet(sheets, year)
	if msg != "" {
		return nil, msg
	}
	g := &grid{sheet: name}
	rows, err := f.Rows(g.sheet)
	if err != nil {
		return g, "không đọc được trang tính"
	}
	defer rows.Close()
	for rows.Next() {
		if len(g.rows) >= maxRows {
			return g, fmt.Sprintf("trang tính có hơn %d dòng", maxRows)
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return g, "không đọc được trang tính: tệp hỏng"
		}
		g.rows = append(g.rows, cols)
	}
	if rows.Error() != nil {
		return g, "không đọc được trang tính: tệp hỏng"
	}
	// Formulas matter only in the total row: look them up there, while
	// the workbook is open.
	formulas := map[[2]int]bool{}
	for i, r := range g.rows {
		if !slices.ContainsFunc(r, func(v string) bool { return headerKey(v) == headerKey(totalLabel) }) {
			continue
		}
		for j := range min(len(r), maxCols) {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if fm, err := f.GetCellFormula(g.sheet, cell); err == nil && fm != "" {
				formulas[[2]int{i, j}] = true
			}
		}
	}
	g.formula = func(row, col int) bool { return formulas[[2]int{row, col}] }
	return g, ""
}
