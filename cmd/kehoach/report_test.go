package main

import (
	"bytes"
	"github.com/kehoach/kehoach/internal/report"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/docxtext"
)

// reportSample is the sample year-end report, on the sample plan.
const reportSample = "../../data/bao-cao-cam-lo-2021.toml"

// reportWith writes the sample report into dir beside the sample plan,
// with old replaced by repl (once; "" leaves it as it is), and returns its
// path.
func reportWith(t *testing.T, dir, old, repl string) string {
	t.Helper()
	data := readOrFail(t, reportSample)
	if old != "" {
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("the sample report has no %q", old)
		}
		data = bytes.Replace(data, []byte(old), []byte(repl), 1)
	}
	if err := os.WriteFile(filepath.Join(dir, "cam-lo-2021.toml"), readOrFail(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "bao-cao.toml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReportPlanProblems builds reports whose plan cannot be used: each is
// refused with a Vietnamese message naming the report's file, line and
// field, exit code 1, and no file written.
func TestReportPlanProblems(t *testing.T) {
	tests := []struct {
		name, old, repl string
		line            int
		field, want     string
	}{
		{"plan is a number", `plan = "cam-lo-2021.toml"`, `plan = 44`, 11, "document.plan",
			"sai kiểu giá trị: cần chuỗi, nhưng đây là số nguyên 44"},
		{"plan left empty", `plan = "cam-lo-2021.toml"`, `plan = ""`, 11, "document.plan",
			"thiếu trường bắt buộc: kế hoạch được báo cáo"},
		{"plan missing", `plan = "cam-lo-2021.toml"`, `plan = "khong-co.toml"`, 11, "document.plan",
			`không tìm thấy tệp kế hoạch "khong-co.toml"`},
		{"archived plan missing", `plan = "cam-lo-2021.toml"`, `plan = "luu-tru/v1.pdf"`, 11, "document.plan",
			`không tìm thấy tệp kế hoạch "luu-tru/v1.pdf"`},
		{"plan is a folder", `plan = "cam-lo-2021.toml"`, `plan = "."`, 11, "document.plan",
			`không đọc được tệp kế hoạch ".": đó là thư mục, không phải tệp dữ liệu`},
		{"plan is a device", `plan = "cam-lo-2021.toml"`, `plan = "` + os.DevNull + `"`, 11, "document.plan",
			`không đọc được tệp kế hoạch "` + os.DevNull + `": đó không phải tệp thường`},
		{"unit the plan lacks", `name = "Xã Cam Thủy"`, `name = "Xã Cam An"`, 44, "units[2].name",
			`đơn vị "Xã Cam An" không có trong kế hoạch (đơn vị thứ 3 của kế hoạch là "Xã Cam Thủy")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if strings.Contains(tt.repl, os.DevNull) && runtime.GOOS == "windows" {
				t.Skip("NUL is no file on Windows")
			}
			dir := t.TempDir()
			report := reportWith(t, dir, tt.old, tt.repl)
			out := filepath.Join(dir, "out")
			code, stdout, stderr := runMain(t, "build", "-o", out, report)
			if code != exitData {
				t.Errorf("exit %d, want %d\n%s%s", code, exitData, stdout, stderr)
			}
			want := report + ", dòng " + strconv.Itoa(tt.line) + ", trường " + tt.field + ": " + tt.want
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr\n%s\nwant %q", stderr, want)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("%s was made (err %v): no file may be written", out, err)
			}
		})
	}
}

// TestReportOnArchivedPlanPDF archives the sample plan, then builds the
// sample report on the archived PDF instead of the plan's data file: the
// plan's data is read from the PDF, and the report is the same, byte for
// byte, as the one built on the data file.
func TestReportOnArchivedPlanPDF(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	if code, stdout, stderr := runArchive(t, "--to", root, sample); code != exitOK {
		t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
	}
	pdfs, err := filepath.Glob(filepath.Join(root, "*", "2021", "44-KH-UBND-*", "v1.pdf"))
	if err != nil || len(pdfs) != 1 {
		t.Fatalf("archived versions %v (err %v), want one", pdfs, err)
	}
	dir := t.TempDir()
	rel, err := filepath.Rel(dir, pdfs[0])
	if err != nil {
		t.Fatal(err)
	}
	report := reportWith(t, dir, `plan = "cam-lo-2021.toml"`, `plan = "`+filepath.ToSlash(rel)+`"`)
	onPDF, onData := filepath.Join(dir, "pdf"), filepath.Join(dir, "data")
	if code, stdout, stderr := runMain(t, "build", "-o", onPDF, report); code != exitOK {
		t.Fatalf("build on the archived plan: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain(t, "build", "-o", onData, reportSample); code != exitOK {
		t.Fatalf("build on the plan's data file: exit %d\n%s", code, stderr)
	}
	for _, ext := range []string{".pdf", ".docx"} {
		a := readOrFail(t, filepath.Join(onPDF, "bao-cao"+ext))
		b := readOrFail(t, filepath.Join(onData, "bao-cao-cam-lo-2021"+ext))
		if !bytes.Equal(a, b) {
			t.Errorf("the report%s on the archived plan differs from the one on the plan's data file", ext)
		}
	}
	paras, err := docxtext.Paragraphs(readOrFail(t, filepath.Join(onPDF, "bao-cao.docx")))
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(paras, "Tổng cộng")
	if i < 0 || len(paras) < i+14 {
		t.Fatalf("no total row in %q", paras)
	}
	if got, want := strings.Join(paras[i+1:i+14], " "), "14.932 405 2,71 37 44 2 8 15.011 371 2,47 34 0,24 91,89"; got != want {
		t.Errorf("total row %q, want %q", got, want)
	}
	// Next year's plan from the report reads the same archived plan.
	next := filepath.Join(dir, "ke-hoach-2022.toml")
	if code, stdout, stderr := runMain(t, "next", report, "-o", next); code != exitOK {
		t.Fatalf("next from the report on the archived plan: exit %d\n%s%s", code, stdout, stderr)
	}
	if data := string(readOrFail(t, next)); !strings.Contains(data, "year = 2022") || !strings.Contains(data, "households = 1471") {
		t.Errorf("next year's plan from the report on the archived plan:\n%s", data)
	}
}

// TestReportPromptsRefusedWhenFinal: a report whose wording is still a
// prompt that report-data wrote builds as a draft with a warning naming
// the paragraph, and build --final refuses it.
func TestReportPromptsRefusedWhenFinal(t *testing.T) {
	dir := t.TempDir()
	prompt := report.Draft("", 2021, nil).Text.Tasks[0]
	path := reportWith(t, dir, "tasks = [                   # nhiệm vụ, giải pháp năm tới\n",
		"tasks = [                   # nhiệm vụ, giải pháp năm tới\n  "+strconv.Quote(prompt)+",\n")
	field := "trường text.tasks[0]: đoạn này vẫn là lời nhắc"
	code, stdout, stderr := runMain(t, "check", path)
	if code != exitOK || !strings.Contains(stdout+stderr, field) {
		t.Errorf("check: exit %d\n%s%s\nwant 0 and a warning %q", code, stdout, stderr, field)
	}
	code, stdout, stderr = runMain(t, "build", "--final", "-o", filepath.Join(dir, "out"), path)
	if code != exitData || !strings.Contains(stderr, field) {
		t.Errorf("build --final: exit %d\n%s%s\nwant 1 and %q", code, stdout, stderr, field)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); !os.IsNotExist(err) {
		t.Errorf("build --final wrote files (err %v)", err)
	}
}
