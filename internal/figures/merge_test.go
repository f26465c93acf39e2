package figures

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// communeCopy writes, in dir, the template of p with only the rows of
// units filled with counts, as one commune returns it, and returns its
// path.
func communeCopy(t *testing.T, dir, name string, p *plan.Plan, units ...int) string {
	t.Helper()
	f, err := excelize.OpenReader(strings.NewReader(string(template(t, p))))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for _, i := range units {
		for j, n := range counts(i) {
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			if err := f.SetCellInt(sheet, cell, int64(n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// eightCopies writes one copy per unit of the sample, each with its own
// row filled, and returns their paths.
func eightCopies(t *testing.T, dir string, p *plan.Plan) []string {
	t.Helper()
	var paths []string
	for i := range p.Units {
		paths = append(paths, communeCopy(t, dir, fmt.Sprintf("xa-%d.xlsx", i+1), p, i))
	}
	return paths
}

// TestReadFilesEight merges the eight communes' copies, named one by one
// or by their folder, into the sheet of every unit.
func TestReadFilesEight(t *testing.T) {
	p := samplePlan(t)
	dir := t.TempDir()
	paths := eightCopies(t, dir, p)
	for _, given := range [][]string{paths, {dir}} {
		s, err := ReadFiles(given, p)
		if err != nil {
			t.Fatalf("%v: %v", given, err)
		}
		checkCounts(t, p, s)
		if file, sheet := s.Source("units[3].households"); file != paths[3] || sheet != Title(p) {
			t.Errorf("units[3] comes from %q, %q; want %q", file, sheet, paths[3])
		}
		if cell := s.Cell("units[3].households"); cell != "C5" {
			t.Errorf("units[3].households is at %q, want C5", cell)
		}
	}
}

// TestReadFilesProblems checks that a unit filled in two files, or in
// none, is named with its files, and that a file filling no unit is never
// dropped silently.
func TestReadFilesProblems(t *testing.T) {
	p := samplePlan(t)
	for _, tc := range []struct {
		name  string
		units [][]int // the units each copy fills
		want  []string
	}{
		{"a unit in two files", [][]int{{0, 1, 2, 3}, {3, 4, 5, 6, 7}},
			[]string{`trường units[3]: đơn vị "Xã Cam Hiếu" được điền ở 2 tệp: {0} (dòng 5), {1} (dòng 5); mỗi đơn vị chỉ điền ở một tệp`}},
		{"a unit in none", [][]int{{0, 1, 2, 3}, {4, 5, 7}},
			[]string{`trường units[6]: đơn vị "Xã Cam Nghĩa" chưa có số liệu: không tệp nào điền dòng của đơn vị này (các tệp: {0}, {1})`}},
		{"a file filling nothing", [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {}},
			[]string{`{1}, trang tính "Số liệu cuối năm 2021": bảng tính không điền số liệu của đơn vị nào`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for i, units := range tc.units {
				paths = append(paths, communeCopy(t, dir, fmt.Sprintf("xa-%d.xlsx", i), p, units...))
			}
			_, err := ReadFiles(paths, p)
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != len(tc.want) {
				t.Fatalf("got %v, want %d problems", err, len(tc.want))
			}
			for i, w := range tc.want {
				for j, path := range paths {
					w = strings.ReplaceAll(w, fmt.Sprintf("{%d}", j), path)
				}
				if got := errs[i].Error(); !strings.HasPrefix(got, w) {
					t.Errorf("got  %s\nwant %s", got, w)
				}
			}
		})
	}
}

// TestReadFilesOne checks that one file is read whole: an empty row is
// an error there, as it always was.
func TestReadFilesOne(t *testing.T) {
	p := samplePlan(t)
	path := communeCopy(t, t.TempDir(), "xa.xlsx", p, 0, 1, 2, 3, 4, 5, 6)
	_, err := ReadFiles([]string{path}, p)
	if err == nil || !strings.Contains(err.Error(), "ô J9, trường units[7].ethnic_near_poor: ô trống") {
		t.Errorf("got %v, want the empty cells of the last unit", err)
	}
}

// TestFilesFolder checks that a folder gives its sheets by name, without
// the lock files of a spreadsheet program, and that a folder without one
// is an error.
func TestFilesFolder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.csv", "a.xlsx", "~$a.xlsx", ".~lock.b.csv#", "ghi-chu.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files([]string{dir})
	if want := []string{filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "b.csv")}; err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, %v; want %v", got, err, want)
	}
	if _, err := Files([]string{t.TempDir()}); err == nil || !strings.Contains(err.Error(), "không có bảng tính") {
		t.Errorf("an empty folder: %v", err)
	}
}
