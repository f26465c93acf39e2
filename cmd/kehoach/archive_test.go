package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runArchive runs kehoach archive with a fixed clock.
func runArchive(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(&out, &errb)
	c := &ArchiveCommand{main: m, now: func() time.Time { return time.Date(2026, 12, 1, 4, 0, 0, 0, time.UTC) }}
	code = exitCode(c.Run(t.Context(), args), m)
	return code, out.String(), errb.String()
}

func TestArchiveCommand(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	v1 := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo", "2021", "44-KH-UBND", "v1.pdf")

	// Flags may follow the data file, as in the example.
	code, stdout, stderr := runArchive(t, sample, "--to", root)
	if code != exitOK || !strings.Contains(stdout, "đã lưu phiên bản v1 của văn bản số 44/KH-UBND: "+v1) {
		t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runArchive(t, "--to", root, sample)
	if code != exitOK || !strings.Contains(stdout, "dữ liệu không đổi so với phiên bản v1") {
		t.Errorf("archive again: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, "văn bản số 44/KH-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản") ||
		!strings.Contains(stdout, "v1  ngày 18/03/2021  lưu lúc 2026-12-01 04:00:00 UTC") {
		t.Errorf("list: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runArchive(t, "verify", root)
	if code != exitOK || !strings.Contains(stdout, "1 văn bản, 1 phiên bản; mọi tệp đều nguyên vẹn") {
		t.Errorf("verify: exit %d\n%s", code, stdout)
	}

	// extract gives the data file back, and never writes over a file.
	toml := filepath.Join(t.TempDir(), "cam-lo-2021.toml")
	code, stdout, stderr = runArchive(t, "extract", v1, "-o", toml)
	if code != exitOK || !strings.Contains(stdout, "đã ghi "+toml+" (dữ liệu của phiên bản v1") {
		t.Errorf("extract: exit %d\n%s%s", code, stdout, stderr)
	}
	if got, want := readOrFail(t, toml), readOrFail(t, sample); !bytes.Equal(got, want) {
		t.Error("extracted data differs from the data file")
	}
	code, _, stderr = runArchive(t, "extract", "-o", toml, v1)
	if code != exitOther || !strings.Contains(stderr, "đã có tệp "+toml+"; kehoach không ghi đè") {
		t.Errorf("extract over a file: exit %d\n%s", code, stderr)
	}

	// A flipped byte: verify names the file and exits 1.
	b := readOrFail(t, v1)
	b[len(b)-100] ^= 0x20
	os.WriteFile(v1, b, 0o644)
	code, _, stderr = runArchive(t, "verify", root)
	if code != exitData || !strings.Contains(stderr, v1+": nội dung đã bị thay đổi") ||
		!strings.Contains(stderr, "có 1 vấn đề") {
		t.Errorf("verify after a change: exit %d\n%s", code, stderr)
	}
}

func TestArchiveCommandRefuses(t *testing.T) {
	root := t.TempDir()
	notArchived := filepath.Join(t.TempDir(), "cam-lo-2021.pdf")
	if code, _, stderr := runMain(t, "build", "--format", "pdf", "-o", filepath.Dir(notArchived), sample); code != exitOK {
		t.Fatal(stderr)
	}
	bad := filepath.Join(root, "x", "2021", "1-KH-X")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "manifest.json"), []byte(`{"format":1,"versions":[{"version":1,"file":"../../../../v1.pdf"}]}`), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no data file", []string{"--to", root}, exitUsage, "thiếu tệp dữ liệu"},
		{"extract without PDF", []string{"extract"}, exitUsage, "thiếu tệp PDF"},
		{"extract a PDF not archived", []string{"extract", notArchived}, exitData, "không mang tệp dữ liệu nguồn"},
		{"two archives", []string{"verify", root, root}, exitUsage, "chỉ nêu một thư mục lưu trữ"},
		{"unknown flag", []string{"list", "--x", root}, exitUsage, "không có tùy chọn -x"},
		{"manifest outside", []string{"verify", root}, exitData, "sổ lưu trữ mục versions[0] trỏ tới \"../../../../v1.pdf\", nằm ngoài thư mục của văn bản"},
		{"list manifest outside", []string{"list", root}, exitData, "nằm ngoài thư mục của văn bản"},
		{"missing archive", []string{"verify", filepath.Join(root, "khong-co")}, exitData, "không có thư mục lưu trữ " + filepath.Join(root, "khong-co")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runArchive(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d\n%s", code, tt.code, stderr)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	code, stdout, _ := runMain(t, "version")
	// A test binary is built from the source tree: no module version.
	if code != exitOK || !strings.HasPrefix(stdout, "kehoach (devel)\n(bản dựng từ mã nguồn") {
		t.Errorf("version: exit %d\n%s", code, stdout)
	}
	if code, _, _ := runMain(t, "version", "x"); code != exitUsage {
		t.Errorf("version x: exit %d", code)
	}
}

func readOrFail(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
