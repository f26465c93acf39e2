package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/testkit/zipparts"
)

// TestUnreadableInputExitCode: a data file that is missing or cannot be
// read (a folder; batch reads the files inside) fails with exit code 1 in
// every command, as the README's
// table promises, names the file in Vietnamese, and does not stop the
// other files of the run.
func TestUnreadableInputExitCode(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "khong-co.toml")
	folder := filepath.Join(dir, "thu-muc.toml")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	commands := map[string]func(input, out string) []string{
		"build":   func(in, out string) []string { return []string{"build", "-o", out, in} },
		"check":   func(in, _ string) []string { return []string{"check", in} },
		"batch":   func(in, out string) []string { return []string{"batch", "-o", out, in} },
		"archive": func(in, out string) []string { return []string{"archive", "--to", out, in} },
		"figures-template": func(in, out string) []string {
			return []string{"figures-template", in, "-o", filepath.Join(out, "so-lieu.csv")}
		},
		"next": func(in, out string) []string {
			return []string{"next", in, "--figures", in, "-o", filepath.Join(out, "sau.toml")}
		},
		"report-data": func(in, out string) []string {
			return []string{"report-data", in, "--figures", in, "-o", filepath.Join(out, "bao-cao.toml")}
		},
	}
	long := filepath.Join(dir, strings.Repeat("a", 300)+".toml")
	inputs := map[string]struct{ path, want string }{
		"missing":  {missing, "không có tệp " + missing},
		"too long": {long, "không đọc được " + long + ": tên tệp hoặc đường dẫn quá dài"},
		"folder":   {folder, folder + " là thư mục, không phải tệp dữ liệu"},
	}
	for name, args := range commands {
		for what, in := range inputs {
			if name == "batch" && what == "folder" {
				continue // batch reads the data files of a folder
			}
			t.Run(name+"/"+what, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out")
				code, _, stderr := runMain(t, args(in.path, out)...)
				if code != exitData || !strings.Contains(stderr, in.want) {
					t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitData, in.want)
				}
			})
		}
	}
	// The archived PDF that extract reads is an input too.
	code, _, stderr := runMain(t, "archive", "extract", missing)
	if code != exitData || stderr != "kehoach: không có tệp "+missing+"\n" {
		t.Errorf("extract of a missing PDF: exit %d, stderr %q", code, stderr)
	}
	// So is the archive that list and verify read.
	for _, sub := range []string{"list", "verify"} {
		code, _, stderr := runMain(t, "archive", sub, missing)
		if code != exitData || stderr != "kehoach: không có thư mục lưu trữ "+missing+"\n" {
			t.Errorf("archive %s of a missing folder: exit %d, stderr %q", sub, code, stderr)
		}
		code, _, stderr = runMain(t, "archive", sub, sample)
		if want := sample + ": không phải thư mục lưu trữ (đây là một tệp).\n"; code != exitData || stderr != want {
			t.Errorf("archive %s of a file: exit %d, stderr %q, want %q", sub, code, stderr, want)
		}
	}
	// The other files of the run go on.
	out := t.TempDir()
	code, _, stderr = runMain(t, "archive", "--to", out, missing, sample)
	if code != exitData || !strings.Contains(stderr, "không có tệp "+missing) {
		t.Errorf("archive of a missing file and the sample: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", "v1.pdf")); err != nil {
		t.Errorf("the sample was not archived after a missing file: %v", err)
	}
}

// TestHugeDataFileSize: a data file far over the bound is refused by its
// size on disk, not by the bytes read before refusing it, in every command
// that reads one.
func TestHugeDataFileSize(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.toml")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 10<<30); err != nil {
		t.Skipf("no sparse file: %v", err)
	}
	want := huge + ": tệp dữ liệu dài 10.737.418.240 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."
	out := t.TempDir()
	for _, args := range [][]string{
		{"check", huge},
		{"build", "-o", out, huge},
		{"batch", "-o", out, huge},
		{"archive", "--to", out, huge},
		{"figures-template", huge, "-o", filepath.Join(out, "so-lieu.csv")},
		{"next", huge, "--figures", huge, "-o", filepath.Join(out, "sau.toml")},
		{"report-data", huge, "--figures", huge, "-o", filepath.Join(out, "bao-cao.toml")},
	} {
		code, _, stderr := runMain(t, args...)
		if code != exitData || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", args[0], code, stderr, exitData, want)
		}
	}
}

// TestWriteRefusalsSayWhy: a write that fails says that it could not
// write, and why, in Vietnamese: never that a file is missing or cannot be
// read, nor that a file exists when a link to nothing is in the way; and
// it names the option that chooses another place. Each exits 3 and leaves
// what was in the way as it was.
func TestWriteRefusalsSayWhy(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tep")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "lien-ket")
	if err := os.Symlink("khong-co", dangling); err != nil {
		t.Fatal(err)
	}
	// An archive whose document folder has a folder where its lock file
	// goes: taking the lock, which writes, fails.
	locked := filepath.Join(dir, "luu-tru")
	if err := os.MkdirAll(filepath.Join(locked, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", ".lock"), 0o755); err != nil {
		t.Fatal(err)
	}
	archived := filepath.Join(dir, "da-luu")
	if code, _, stderr := runMain(t, "archive", "--to", archived, sample); code != exitOK {
		t.Fatalf("archive: exit %d\n%s", code, stderr)
	}
	pdf := filepath.Join(archived, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", "v1.pdf")
	sheet := filepath.Join(dir, "so-lieu.xlsx")
	if code, _, stderr := runMain(t, "figures-template", sample, "-o", sheet); code != exitOK {
		t.Fatalf("figures-template: exit %d\n%s", code, stderr)
	}
	fillSheet(t, sheet, nil)
	long := filepath.Join(dir, strings.Repeat("a", 300))
	link := dangling + " là một liên kết tượng trưng (symlink) trỏ tới khong-co, nơi không có tệp hay thư mục nào"
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"archive into a file", []string{"archive", "--to", file, sample},
			"kehoach: không tạo được thư mục " + file + ": " + file + " là một tệp, không phải thư mục; hãy chọn thư mục lưu trữ khác bằng --to\n"},
		{"archive under a file", []string{"archive", "--to", filepath.Join(file, "con"), sample},
			"kehoach: không tạo được thư mục " + file + ": " + file + " là một tệp, không phải thư mục; hãy chọn thư mục lưu trữ khác bằng --to\n"},
		{"archive into a link to nothing", []string{"archive", "--to", dangling, sample},
			"kehoach: không tạo được thư mục " + dangling + ": " + link + "; hãy chọn thư mục lưu trữ khác bằng --to\n"},
		{"archive whose lock cannot be made", []string{"archive", "--to", locked, sample},
			"kehoach: không ghi được " + filepath.Join(locked, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", ".lock") +
				": đã có một thư mục cùng tên; hãy đổi tên hoặc xóa thư mục đó, hoặc chọn thư mục lưu trữ khác bằng --to\n"},
		{"archive into a name too long", []string{"archive", "--to", long, sample},
			"kehoach: không tạo được thư mục " + long + ": tên thư mục hoặc đường dẫn quá dài; hãy chọn thư mục lưu trữ khác bằng --to\n"},
		{"build into a name too long", []string{"build", "-o", long, sample},
			sample + ": không tạo được thư mục " + long + ": tên thư mục hoặc đường dẫn quá dài; hãy chọn thư mục khác bằng -o.\n"},
		{"build into a link to nothing", []string{"build", "-o", dangling, sample},
			sample + ": không tạo được thư mục " + dangling + ": " + link + "; hãy chọn thư mục khác bằng -o.\n"},
		{"figures-template over a link to nothing", []string{"figures-template", sample, "-o", dangling},
			"kehoach: " + link + "; không ghi qua liên kết (thêm --force để thay liên kết bằng tệp mới)\n"},
		{"next over a link to nothing", []string{"next", sample, "--figures", sheet, "-o", dangling},
			"kehoach: " + link + "; không ghi qua liên kết (thêm --force để thay liên kết bằng tệp mới)\n"},
		{"extract over a link to nothing", []string{"archive", "extract", "-o", dangling, pdf},
			"kehoach: " + link + "; kehoach không ghi qua liên kết, hãy chọn tên khác bằng -o\n"},
		{"extract over a file", []string{"archive", "extract", "-o", file, pdf},
			"kehoach: đã có tệp " + file + "; kehoach không ghi đè, hãy chọn tên khác bằng -o\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runMain(t, tt.args...)
			if code != exitOther || stderr != tt.want {
				t.Errorf("exit %d, stderr\n%s\nwant exit %d and\n%s", code, stderr, exitOther, tt.want)
			}
			if target, err := os.Readlink(dangling); err != nil || target != "khong-co" {
				t.Errorf("the link was changed: %q, %v", target, err)
			}
			if data, err := os.ReadFile(file); err != nil || string(data) != "x" {
				t.Errorf("the file was changed: %q, %v", data, err)
			}
		})
	}
}

// TestArchiveWriteErrors: what the archive cannot write is said as a write,
// with the option that chooses another archive; a user who may not write
// into the archive is told so, not that a file cannot be read.
func TestArchiveWriteErrors(t *testing.T) {
	lock := filepath.Join("luu-tru", "a", "2021", "44", ".lock")
	folder := filepath.Join("luu-tru", "a", "2021", "44")
	tests := []struct {
		err  error
		want string
	}{
		{&output.Error{Op: output.OpWrite, Path: lock, Err: syscall.EACCES},
			"không có quyền ghi vào thư mục " + folder + " (để ghi " + lock + "); hãy chọn thư mục lưu trữ khác bằng --to"},
		{&output.Error{Op: output.OpFolder, Path: folder, Err: syscall.EACCES},
			"không có quyền tạo thư mục " + folder + "; hãy chọn thư mục lưu trữ khác bằng --to"},
		{&output.Error{Op: output.OpWrite, Path: lock, Err: syscall.EROFS},
			"không ghi được " + lock + ": thư mục " + folder + " nằm trên ổ đĩa chỉ đọc; hãy chọn thư mục lưu trữ khác bằng --to"},
		{&output.Error{Op: output.OpWrite, Path: lock, Err: syscall.ELOOP},
			"không ghi được " + lock + ": đó là một liên kết tượng trưng (symlink); kehoach không ghi qua liên kết"},
	}
	for _, tt := range tests {
		err := archiveError(tt.err)
		if got := describe(err); got != tt.want {
			t.Errorf("describe(archiveError(%v)):\n got %s\nwant %s", tt.err, got, tt.want)
		}
		if !errors.Is(err, tt.err) {
			t.Errorf("archiveError(%v) does not wrap it", tt.err)
		}
	}
}

// TestTemplateReasonsInVietnamese: a Word template whose XML kehoach
// cannot use is refused with the part and the reason in Vietnamese.
func TestTemplateReasonsInVietnamese(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		edit func(doc string) string
		want string
	}{
		{"no page setup", func(doc string) string {
			start := strings.LastIndex(doc, "<w:sectPr")
			end := strings.Index(doc[start:], "</w:sectPr>")
			return doc[:start] + doc[start+end+len("</w:sectPr>"):]
		}, "phần word/document.xml không ghi khổ giấy và lề trang ở cuối văn bản (thẻ w:sectPr cuối cùng)\n"},
		{"broken XML", func(doc string) string {
			return strings.Replace(doc, "</w:body>", "</w:bodx>", 1)
		}, "phần word/document.xml không phải XML hợp lệ (chi tiết: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tmpl := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".docx")
			editTemplate(t, "../../internal/render/docx/testdata/split-runs.docx", tmpl, tt.edit)
			code, _, stderr := runMain(t, "build", "--template", tmpl, "-o", t.TempDir(), sample)
			want := "kehoach: mẫu Word " + tmpl + " không phải tệp Word (.docx) dùng được: " + tt.want
			if code != exitOther || !strings.HasPrefix(stderr, want) {
				t.Errorf("exit %d, stderr\n%s\nwant exit %d and\n%s", code, stderr, exitOther, want)
			}
		})
	}
}

// editTemplate copies the Word file from to to, with its
// word/document.xml changed by edit.
func editTemplate(t *testing.T, from, to string, edit func(string) string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	edited, err := zipparts.Edit(data, func(name string, b []byte) ([]byte, error) {
		if name == "word/document.xml" {
			return []byte(edit(string(b))), nil
		}
		return b, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, edited, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHelpListsExitCodes: the commands that act on one file at a time
// list the exit codes too, the same as build's.
func TestHelpListsExitCodes(t *testing.T) {
	for _, cmd := range []string{"archive", "figures-template", "next", "report-data"} {
		code, stdout, _ := runMain(t, cmd, "-h")
		if code != exitOK || !strings.HasSuffix(stdout, exitCodesText) {
			t.Errorf("%s -h: exit %d, and its help does not end with the exit codes:\n%s", cmd, code, stdout)
		}
	}
}
