package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/templates"
)

// TestTemplateCommand writes the built-in Word template to a file, builds
// with it as --template the same DOCX as without, and never overwrites a
// file.
func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	mau := filepath.Join(dir, "mau.docx")
	code, stdout, stderr := runMain(t, "template", "-o", mau)
	if code != exitOK || !strings.Contains(stdout, "đã ghi "+mau) {
		t.Fatalf("exit %d, stdout %q\n%s", code, stdout, stderr)
	}
	got, err := os.ReadFile(mau)
	if err != nil || !bytes.Equal(got, templates.PlanDocx) {
		t.Fatalf("%s is not the built-in template (err %v)", mau, err)
	}

	withOwn, builtIn := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if code, _, stderr := runMain(t, "build", "--format", "docx", "--template", mau, "-o", withOwn, sample); code != exitOK {
		t.Fatalf("build --template %s: exit %d\n%s", mau, code, stderr)
	}
	if code, _, stderr := runMain(t, "build", "--format", "docx", "-o", builtIn, sample); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	a, _ := os.ReadFile(filepath.Join(withOwn, "cam-lo-2021.docx"))
	b, _ := os.ReadFile(filepath.Join(builtIn, "cam-lo-2021.docx"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("the DOCX built with the written template differs from the one built with the built-in template")
	}

	// A restyled template is never overwritten.
	restyled := []byte("mẫu đã sửa")
	if err := os.WriteFile(mau, restyled, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runMain(t, "template", "-o", mau)
	if code != exitOther || !strings.Contains(stderr, "tệp "+mau+" đã có; không ghi đè") || strings.Contains(stderr, "--force") {
		t.Errorf("over a file: exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(mau); !bytes.Equal(after, restyled) {
		t.Error("the restyled template was overwritten")
	}
}

// TestTemplateUsage checks the command line of "kehoach template".
func TestTemplateUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"template"}, exitUsage, "thiếu tên tệp mẫu cần ghi: -o mau.docx"},
		{[]string{"template", "-o", filepath.Join(dir, "mau.doc")}, exitUsage, "tên tệp mẫu phải kết thúc bằng .docx"},
		{[]string{"template", "-o", filepath.Join(dir, "mau.docx"), sample}, exitUsage, "lệnh template không nhận tệp dữ liệu"},
		{[]string{"template", "--force", "-o", filepath.Join(dir, "mau.docx")}, exitUsage, "không có tùy chọn -force"},
	}
	for _, tt := range tests {
		code, _, stderr := runMain(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.inStderr) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.inStderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a wrong command line wrote %d files", len(entries))
	}
	code, stdout, _ := runMain(t, "template", "-h")
	if code != exitOK || !strings.Contains(stdout, "--template") || !strings.HasSuffix(stdout, exitCodesText) {
		t.Errorf("template -h: exit %d\n%s", code, stdout)
	}
	if _, stdout, _ := runMain(t, "help"); !strings.Contains(stdout, "  template ") {
		t.Errorf("help does not list the template command:\n%s", stdout)
	}
}

// TestTemplateChangesDocxOnly: a restyled template (one LibreOffice saved)
// changes the DOCX, never the PDF, as the README says.
func TestTemplateChangesDocxOnly(t *testing.T) {
	restyled := "../../internal/render/docx/testdata/split-runs.docx"
	withOwn, builtIn := t.TempDir(), t.TempDir()
	if code, _, stderr := runMain(t, "build", "--template", restyled, "-o", withOwn, sample); code != exitOK {
		t.Fatalf("build --template: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runMain(t, "build", "-o", builtIn, sample); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	read := func(dir, name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !bytes.Equal(read(withOwn, "cam-lo-2021.pdf"), read(builtIn, "cam-lo-2021.pdf")) {
		t.Error("the template changed the PDF")
	}
	if bytes.Equal(read(withOwn, "cam-lo-2021.docx"), read(builtIn, "cam-lo-2021.docx")) {
		t.Error("the restyled template left the DOCX as it was")
	}
}
