package figures

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// maxFiles bounds the number of sheets merged by ReadFiles.
const maxFiles = 1000

// source is the file and sheet a unit's counts come from.
type source struct {
	file, sheet string
}

// Source returns the file and the sheet that give field
// ("units[3].households") in sheets merged by ReadFiles, or "" and "" for
// one sheet read alone.
func (s *Sheet) Source(field string) (file, sheet string) {
	var i int
	if s.from == nil || !strings.HasPrefix(field, "units[") {
		return "", ""
	}
	if _, err := fmt.Sscanf(field, "units[%d]", &i); err != nil || i < 0 || i >= len(s.from) {
		return "", ""
	}
	return s.from[i].file, s.from[i].sheet
}

// countsBlank reports whether every count cell of row is empty.
func countsBlank(row []string, cols []placed) bool {
	for _, k := range cols {
		if strings.TrimSpace(at(row, k.at)) != "" {
			return false
		}
	}
	return true
}

// Files returns the sheet files that paths name: a file as it is, a
// folder as its .xlsx and .csv files, by name (but the lock files a
// spreadsheet program leaves, "~$…" and ".~lock…"). A path given twice is
// read once.
func Files(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		if !fi.IsDir() {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("figures: %w", err)
		}
		n := 0
		for _, e := range entries {
			name := e.Name()
			ext := strings.ToLower(filepath.Ext(name))
			if e.IsDir() || ext != ".xlsx" && ext != ".csv" || strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~lock") {
				continue
			}
			if f := filepath.Join(p, name); !slices.Contains(out, f) {
				out = append(out, f)
			}
			n++
		}
		if n == 0 {
			return nil, dataerr.List{{File: p, Message: "thư mục không có bảng tính .xlsx hay .csv nào"}}
		}
	}
	if len(out) > maxFiles {
		return nil, dataerr.List{{File: paths[0], Message: fmt.Sprintf("có %d bảng tính, nhiều hơn %d", len(out), maxFiles)}}
	}
	return out, nil
}

// ReadFiles reads the filled sheets at paths for p (see Files for a
// folder) and merges them: each commune returns its own copy of the
// template with its own row filled. A unit's row left empty in a copy is
// another copy's; each unit must be filled in exactly one file, and each
// file must fill at least one unit. One file is read as ReadFile reads it,
// every row filled. Every problem of every file comes back at once, as a
// dataerr.List; a unit filled twice, or in no file, is named with the
// files.
func ReadFiles(paths []string, p *plan.Plan) (*Sheet, error) {
	return readFiles(planForm, paths, p)
}

// ReadReportFiles reads the filled sheets of the year's movements at
// paths, made for the report on p (see WriteReportXLSX), as ReadFiles
// reads those of next year's figures. Its Sheet's Movements are the
// report's units.
func ReadReportFiles(paths []string, p *plan.Plan) (*Sheet, error) {
	return readFiles(reportForm, paths, p)
}

// readFiles is ReadFiles for sheets of form f.
func readFiles(f *form, paths []string, p *plan.Plan) (*Sheet, error) {
	files, err := Files(paths)
	if err != nil {
		return nil, err
	}
	if len(files) == 1 {
		return readFile(f, files[0], p, false)
	}
	var errs dataerr.List
	sheets := make([]*Sheet, len(files))
	for i, file := range files {
		s, err := readFile(f, file, p, true)
		var list dataerr.List
		switch {
		case errors.As(err, &list):
			errs = append(errs, list...)
			continue
		case err != nil:
			return nil, err
		}
		sheets[i] = s
		if !slices.ContainsFunc(s.rows, func(r int) bool { return r > 0 }) {
			errs = append(errs, dataerr.Error{File: file, Sheet: s.Name,
				Message: "bảng tính không điền số liệu của đơn vị nào: mỗi xã điền dòng của mình rồi gửi lại"})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	first := sheets[0]
	for i, s := range sheets[1:] {
		if !sameColumns(first.Columns, s.Columns) {
			errs = append(errs, dataerr.Error{File: files[i+1], Sheet: s.Name,
				Message: fmt.Sprintf("bảng tính có các cột khác bảng tính %s: các xã cần điền cùng một tệp mẫu", files[0])})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	out := &Sheet{Columns: first.Columns, cells: map[string]string{},
		rows: make([]int, len(p.Units)), from: make([]source, len(p.Units))}
	f.alloc(out, p)
	for i, u := range p.Units {
		var in []string // where the unit is filled: "a.xlsx (dòng 3)"
		for j, s := range sheets {
			if s.rows[i] == 0 {
				continue
			}
			in = append(in, fmt.Sprintf("%s (dòng %d)", files[j], s.rows[i]))
			out.rows[i], out.from[i] = s.rows[i], source{files[j], s.Name}
			if out.Units != nil {
				out.Units[i] = s.Units[i]
			}
			if out.Movements != nil {
				out.Movements[i] = s.Movements[i]
			}
			prefix := fmt.Sprintf("units[%d].", i)
			for field, cell := range s.cells {
				if strings.HasPrefix(field, prefix) {
					out.cells[field] = cell
				}
			}
		}
		field := fmt.Sprintf("units[%d]", i)
		switch {
		case len(in) == 0:
			errs = append(errs, dataerr.Error{Field: field,
				Message: fmt.Sprintf("đơn vị %q chưa có số liệu: không tệp nào điền dòng của đơn vị này (các tệp: %s)", u.Name, strings.Join(files, ", "))})
		case len(in) > 1:
			errs = append(errs, dataerr.Error{Field: field,
				Message: fmt.Sprintf("đơn vị %q được điền ở %d tệp: %s; mỗi đơn vị chỉ điền ở một tệp", u.Name, len(in), strings.Join(in, ", "))})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// sameColumns reports whether a and b are the same columns.
func sameColumns(a, b []Column) bool {
	return slices.EqualFunc(a, b, func(x, y Column) bool { return x.Key == y.Key })
}
