package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/zipparts"
	"github.com/kehoach/kehoach/templates"
)

const sample = "../../data/cam-lo-2021.toml"

// runMain runs kehoach with args and returns its exit code and output.
func runMain(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(&out, &errb)
	code = exitCode(m.Run(context.Background(), args), m)
	return code, out.String(), errb.String()
}

func TestBuildWritesPDF(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runMain(t, "build", "-o", dir, sample)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for name, magic := range map[string]string{"cam-lo-2021.pdf": "%PDF-", "cam-lo-2021.docx": "PK\x03\x04"} {
		path := filepath.Join(dir, name)
		if !strings.Contains(stdout, "đã ghi "+path) {
			t.Errorf("stdout %q does not name %s", stdout, path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte(magic)) {
			t.Errorf("%s does not start with %q", path, magic)
		}
	}
	assertFiles(t, dir, "cam-lo-2021.docx", "cam-lo-2021.pdf")
}

func TestBuildFormatDocxOnly(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runMain(t, "build", "--format", "docx", "-o", dir, sample)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	assertFiles(t, dir, "cam-lo-2021.docx")
}

// TestBuildWithTemplate passes a template saved by LibreOffice with its
// placeholders split across runs; a template with a placeholder missing is
// refused with its name; and the output never goes over the template.
func TestBuildWithTemplate(t *testing.T) {
	split := "../../internal/render/docx/testdata/split-runs.docx"
	dir := t.TempDir()
	code, _, stderr := runMain(t, "build", "--template", split, "-o", dir, sample)
	if code != exitOK {
		t.Fatalf("split template: exit %d\n%s", code, stderr)
	}
	assertFiles(t, dir, "cam-lo-2021.docx", "cam-lo-2021.pdf")

	tmpl := filepath.Join(t.TempDir(), "cam-lo-2021.docx")
	data, err := os.ReadFile(split)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tmpl, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runMain(t, "build", "--template", tmpl, "-o", filepath.Dir(tmpl), sample)
	if code != exitOther || !strings.Contains(stderr, "không ghi đè lên "+tmpl) {
		t.Errorf("output over the template: exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(tmpl); !bytes.Equal(after, data) {
		t.Error("the template was changed")
	}
	assertFiles(t, filepath.Dir(tmpl), "cam-lo-2021.docx")

	// The shipped template without its {{signer}}: refused with the name,
	// and nothing written.
	lacking := filepath.Join(t.TempDir(), "thieu.docx")
	if err := os.WriteFile(lacking, withoutPlaceholder(t, templates.PlanDocx, "{{signer}}"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr = runMain(t, "build", "--template", lacking, "-o", out, sample)
	if code == exitOK || !strings.Contains(stderr, lacking) || !strings.Contains(stderr, "{{signer}}") {
		t.Errorf("a template without {{signer}}: exit %d, stderr %q; want an error naming the template and {{signer}}", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a template without {{signer}}: %s was created (err %v)", out, err)
	}

	code, _, stderr = runMain(t, "build", "--template", sample, "-o", t.TempDir(), sample)
	if code != exitOther || !strings.Contains(stderr, "mẫu Word "+sample+" không phải tệp Word") {
		t.Errorf("a TOML file as template: exit %d, stderr %q", code, stderr)
	}
}

// withoutPlaceholder returns a copy of the .docx template with the text
// placeholder taken out of its main part.
func withoutPlaceholder(t *testing.T, template []byte, placeholder string) []byte {
	t.Helper()
	out, err := zipparts.Edit(template, func(name string, b []byte) ([]byte, error) {
		if name != "word/document.xml" {
			return b, nil
		}
		if !bytes.Contains(b, []byte(placeholder)) {
			return nil, fmt.Errorf("the template lacks %s", placeholder)
		}
		return bytes.ReplaceAll(b, []byte(placeholder), nil), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// badPlan writes the sample with its text changed by the replacements.
func badPlan(t *testing.T, dir string, replace ...string) string {
	t.Helper()
	b, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i < len(replace); i += 2 {
		if !strings.Contains(s, replace[i]) {
			t.Fatalf("sample lacks %q", replace[i])
		}
		s = strings.Replace(s, replace[i], replace[i+1], 1)
	}
	path := filepath.Join(dir, "loi.toml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBadDataWritesNothing(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "out")
	path := badPlan(t, in,
		"households = 2169", "households = 0",
		`date = "18/03/2021"`, `date = "30/02/2021"`,
		"policy_poor = 44", "policy_pour = 44",
	)
	for _, cmd := range []string{"check", "build"} {
		args := []string{cmd, path}
		if cmd == "build" {
			args = []string{cmd, "-o", out, path}
		}
		code, _, stderr := runMain(t, args...)
		if code != exitData {
			t.Errorf("%s: exit %d, want %d", cmd, code, exitData)
		}
		for _, want := range []string{
			path + ", dòng ",
			"units[5].households",
			"document.date",
			`"policy_pour"`,
			"có 3 lỗi trong dữ liệu; không ghi tệp nào.",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", cmd, want, stderr)
			}
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("build with bad data created %s (err %v)", out, err)
	}
}

func TestCheckGoodData(t *testing.T) {
	code, stdout, stderr := runMain(t, "check", sample)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if want := sample + ": dữ liệu hợp lệ (ban hành).\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
}

// TestCheckTellsState: check names each plan's state, and counts them.
func TestCheckTellsState(t *testing.T) {
	good, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	unnumbered := strings.Replace(strings.Replace(string(good), "number = 44 ", "# ", 1), `date = "18/03/2021" `, "# ", 1)
	signing := filepath.Join(dir, "ky-so.toml")
	os.WriteFile(signing, []byte(strings.Replace(unnumbered, "scope = ", "state = \"Trình ký số\"\nscope = ", 1)), 0o644)
	draft := filepath.Join(dir, "du-thao.toml")
	os.WriteFile(draft, []byte(unnumbered), 0o644)
	code, stdout, stderr := runMain(t, "check", "-j", "1", signing, draft)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{signing + ": dữ liệu hợp lệ (trình ký số).\n", draft + ": dữ liệu hợp lệ (dự thảo).\n"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout %q lacks %q", stdout, want)
		}
	}
	if want := "Tổng kết: 2 tệp dữ liệu hợp lệ (1 dự thảo, 1 trình ký số).\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStderr string
		inStdout string
	}{
		{nil, exitUsage, "thiếu lệnh", ""},
		{[]string{"lam"}, exitUsage, `không có lệnh "lam"`, ""},
		{[]string{"build"}, exitUsage, "thiếu tệp dữ liệu", ""},
		{[]string{"check"}, exitUsage, "thiếu tệp dữ liệu", ""},
		{[]string{"build", "-x", sample}, exitUsage, "không có tùy chọn -x", ""},
		{[]string{"build", "-o"}, exitUsage, "tùy chọn cần một giá trị: -o", ""},
		{[]string{"batch"}, exitUsage, "thiếu thư mục hoặc tệp dữ liệu", ""},
		{[]string{"batch", "../../templates/docx"}, exitUsage, "không tìm thấy tệp dữ liệu .toml nào trong ../../templates/docx", ""},
		{[]string{"build", "-j", "0", sample}, exitUsage, "-j phải từ 1 đến 64", ""},
		{[]string{"check", "../../data"}, exitData, "../../data là thư mục, không phải tệp dữ liệu; để lập mọi tệp .toml trong một thư mục, dùng lệnh kehoach batch", ""},
		{[]string{"help"}, exitOK, "", "Các lệnh:"},
		{[]string{"--help"}, exitOK, "", "Các lệnh:"},
		{[]string{"build", "-h"}, exitOK, "", "thư mục ghi văn bản"},
		{[]string{"check", "-h"}, exitOK, "", "Không ghi tệp nào."},
		{[]string{"check", "khong-co.toml"}, exitData, "không có tệp khong-co.toml", ""},
		{[]string{"build", "-o", "x", "khong-co.toml"}, exitData, "không có tệp khong-co.toml", ""},
		{[]string{"build", "--format", "odt", sample}, exitUsage, `định dạng "odt" không có`, ""},
		{[]string{"build", "--template", "khong-co.docx", sample}, exitOther, "không có tệp khong-co.docx", ""},
	}
	for _, tt := range tests {
		code, stdout, stderr := runMain(t, tt.args...)
		if code != tt.code {
			t.Errorf("%q: exit %d, want %d\n%s", tt.args, code, tt.code, stderr)
		}
		if !strings.Contains(stderr, tt.inStderr) {
			t.Errorf("%q: stderr %q lacks %q", tt.args, stderr, tt.inStderr)
		}
		if !strings.Contains(stdout, tt.inStdout) {
			t.Errorf("%q: stdout %q lacks %q", tt.args, stdout, tt.inStdout)
		}
	}
}

func assertFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}
