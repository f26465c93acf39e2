package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveCopy: archive names the file to sign, and copy writes exactly
// that file, the version of the data file given or of the folder, never
// over a file, never from a version changed since it was archived, never
// for data not archived.
func TestArchiveCopy(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	dir := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee")
	v1, v2 := filepath.Join(dir, "v1.pdf"), filepath.Join(dir, "v2.pdf")
	out := t.TempDir()

	code, stdout, stderr := runArchive(t, "--to", root, sample)
	if code != exitOK || !strings.Contains(stdout, "\ntệp để ký số: "+v1+"\n") {
		t.Fatalf("archive does not name the file to sign: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runArchive(t, "--to", root, sample)
	if code != exitOK || !strings.Contains(stdout, "\ntệp để ký số: "+v1+"\n") {
		t.Errorf("archive of unchanged data does not name the file to sign: exit %d\n%s", code, stdout)
	}
	changed := filepath.Join(t.TempDir(), "cam-lo-2021.toml")
	data := readOrFail(t, sample)
	os.WriteFile(changed, append(bytes.Clone(data), "\n# sửa lần 2\n"...), 0o644)
	if code, stdout, stderr := runArchive(t, "--to", root, changed); code != exitOK || !strings.Contains(stdout, "tệp để ký số: "+v2) {
		t.Fatalf("archive v2: exit %d\n%s%s", code, stdout, stderr)
	}

	copyTo := func(name string, args ...string) (string, int, string, string) {
		t.Helper()
		path := filepath.Join(out, name)
		code, stdout, stderr := runArchive(t, append([]string{"copy", "-o", path}, args...)...)
		return path, code, stdout, stderr
	}
	for _, tt := range []struct {
		name string
		args []string
		want string // the version whose bytes are copied
	}{
		{"first data file", []string{"--to", root, sample}, v1},
		{"second data file", []string{sample, "--to", root}, v1},
		{"changed data file", []string{"--to", root, changed}, v2},
		{"folder", []string{dir}, v2},
		{"folder, version 1", []string{"-v", "1", dir}, v1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path, code, stdout, stderr := copyTo(strings.ReplaceAll(tt.name, " ", "-")+".pdf", tt.args...)
			if code != exitOK || !strings.Contains(stdout, "tệp để ký số: "+path) || !strings.Contains(stdout, tt.want) {
				t.Fatalf("copy: exit %d\n%s%s", code, stdout, stderr)
			}
			if !bytes.Equal(readOrFail(t, path), readOrFail(t, tt.want)) {
				t.Errorf("%s is not %s byte for byte", path, tt.want)
			}
		})
	}

	// Never over a file: the file stays as it was.
	taken := filepath.Join(out, "taken.pdf")
	os.WriteFile(taken, []byte("giữ nguyên"), 0o644)
	if _, code, _, stderr := copyTo("taken.pdf", "--to", root, sample); code != exitOther || !strings.Contains(stderr, "kehoach không ghi đè") ||
		string(readOrFail(t, taken)) != "giữ nguyên" {
		t.Errorf("copy over a file: exit %d\n%s", code, stderr)
	}
	// Data never archived.
	other := filepath.Join(t.TempDir(), "khac.toml")
	os.WriteFile(other, append(bytes.Clone(data), "\n# chưa lưu\n"...), 0o644)
	if path, code, _, stderr := copyTo("other.pdf", "--to", root, other); code != exitData || !strings.Contains(stderr, "dữ liệu này chưa được lưu trữ") ||
		pathExists(path) {
		t.Errorf("copy of data never archived: exit %d\n%s", code, stderr)
	}
	// Usage: no -o; -v with a data file; a version that is not there.
	if code, _, stderr := runArchive(t, "copy", "--to", root, sample); code != exitUsage || !strings.Contains(stderr, "thiếu -o") {
		t.Errorf("copy without -o: exit %d\n%s", code, stderr)
	}
	if _, code, _, stderr := copyTo("v.pdf", "-v", "1", "--to", root, sample); code != exitUsage || !strings.Contains(stderr, "-v chỉ dùng với thư mục") {
		t.Errorf("copy -v of a data file: exit %d\n%s", code, stderr)
	}
	if path, code, _, stderr := copyTo("v3.pdf", "-v", "3", dir); code != exitData || !strings.Contains(stderr, "không có phiên bản 3") || pathExists(path) {
		t.Errorf("copy -v 3: exit %d\n%s", code, stderr)
	}
	// A version changed since it was archived is not copied.
	b := readOrFail(t, v1)
	b[len(b)/2] ^= 0x20
	os.WriteFile(v1, b, 0o644)
	if path, code, _, stderr := copyTo("changed.pdf", "--to", root, sample); code != exitData || !strings.Contains(stderr, v1+": tệp đã bị sửa sau khi lưu") ||
		pathExists(path) {
		t.Errorf("copy of a changed version: exit %d\n%s", code, stderr)
	}
}

// pathExists reports whether path names a file.
func pathExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
