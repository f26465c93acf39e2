package figures

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/bounded"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// Sheet is a filled sheet, checked against the plan it was made for.
type Sheet struct {
	// Name is the name of the sheet read; empty for a CSV file.
	Name string
	// Columns are the counts the sheet gives, in the order of columns.
	Columns []Column
	// Units are the units of the plan, in its order, with the counts of
	// the sheet (and only those: the other fields are zero but Name); nil
	// for the report's sheet.
	Units []plan.Unit
	// Movements are the units of the plan, in its order, with the
	// movements of the year that the report's sheet gives (and only
	// those); nil for the sheet of next year's figures.
	Movements []report.Movement
	// cells maps a field ("units[3].households") to its cell ("E5").
	cells map[string]string
	// rows holds the row of each unit, from 1; 0 for a unit a commune's
	// copy leaves empty (see ReadFiles).
	rows []int
	// from holds the file and sheet of each unit of sheets merged by
	// ReadFiles; nil for one sheet.
	from []source
}

// Cell returns the cell that gives field, "units[3].households", or "".
func (s *Sheet) Cell(field string) string { return s.cells[field] }

// Place returns an error at the cell of field, in the file named file
// (the file the sheet was read from, unless it was merged from several:
// then the file and sheet the cell came from), with no message yet; false
// when no cell holds field.
func (s *Sheet) Place(file, field string) (dataerr.Error, bool) {
	cell := s.Cell(field)
	if cell == "" {
		return dataerr.Error{}, false
	}
	e := dataerr.Error{File: file, Sheet: s.Name, Cell: cell, Field: field}
	if f, sheet := s.Source(field); f != "" {
		e.File, e.Sheet = f, sheet
	}
	return e, true
}

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
	return readFile(planForm, path, p, false)
}

// readFile is ReadFile for a sheet of form f; part as for read.
func readFile(f *form, path string, p *plan.Plan, part bool) (*Sheet, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, dataerr.List{{File: path, Message: "không phải một tệp bảng tính"}}
	}
	data, err := bounded.ReadFile(file, MaxFileSize)
	if err != nil && !errors.Is(err, bounded.ErrTooLarge) {
		return nil, fmt.Errorf("figures: %w", err)
	}
	return read(f, path, data, p, part)
}

// Read checks the filled sheet data (the content of the file named name)
// against p and returns its counts. A name ending in ".csv" or ".txt" is
// read as CSV (see readCSV), any other as XLSX, from the sheet made for p's year (see pickSheet).
// Every problem comes back at once as a dataerr.List,
// each naming the sheet, the cell and the field; any other error is not
// about the sheet.
func Read(name string, data []byte, p *plan.Plan) (*Sheet, error) {
	return read(planForm, name, data, p, false)
}

// read is Read for a sheet of form f; part reads a commune's copy, in
// which an empty row is a unit of another copy (see ReadFiles).
func read(f *form, name string, data []byte, p *plan.Plan, part bool) (*Sheet, error) {
	fail := func(msg string) (*Sheet, error) { return nil, dataerr.List{{File: name, Message: msg}} }
	if len(data) > MaxFileSize {
		return fail(fmt.Sprintf("tệp bảng tính lớn hơn %d MiB; tệp mẫu chỉ khoảng 10 KB", MaxFileSize>>20))
	}
	var g *grid
	var msg string
	if isCSV(name) {
		g, msg = readCSV(data, f)
	} else {
		g, msg = readXLSX(data, f, p.Document.Year)
	}
	if g != nil && g.close != nil {
		defer g.close()
	}
	if msg != "" {
		errs := dataerr.List{{File: name, Message: msg}}
		if g != nil {
			errs[0].Sheet = g.sheet
		}
		return nil, errs
	}
	return check(f, name, g, p, part)
}

// grid is the text of a sheet's cells, row by row from row 1.
type grid struct {
	sheet string
	rows  [][]string
	// look tells what the cell at row and column (from 0) holds beyond its
	// text; nil for a CSV file, whose cells are all text.
	look func(row, col int) look
	// hidden reports whether the column (from 0) is hidden in the
	// workbook; nil for a CSV file.
	hidden func(col int) bool
	// close releases the workbook look reads; nil when there is none.
	close func()
}

// look is what a cell of a workbook holds beyond its text.
type look struct {
	// formula is the cell's formula, without "=", or "".
	formula string
	// text reports whether the cell holds text (a number typed as text
	// among them) rather than a number.
	text bool
}

// lookAt returns what the cell at row and column holds; a CSV cell is text.
func (g *grid) lookAt(row, col int) look {
	if g.look == nil {
		return look{text: true}
	}
	return g.look(row, col)
}

// readXLSX reads the sheet of form of an XLSX workbook for the plan of
// year as a grid, or returns why it cannot. The zip is checked before
// excelize opens it. The grid keeps the workbook open for its look until
// its close.
func readXLSX(data []byte, form *form, year int) (*grid, string) {
	if msg := checkZip(data); msg != "" {
		return nil, msg
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxTotalSize, UnzipXMLSizeLimit: maxEntrySize})
	if err != nil {
		return nil, "không mở được bảng tính Excel (.xlsx): tệp hỏng hoặc không đúng định dạng"
	}
	sheets := f.GetSheetList()
	switch {
	case len(sheets) == 0:
		f.Close()
		return nil, "bảng tính không có trang tính nào"
	case len(sheets) > maxSheets:
		f.Close()
		return nil, fmt.Sprintf("bảng tính có %d trang tính, nhiều hơn %d", len(sheets), maxSheets)
	}
	name, msg := form.pickSheet(sheets, year)
	if msg != "" {
		f.Close()
		return nil, msg
	}
	g := &grid{sheet: name, close: func() { f.Close() }}
	if msg := readRows(f, g); msg != "" {
		return g, msg
	}
	switch merged, err := f.GetMergeCells(g.sheet); {
	case err != nil:
		return g, "không đọc được trang tính: tệp hỏng"
	case len(merged) > maxMerged:
		return g, fmt.Sprintf("trang tính có hơn %d vùng ô gộp", maxMerged)
	}
	g.hidden = func(col int) bool {
		name, err := excelize.ColumnNumberToName(col + 1)
		if err != nil {
			return false
		}
		visible, err := f.GetColVisible(g.sheet, name)
		return err == nil && !visible
	}
	g.look = func(row, col int) look {
		cell, _ := excelize.CoordinatesToCellName(col+1, row+1)
		var l look
		l.formula, _ = f.GetCellFormula(g.sheet, cell)
		switch t, _ := f.GetCellType(g.sheet, cell); t {
		case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
			l.text = true
		}
		return l
	}
	return g, ""
}

// readRows reads the raw text of the grid's sheet of f into its rows, or
// returns why it cannot.
func readRows(f *excelize.File, g *grid) string {
	rows, err := f.Rows(g.sheet)
	if err != nil {
		return "không đọc được trang tính"
	}
	defer rows.Close()
	for rows.Next() {
		if len(g.rows) >= maxRows {
			return fmt.Sprintf("trang tính có hơn %d dòng", maxRows)
		}
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return "không đọc được trang tính: tệp hỏng"
		}
		g.rows = append(g.rows, cols)
	}
	if rows.Error() != nil {
		return "không đọc được trang tính: tệp hỏng"
	}
	return ""
}
