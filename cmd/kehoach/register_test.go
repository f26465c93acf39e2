package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sampleVariant writes the sample data file with the replacements given
// (old, new, old, new…) and returns its path.
func sampleVariant(t *testing.T, name string, replace ...string) string {
	t.Helper()
	data := readOrFail(t, sample)
	for i := 0; i+1 < len(replace); i += 2 {
		if !bytes.Contains(data, []byte(replace[i])) {
			t.Fatalf("the sample has no %q", replace[i])
		}
		data = bytes.Replace(data, []byte(replace[i]), []byte(replace[i+1]), 1)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const (
	sampleNumberLine  = "number = 44 "
	sampleSubjectLine = `subject = "Thực hiện Chương trình giảm nghèo năm 2021"`
	sampleIntro       = "với những nội dung như sau"
)

// registerRoot archives the sample (v1, then v2 with a reason) and a plan
// numbered 7 with another subject, and returns the archive.
func registerRoot(t *testing.T) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "luu-tru")
	for _, args := range [][]string{
		{sample},
		{"-m", "sửa câu mở đầu", sampleVariant(t, "v2.toml", sampleIntro, "với các nội dung sau")},
		{sampleVariant(t, "so-7.toml", sampleNumberLine, "number = 7 ", sampleSubjectLine, `subject = "Hỗ trợ nhà ở cho hộ nghèo"`)},
	} {
		if code, stdout, stderr := runArchive(t, append([]string{"--to", root}, args...)...); code != exitOK {
			t.Fatalf("archive %q: exit %d\n%s%s", args, code, stdout, stderr)
		}
	}
	return root
}

// TestArchiveListParticulars: list shows each document's subject and,
// per version, its state, signer, signing and archiving time in Vietnam
// time, and its reason.
func TestArchiveListParticulars(t *testing.T) {
	root := registerRoot(t)
	code, stdout, stderr := runArchive(t, "list", root)
	if code != exitOK {
		t.Fatalf("list: exit %d\n%s%s", code, stdout, stderr)
	}
	// The clock says 04:00 UTC: 11:00 in Vietnam.
	for _, want := range []string{
		"kế hoạch số 44/KH-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 2 phiên bản\n  trích yếu: Thực hiện Chương trình giảm nghèo năm 2021\n",
		"  v2  ngày 18/03/2021  ban hành  người ký: Chủ tịch Trần Anh Tuấn  chưa ký số  lưu lúc 11:00:00 ngày 01/12/2026 (+07:00)  kehoach ",
		"\n      lý do: sửa câu mở đầu\n",
		"kế hoạch số 07/KH-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản\n  trích yếu: Hỗ trợ nhà ở cho hộ nghèo\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("list lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Count(stdout, "lý do:") != 1 {
		t.Errorf("list shows a reason for a version archived without one:\n%s", stdout)
	}
}

// TestArchiveRefusesNumberReuse: a plan that reuses an archived number
// with another subject is refused, exit 1, naming both subjects and the
// next free number; nothing is written.
func TestArchiveRefusesNumberReuse(t *testing.T) {
	root := registerRoot(t)
	other := sampleVariant(t, "khac.toml", sampleSubjectLine, `subject = "Hỗ trợ sinh kế"`)
	code, stdout, stderr := runArchive(t, "--to", root, other)
	for _, want := range []string{
		other + ", dòng 13, trường document.number: số 44/KH-UBND năm 2021 của Ủy ban nhân dân huyện Cam Lộ",
		"“Thực hiện Chương trình giảm nghèo năm 2021”", "“Hỗ trợ sinh kế”", "Số kế tiếp còn trống là 45/KH-UBND",
	} {
		if code != exitData || !strings.Contains(stderr, want) {
			t.Errorf("exit %d, want %d and …%s…\n%s%s", code, exitData, want, stdout, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", "v3.pdf")); err == nil {
		t.Error("v3.pdf written")
	}
}

// TestArchiveRegisterCommand: register writes the year's register as XLSX
// or CSV by the name's extension, never over a file; wrong arguments are
// usage errors.
func TestArchiveRegisterCommand(t *testing.T) {
	root := registerRoot(t)
	dir := t.TempDir()
	wantRows := [][]string{
		{"Số", "Ký hiệu", "Ngày ban hành", "Tên loại", "Trích yếu nội dung", "Người ký", "Nơi nhận", "Số trang", "Ghi chú"},
		{"07", "KH-UBND", "18/03/2021", "Kế hoạch", "Hỗ trợ nhà ở cho hộ nghèo", "Chủ tịch Trần Anh Tuấn"},
		{"44", "KH-UBND", "18/03/2021", "Kế hoạch", "Thực hiện Chương trình giảm nghèo năm 2021", "Chủ tịch Trần Anh Tuấn"},
	}
	check := func(t *testing.T, rows [][]string) {
		t.Helper()
		if len(rows) != len(wantRows) {
			t.Fatalf("%d rows, want %d: %q", len(rows), len(wantRows), rows)
		}
		for i, want := range wantRows {
			if len(rows[i]) < len(want) || strings.Join(rows[i][:len(want)], "|") != strings.Join(want, "|") {
				t.Errorf("row %d = %q, want it to start %q", i, rows[i], want)
			}
		}
		if last := rows[2]; last[len(last)-1] != "phiên bản v2; lý do: sửa câu mở đầu" {
			t.Errorf("note of 44 = %q", last[len(last)-1])
		}
	}
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
		read   func(t *testing.T, path string) [][]string
		path   string
	}{
		{name: "csv", path: filepath.Join(dir, "so.csv"), code: exitOK, read: readCSV},
		{name: "xlsx", path: filepath.Join(dir, "so.xlsx"), code: exitOK, read: readXLSX},
		{name: "existing file", path: filepath.Join(dir, "so.xlsx"), code: exitOther, stderr: "kehoach không ghi đè"},
		{name: "other extension", path: filepath.Join(dir, "so.ods"), code: exitUsage, stderr: "chỉ ghi được dạng .xlsx hoặc .csv"},
		{name: "no year", args: []string{"register", "--to", root}, code: exitUsage, stderr: "thiếu năm của sổ"},
		{name: "year without documents", args: []string{"register", "--to", root, "--year", "2020", "-o", filepath.Join(dir, "x.csv")},
			code: exitUsage, stderr: "lưu trữ chưa có văn bản nào ban hành năm 2020"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"register", "--to", root, "--year", "2021", "-o", tt.path}
			}
			code, stdout, stderr := runArchive(t, args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, want %d and …%s…\n%s%s", code, tt.code, tt.stderr, stdout, stderr)
			}
			if tt.read != nil {
				if !strings.Contains(stdout, "đã ghi sổ đăng ký văn bản đi năm 2021 của Ủy ban nhân dân huyện Cam Lộ (2 văn bản): "+tt.path) {
					t.Errorf("stdout: %s", stdout)
				}
				check(t, tt.read(t, tt.path))
			}
		})
	}
	if es, _ := os.ReadDir(dir); len(es) != 2 {
		t.Errorf("%d files written, want 2 (so.csv, so.xlsx)", len(es))
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, ok := bytes.CutPrefix(readOrFail(t, path), []byte("\uFEFF"))
	if !ok {
		t.Error("no byte order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func readXLSX(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestArchiveNextNumberCommand: next-number prints one more than the
// highest number archived, from flags or from a data file, and lists the
// gaps without offering them.
func TestArchiveNextNumberCommand(t *testing.T) {
	root := registerRoot(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
	}{
		{"flags", []string{"--issuer", "UBND huyện Cam Lộ", "--year", "2021"}, exitOK,
			"số kế tiếp còn trống của UBND huyện Cam Lộ, loại KH, năm 2021: 1\n(lưu trữ "},
		{"full name", []string{"--issuer", "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", "--year", "2021", "--type", "KH"}, exitOK,
			"số kế tiếp còn trống của Ủy ban nhân dân huyện Cam Lộ, loại KH, năm 2021: 45\nđã lưu 2 số, cao nhất là 44\ncác số chưa có trong lưu trữ: 1–6, 8–43 ("},
		{"data file", []string{sample}, exitOK, "năm 2021: 45\n"},
		{"data file, other year", []string{sample, "--year", "2022"}, exitOK, "năm 2022: 1\n"},
		{"no issuer", []string{"--year", "2021"}, exitUsage, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArchive(t, append([]string{"next-number", "--to", root}, tt.args...)...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) {
				t.Errorf("exit %d, want %d and …%s…\n%s%s", code, tt.code, tt.stdout, stdout, stderr)
			}
		})
	}
}

// TestArchiveReasonChecked: a reason of more than one line is a usage
// error, and nothing is archived.
func TestArchiveReasonChecked(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	code, _, stderr := runArchive(t, "--to", root, "-m", "hai\ndòng", sample)
	if code != exitUsage || !strings.Contains(stderr, "-m: lý do phải viết trên một dòng") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(root); err == nil {
		t.Error("archive made")
	}
}
