package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/output"
)

// TestFlagsAfterFiles: flags may follow the files, as users type them, for
// every command; "--" ends the flags.
func TestFlagsAfterFiles(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runMain(t, "build", sample, "-o", dir, "--format", "pdf")
	if code != exitOK {
		t.Fatalf("build FILE -o DIR: exit %d\n%s", code, stderr)
	}
	assertFiles(t, dir, "cam-lo-2021.pdf")
	if _, err := os.Stat("out"); err == nil {
		t.Error("build FILE -o DIR wrote into ./out")
	}

	batchDir := t.TempDir()
	code, stdout, stderr := runMain(t, "batch", "../../data", "-j", "1", "-o", batchDir, "--format=docx", "--json")
	if code != exitOK {
		t.Fatalf("batch DIR -j 1 -o DIR: exit %d\n%s", code, stderr)
	}
	assertFiles(t, batchDir, "bao-cao-cam-lo-2021.docx", "cam-lo-2021.docx", "xa-cam-lo-2026.docx")
	if !json.Valid([]byte(stdout)) {
		t.Errorf("--json after the folder: stdout is not JSON: %q", stdout)
	}

	code, stdout, _ = runMain(t, "check", sample, "-j", "1")
	if code != exitOK || !strings.Contains(stdout, "dữ liệu hợp lệ") {
		t.Errorf("check FILE -j 1: exit %d, stdout %q", code, stdout)
	}

	// After "--", "-o" is a file's name.
	code, _, stderr = runMain(t, "check", "--", "-o")
	if code != exitData || !strings.Contains(stderr, "không có tệp -o") {
		t.Errorf("check -- -o: exit %d, stderr %q", code, stderr)
	}
}

func TestSplitArgs(t *testing.T) {
	tests := []struct {
		args         []string
		flags, files string
	}{
		{[]string{"a.toml", "-o", "d", "b.toml"}, "-o d", "a.toml b.toml"},
		{[]string{"--json", "a.toml", "-j", "2"}, "--json -j 2", "a.toml"},
		{[]string{"-o=d", "a.toml", "--", "-j", "--json"}, "-o=d", "a.toml -j --json"},
		{[]string{"-o", "--", "a.toml"}, "-o --", "a.toml"}, // "--" as a value
		{[]string{"-", "a.toml"}, "", "- a.toml"},
		{[]string{"a.toml", "-o"}, "-o", "a.toml"}, // the parser says a value is missing
	}
	for _, tt := range tests {
		fs := addWriteForTest()
		flags, files := splitArgs(fs, tt.args)
		if strings.Join(flags, " ") != tt.flags || strings.Join(files, " ") != tt.files {
			t.Errorf("splitArgs(%q) = %q, %q; want %q, %q", tt.args, flags, files, tt.flags, tt.files)
		}
	}
}

// TestSameNameRefused: two data files of the same name would write the same
// documents; nothing is written and both are named.
func TestSameNameRefused(t *testing.T) {
	in := t.TempDir()
	data, _ := os.ReadFile(sample)
	for _, d := range []string{"a", "b"} {
		os.MkdirAll(filepath.Join(in, d), 0o755)
		os.WriteFile(filepath.Join(in, d, "x.toml"), data, 0o644)
	}
	a, b := filepath.Join(in, "a", "x.toml"), filepath.Join(in, "b", "x.toml")
	out := filepath.Join(t.TempDir(), "out")
	for _, cmd := range []string{"build", "batch"} {
		code, _, stderr := runMain(t, cmd, "-o", out, a, b)
		if code != exitUsage {
			t.Errorf("%s: exit %d, want %d", cmd, code, exitUsage)
		}
		want := "hai tệp dữ liệu " + a + " và " + b + " cùng cho ra văn bản " + filepath.Join(out, "x") + ".*"
		if !strings.Contains(stderr, want) || !strings.Contains(stderr, "không ghi tệp nào") {
			t.Errorf("%s: stderr %q lacks %q", cmd, stderr, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s wrote %s", cmd, out)
		}
	}
	// In a tree, the same names in two folders are fine.
	code, _, stderr := runMain(t, "batch", "-o", out, in)
	if code != exitOK {
		t.Fatalf("batch of the tree: exit %d\n%s", code, stderr)
	}
	assertFiles(t, filepath.Join(out, "a"), "x.docx", "x.pdf")
	assertFiles(t, filepath.Join(out, "b"), "x.docx", "x.pdf")
}

// TestBatchSummary runs a folder with good, bad and unreadable files, plans
// and a report on one of them: the good ones are built, the summary names
// each document built (kind, state, number, issuer, year), lists each
// failure sorted by file, with line and field, counts the documents built
// of each kind in each state, and the exit code is 1; --json gives the
// same as JSON, with each document's kind, type, number, issuer, year and
// state.
func TestBatchSummary(t *testing.T) {
	in := t.TempDir()
	good, _ := os.ReadFile(sample)
	os.MkdirAll(filepath.Join(in, "quang-tri"), 0o755)
	os.WriteFile(filepath.Join(in, "quang-tri", "cam-lo.toml"), good, 0o644)
	report, _ := os.ReadFile(filepath.Join(filepath.Dir(sample), "bao-cao-cam-lo-2021.toml"))
	os.WriteFile(filepath.Join(in, "quang-tri", "bao-cao.toml"), bytes.Replace(report, []byte(`plan = "cam-lo-2021.toml"`), []byte(`plan = "cam-lo.toml"`), 1), 0o644)
	unnumbered := strings.Replace(strings.Replace(string(good), "number = 44 ", "# ", 1), `date = "18/03/2021" `, "# ", 1)
	os.WriteFile(filepath.Join(in, "quang-tri", "du-thao.toml"), []byte(unnumbered), 0o644)
	os.WriteFile(filepath.Join(in, "quang-tri", "ky-so.toml"), []byte(strings.Replace(unnumbered, "scope = ", "state = \"trình ký số\"\nscope = ", 1)), 0o644)
	os.WriteFile(filepath.Join(in, "b-loi.toml"), []byte(strings.Replace(string(good), "reduction = 17", "reduction = 170", 1)), 0o644)
	os.WriteFile(filepath.Join(in, "ghi-chu.txt"), []byte("không phải dữ liệu"), 0o644)
	os.Symlink(filepath.Join(in, "khong-co"), filepath.Join(in, "a-treo.toml"))
	out := t.TempDir()

	code, stdout, stderr := runMain(t, "batch", in, "-o", out)
	if code != exitData {
		t.Fatalf("exit %d, want %d\n%s", code, exitData, stderr)
	}
	wantStderr := strings.Join([]string{
		filepath.Join(in, "quang-tri", "bao-cao.toml") + ": báo cáo, ban hành, số 215/BC-UBND, Ủy ban nhân dân huyện Cam Lộ, năm 2021.",
		filepath.Join(in, "quang-tri", "cam-lo.toml") + ": kế hoạch, ban hành, số 44/KH-UBND, Ủy ban nhân dân huyện Cam Lộ, năm 2021.",
		filepath.Join(in, "quang-tri", "du-thao.toml") + ": kế hoạch, dự thảo, số …/KH-UBND, Ủy ban nhân dân huyện Cam Lộ, năm 2021.",
		filepath.Join(in, "quang-tri", "ky-so.toml") + ": kế hoạch, trình ký số, số …/KH-UBND, Ủy ban nhân dân huyện Cam Lộ, năm 2021.",
		"không có tệp " + filepath.Join(in, "a-treo.toml") + ".",
		filepath.Join(in, "b-loi.toml") + ", dòng 54, trường units[0].reduction: số hộ giảm nghèo (170) lớn hơn số hộ nghèo (99 = 44 hộ CS GN + 55 hộ BTXH).",
		filepath.Join(in, "b-loi.toml") + ": có 1 lỗi trong dữ liệu; không ghi tệp nào.",
		"Tổng kết: đã lập 4 tệp dữ liệu (8 văn bản; 1 báo cáo: 1 ban hành; 3 kế hoạch: 1 dự thảo, 1 trình ký số, 1 ban hành), 2 tệp lỗi.",
	}, "\n") + "\n"
	if stderr != wantStderr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantStderr)
	}
	for _, f := range []string{"cam-lo.pdf", "cam-lo.docx", "bao-cao.pdf", "bao-cao.docx"} {
		if !strings.Contains(stdout, "đã ghi "+filepath.Join(out, "quang-tri", f)+"\n") {
			t.Errorf("stdout %q does not name %s", stdout, f)
		}
	}

	code, stdout, _ = runMain(t, "batch", "--json", "-o", out, in)
	var s struct {
		Interrupted bool `json:"interrupted"`
		ExitCode    int  `json:"exit_code"`
		Built       []struct {
			Input string   `json:"input"`
			Files []string `json:"files"`
			jsonPlan
		} `json:"built"`
		Failed []struct {
			Input  string `json:"input"`
			Kind   string `json:"kind"`
			Errors []struct {
				File    string `json:"file"`
				Line    int    `json:"line"`
				Column  int    `json:"column"`
				Field   string `json:"field"`
				Message string `json:"message"`
			} `json:"errors"`
		} `json:"failed"`
		NotRun []string `json:"not_run"`
		Counts []struct {
			Kind  string `json:"document_kind"`
			State string `json:"state"`
			Files int    `json:"files"`
		} `json:"counts"`
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("--json: %v\n%s", err, stdout)
	}
	if got := fmt.Sprint(s.Counts); got != "[{báo cáo ban hành 1} {kế hoạch dự thảo 1} {kế hoạch trình ký số 1} {kế hoạch ban hành 1}]" {
		t.Errorf("--json counts: %s", got)
	}
	if code != exitData || s.ExitCode != exitData || s.Interrupted || len(s.NotRun) != 0 {
		t.Errorf("--json: exit %d, summary %+v", code, s)
	}
	if len(s.Built) != 4 || !slices.Equal(s.Built[1].Files, []string{filepath.Join(out, "quang-tri", "cam-lo.pdf"), filepath.Join(out, "quang-tri", "cam-lo.docx")}) {
		t.Fatalf("--json built: %+v", s.Built)
	}
	issuer := "Ủy ban nhân dân huyện Cam Lộ"
	kh, bc := ptr("kế hoạch"), ptr("báo cáo")
	for i, want := range []jsonPlan{ // bao-cao, cam-lo, du-thao, ky-so
		{Kind: bc, Type: ptr("BC"), Number: ptr("215/BC-UBND"), Issuer: ptr(issuer), Year: ptr(2021), Draft: ptr(false), State: ptr("ban hành")},
		{Kind: kh, Type: ptr("KH"), Number: ptr("44/KH-UBND"), Issuer: ptr(issuer), Year: ptr(2021), Draft: ptr(false), State: ptr("ban hành")},
		{Kind: kh, Type: ptr("KH"), Number: ptr("/KH-UBND"), Issuer: ptr(issuer), Year: ptr(2021), Draft: ptr(true), State: ptr("dự thảo")},
		{Kind: kh, Type: ptr("KH"), Number: ptr("/KH-UBND"), Issuer: ptr(issuer), Year: ptr(2021), Draft: ptr(false), State: ptr("trình ký số")},
	} {
		if got := s.Built[i].jsonPlan; !got.equal(want) {
			t.Errorf("--json built[%d] (%s): %s, want %s", i, s.Built[i].Input, got, want)
		}
	}
	if len(s.Failed) != 2 || s.Failed[0].Kind != "read" || s.Failed[1].Kind != "data" {
		t.Fatalf("--json failed: %+v", s.Failed)
	}
	e := s.Failed[1].Errors[0]
	if e.File != filepath.Join(in, "b-loi.toml") || e.Line != 54 || e.Field != "units[0].reduction" || !strings.Contains(e.Message, "(170)") {
		t.Errorf("--json data error: %+v", e)
	}
}

// jsonPlan is the document of a data file in the JSON summary; a field
// left out is nil.
type jsonPlan struct {
	Kind   *string `json:"document_kind"`
	Type   *string `json:"type"`
	Number *string `json:"number"`
	Issuer *string `json:"issuer"`
	Year   *int    `json:"year"`
	Draft  *bool   `json:"draft"`
	State  *string `json:"state"`
}

func (p jsonPlan) String() string {
	b, _ := json.Marshal(p)
	return string(b)
}

func (p jsonPlan) equal(q jsonPlan) bool { return p.String() == q.String() }

func ptr[T any](v T) *T { return &v }

// TestBatchFinalNamesDrafts: with --final, a draft is refused and its
// failure still says which plan it is, in the summary's counts and in JSON.
func TestBatchFinalNamesDrafts(t *testing.T) {
	in := t.TempDir()
	good, _ := os.ReadFile(sample)
	draft := strings.Replace(string(good), "\n[issuer]\n", "\ndraft = true\n\n[issuer]\n", 1)
	os.WriteFile(filepath.Join(in, "a.toml"), good, 0o644)
	os.WriteFile(filepath.Join(in, "b-du-thao.toml"), []byte(draft), 0o644)
	code, stdout, stderr := runMain(t, "batch", "--final", "--json", "-o", t.TempDir(), in)
	if code != exitData {
		t.Fatalf("exit %d, want %d\n%s", code, exitData, stderr)
	}
	if !strings.Contains(stderr, "Tổng kết: đã lập 1 tệp dữ liệu (2 văn bản; 1 kế hoạch: 1 ban hành), 1 tệp lỗi.") {
		t.Errorf("stderr does not count the plans and drafts:\n%s", stderr)
	}
	var s struct {
		Failed []struct {
			Input string `json:"input"`
			jsonPlan
		} `json:"failed"`
	}
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("--json: %v\n%s", err, stdout)
	}
	want := jsonPlan{Kind: ptr("kế hoạch"), Type: ptr("KH"), Number: ptr("/KH-UBND"), Issuer: ptr("Ủy ban nhân dân huyện Cam Lộ"), Year: ptr(2021), Draft: ptr(true), State: ptr("dự thảo")}
	if len(s.Failed) != 1 || s.Failed[0].Input != filepath.Join(in, "b-du-thao.toml") || !s.Failed[0].jsonPlan.equal(want) {
		t.Errorf("--json failed: %+v, want the draft b-du-thao.toml as %s", s.Failed, want)
	}
}

// TestWriteFailures: documents that cannot be written are explained in
// Vietnamese, naming the folder or the document, and exit 3.
func TestWriteFailures(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tep")
	os.WriteFile(file, []byte("x"), 0o644)
	folderInWay := t.TempDir()
	os.Mkdir(filepath.Join(folderInWay, "cam-lo-2021.pdf"), 0o755)
	tests := []struct {
		name, out, want string
	}{
		{"output under a file", filepath.Join(file, "out"), "không tạo được thư mục " + filepath.Join(file, "out") + ": " + file + " là một tệp, không phải thư mục"},
		{"output is a file", file, "không tạo được thư mục " + file},
		{"a folder where the PDF goes", folderInWay, "không ghi được " + filepath.Join(folderInWay, "cam-lo-2021.pdf") + ": đã có một thư mục cùng tên"},
	}
	for _, tt := range tests {
		code, _, stderr := runMain(t, "build", sample, "-o", tt.out)
		if code != exitOther || !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", tt.name, code, stderr, exitOther, tt.want)
		}
		if strings.Contains(stderr, ".tmp") {
			t.Errorf("%s: stderr names a temporary file: %q", tt.name, stderr)
		}
	}
}

// TestDescribeFileErrors: every file-system error a user can meet is
// explained in Vietnamese and names the file or folder.
func TestDescribeFileErrors(t *testing.T) {
	out := func(op string, err error) error {
		return &output.Error{Op: op, Path: "out/x.pdf", Err: err}
	}
	read := func(err error) error {
		return fmt.Errorf("engine: %w", &fs.PathError{Op: "read", Path: "data/x.toml", Err: err})
	}
	tests := []struct {
		err  error
		want string
	}{
		{out(output.OpFolder, syscall.ENOTDIR), "không tạo được thư mục out/x.pdf: một phần của đường dẫn là tệp"},
		{out(output.OpReplace, output.ErrIsFolder), "không ghi được out/x.pdf: đã có một thư mục cùng tên"},
		{out(output.OpReplace, syscall.EISDIR), "không ghi được out/x.pdf: đã có một thư mục cùng tên"},
		{out(output.OpReplace, fs.ErrExist), "không ghi được out/x.pdf: tệp đã có"},
		{out(output.OpReplace, syscall.EEXIST), "không ghi được out/x.pdf: tệp đã có"},
		{out(output.OpWrite, syscall.EACCES), "không có quyền ghi vào thư mục out (để ghi out/x.pdf)"},
		{out(output.OpWrite, syscall.EPERM), "không có quyền ghi vào thư mục out (để ghi out/x.pdf)"},
		{out(output.OpWrite, syscall.EROFS), "không ghi được out/x.pdf: thư mục out nằm trên ổ đĩa chỉ đọc"},
		{out(output.OpWrite, syscall.ENOSPC), "không ghi được out/x.pdf: ổ đĩa đã đầy"},
		{out(output.OpGuard, engine.ErrInput), "không ghi đè lên out/x.pdf (đó là tệp đầu vào"},
		{out(output.OpReplace, errors.Join(syscall.ENOSPC, &output.RollbackError{Path: "out/x.docx", Kept: "out/.x.docx.kehoach-1-1-1.tmp.old", Err: syscall.EACCES})),
			"không ghi được out/x.pdf và không trả lại được out/x.docx như cũ; nội dung cũ của out/x.docx vẫn còn trong tệp ẩn out/.x.docx.kehoach-1-1-1.tmp.old"},
		{out(output.OpReplace, errors.Join(syscall.ENOSPC, &output.RollbackError{Path: "out/v1.pdf", Err: syscall.EACCES})),
			"không ghi được out/x.pdf và không xóa lại được out/v1.pdf vừa ghi"},
		{out(output.OpReplace, fmt.Errorf("keep named pipe: %w", output.ErrNotRegular)), "không ghi được out/x.pdf: đó không phải tệp thường"},
		{read(engine.ErrFolder), "data/x.toml là thư mục, không phải tệp dữ liệu; để lập mọi tệp .toml trong một thư mục, dùng lệnh kehoach batch"},
		{read(engine.ErrNotRegular), "data/x.toml không phải tệp thường"},
		{read(syscall.ENOENT), "không có tệp data/x.toml"},
		{read(syscall.EACCES), "không có quyền đọc data/x.toml"},
		{read(syscall.ENOTDIR), "không có tệp data/x.toml: một phần của đường dẫn là tệp"},
		{&batch.CollisionError{Collisions: []batch.Collision{{First: "a/x.toml", Second: "b/x.toml", Output: "out/x"}}},
			"hai tệp dữ liệu a/x.toml và b/x.toml cùng cho ra văn bản out/x.*"},
	}
	for _, tt := range tests {
		if got := describe(tt.err); !strings.HasPrefix(got, tt.want) {
			t.Errorf("describe(%v) = %q, want it to start with %q", tt.err, got, tt.want)
		}
	}
	if !errors.Is(out(output.OpWrite, syscall.EACCES), fs.ErrPermission) {
		t.Fatal("EACCES is not fs.ErrPermission")
	}
}

// TestHelpTexts: every help text speaks of PDF and Word, and lists the exit
// codes; the main one lists batch.
func TestHelpTexts(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"build", "-h"}, {"batch", "-h"}, {"check", "-h"}} {
		code, stdout, _ := runMain(t, args...)
		if code != exitOK {
			t.Errorf("%q: exit %d", args, code)
		}
		for _, want := range []string{"PDF", "Word (.docx)", "Mã thoát:", "0    thành công", "1    có tệp dữ liệu không lập được",
			"2    sai cách dùng", "3    lỗi khác", "130  đã dừng theo yêu cầu"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%q lacks %q", args, want)
			}
		}
	}
	_, stdout, _ := runMain(t, "help")
	if !strings.Contains(stdout, "batch   lập mọi tệp .toml") {
		t.Errorf("help does not list batch:\n%s", stdout)
	}
}

// addWriteForTest returns a flag set with the options of build.
func addWriteForTest() *flag.FlagSet {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	addWrite(fs)
	return fs
}
