package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nextPlan writes next year's data file from the sample and filled
// figures, in dir, and returns its path.
func nextPlan(t *testing.T, dir string) string {
	t.Helper()
	sheet := filepath.Join(dir, "so-lieu-2021.xlsx")
	next := filepath.Join(dir, "cam-lo-2022.toml")
	if code, _, stderr := runMain(t, "figures-template", sample, "-o", sheet); code != exitOK {
		t.Fatalf("figures-template: exit %d\n%s", code, stderr)
	}
	fillSheet(t, sheet, nil)
	if code, _, stderr := runMain(t, "next", sample, "--figures", sheet, "-o", next); code != exitOK {
		t.Fatalf("next: exit %d\n%s", code, stderr)
	}
	return next
}

// edit replaces old by new, once, in the file at path.
func edit(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fixStale does what the clerk does with the texts of next year's plan
// that still name last year: the subject is corrected, the rest kept on
// purpose.
func fixStale(t *testing.T, path string) {
	t.Helper()
	edit(t, path, `subject = "Thực hiện Chương trình giảm nghèo năm 2021"`, `subject = "Thực hiện Chương trình giảm nghèo năm 2022"`)
	edit(t, path, "[issuer]", `keep_years = ["survey.standard", "text.intro[0]", "text.purposes[2]", "text.goals[0]",
  "text.notes[0]", "text.tasks[3]", "text.tasks[4]", "responsibilities[0].duties[0]", "responsibilities[0].duties[2]",
  "responsibilities[4].duties[0]", "responsibilities[4].duties[2]", "responsibilities[5].duties[1]"]

[issuer]`)
}

// TestStaleYears checks that a text of next year's plan that still names
// last year stays reported until the clerk changes it: check warns and
// passes, build --final refuses and writes nothing, both naming the file,
// the line, the field and the year; keep_years keeps a text on purpose.
func TestStaleYears(t *testing.T) {
	dir := t.TempDir()
	next := nextPlan(t, dir)
	edit(t, next, `date = ""`, `date = "15/03/2022"`)
	edit(t, next, "# number = …", "number = 12 #")
	// The subject is line 17 of the file next writes: 9 lines of comment,
	// a blank line, [document], type, number, place, date, year, subject.
	subject := next + ", dòng 17, trường document.subject: câu còn nhắc năm 2021, trước năm của kế hoạch (2022): «…Chương trình giảm nghèo năm 2021»"

	code, stdout, stderr := runMain(t, "check", next)
	if code != exitOK || !strings.Contains(stderr, "cảnh báo: "+subject) || !strings.Contains(stdout, "có 13 cảnh báo") {
		t.Errorf("check: exit %d\n%s\n%s\nwant 0 and the warning %q", code, stdout, stderr, subject)
	}
	final := filepath.Join(dir, "final")
	code, _, stderr = runMain(t, "build", "--final", "-o", final, next)
	if code != exitData || !strings.Contains(stderr, subject) || !strings.Contains(stderr, "có 13 lỗi") {
		t.Errorf("build --final: exit %d\n%s\nwant 1 and %q", code, stderr, subject)
	}
	if _, err := os.Stat(final); err == nil {
		t.Error("build --final of a plan that names last year wrote something")
	}

	// A draft is built, with the warnings.
	code, _, stderr = runMain(t, "build", "-o", filepath.Join(dir, "draft"), next)
	if code != exitOK || !strings.Contains(stderr, "cảnh báo: "+subject) {
		t.Errorf("build: exit %d\n%s\nwant 0 and the warning", code, stderr)
	}

	// The subject corrected, the other texts kept on purpose.
	fixStale(t, next)
	code, stdout, stderr = runMain(t, "check", next)
	if code != exitOK || strings.Contains(stderr, "cảnh báo") || !strings.Contains(stdout, "dữ liệu hợp lệ (ban hành).") {
		t.Errorf("check once fixed: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain(t, "build", "--final", "-o", final, next); code != exitOK {
		t.Errorf("build --final once fixed: exit %d\n%s", code, stderr)
	}

	// A kept text that is edited to name another old year stays kept; a
	// text not kept that is edited to name one is reported.
	edit(t, next, `subject = "Thực hiện Chương trình giảm nghèo năm 2022"`, `subject = "Thực hiện Chương trình giảm nghèo năm 2020"`)
	code, _, stderr = runMain(t, "build", "--final", "-o", filepath.Join(dir, "again"), next)
	if code != exitData || !strings.Contains(stderr, "trường document.subject: câu còn nhắc năm 2020") {
		t.Errorf("build --final of a subject naming 2020: exit %d\n%s", code, stderr)
	}
}

// TestKeepYearsUnknown checks that keep_years naming no text is an error
// at its entry.
func TestKeepYearsUnknown(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.toml")
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), `"text.goals[0]"]`, `"text.goals[0]", "text.tasks[99]"]`, 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "check", path)
	if want := "trường document.keep_years[3]: không có câu nào ở trường \"text.tasks[99]\""; code != exitData || !strings.Contains(stderr, want) {
		t.Errorf("check: exit %d\n%s\nwant 1 and %q", code, stderr, want)
	}
}

// TestStaleYearsJSON checks that check --json gives the warnings of a
// file that checks, each with its line and field.
func TestStaleYearsJSON(t *testing.T) {
	next := nextPlan(t, t.TempDir())
	code, stdout, stderr := runMain(t, "check", "--json", next)
	var s struct {
		Built []struct {
			Input    string
			Warnings []struct {
				File    string
				Line    int
				Field   string
				Message string
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil || code != exitOK {
		t.Fatalf("check --json: exit %d, %v\n%s\n%s", code, err, stdout, stderr)
	}
	if len(s.Built) != 1 || len(s.Built[0].Warnings) != 13 {
		t.Fatalf("got %+v, want one file with 13 warnings", s.Built)
	}
	w := s.Built[0].Warnings[0]
	if w.File != next || w.Line != 17 || w.Field != "document.subject" || !strings.Contains(w.Message, "năm 2021") {
		t.Errorf("first warning %+v, want document.subject at line 17 naming 2021", w)
	}
}
