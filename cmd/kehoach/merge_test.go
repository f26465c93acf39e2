package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestNextCommunesCopies runs next on the eight communes' copies of the
// template, each with its own row filled: named one by one, or by their
// folder; one left out is named, never dropped silently.
func TestNextCommunesCopies(t *testing.T) {
	dir := t.TempDir()
	copies := filepath.Join(dir, "cac-xa")
	var args []string
	for i := range 8 {
		path := filepath.Join(copies, fmt.Sprintf("xa-%d.xlsx", i+1))
		if code, _, stderr := runMain(t, "figures-template", sample, "-o", path); code != exitOK {
			t.Fatalf("figures-template: exit %d\n%s", code, stderr)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetList()[0]
		for j, n := range []int{1500 + 10*i, 30 - i, 40 - i, 5, 10, 4, 80, 5} {
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			f.SetCellInt(sheet, cell, int64(n))
		}
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		args = append(args, "--figures", path)
	}
	for _, given := range [][]string{args, {"--figures", copies}} {
		next := filepath.Join(dir, "cam-lo-2022.toml")
		code, stdout, stderr := runMain(t, append([]string{"next", sample, "-o", next, "--force"}, given...)...)
		if code != exitOK || !strings.Contains(stdout, "đã đọc 8 bảng tính") || !strings.Contains(stdout, "Tổng số hộ: 14.932 → 12.280") {
			t.Errorf("next %v: exit %d\n%s\n%s", given, code, stdout, stderr)
		}
	}
	// Seven copies: the eighth unit is missing, named with the files.
	code, _, stderr := runMain(t, append([]string{"next", sample, "-o", filepath.Join(dir, "x.toml")}, args[:14]...)...)
	if want := `trường units[7]: đơn vị "Xã Cam Chính" chưa có số liệu`; code != exitData || !strings.Contains(stderr, want) || !strings.Contains(stderr, "xa-7.xlsx") {
		t.Errorf("next with seven copies: exit %d\n%s\nwant %q", code, stderr, want)
	}
}
