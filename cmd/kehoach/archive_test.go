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
	v1 := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", "v1.pdf")

	// Flags may follow the data file, as in the example.
	code, stdout, stderr := runArchive(t, sample, "--to", root)
	if code != exitOK || !strings.Contains(stdout, "đã lưu phiên bản v1 của kế hoạch số 44/KH-UBND: "+v1) {
		t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runArchive(t, "--to", root, sample)
	if code != exitOK || !strings.Contains(stdout, "dữ liệu không đổi so với phiên bản v1") {
		t.Errorf("archive again: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, "kế hoạch số 44/KH-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản") ||
		!strings.Contains(stdout, "v1  ngày 18/03/2021  ban hành  người ký: Chủ tịch Trần Anh Tuấn  chưa ký số  lưu lúc 11:00:00 ngày 01/12/2026 (+07:00)") {
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

// TestArchiveListsEachIssuer: two communes whose names differ by one
// accent are two documents, each listed under its own name; a PDF of one
// copied into the other's folder as its next version is reported by verify
// and archive as the other's, and not recorded.
func TestArchiveListsEachIssuer(t *testing.T) {
	root, other := filepath.Join(t.TempDir(), "luu-tru"), filepath.Join(t.TempDir(), "luu-tru")
	sampleIssuer := []byte(`name = ["Ủy ban nhân dân", "huyện Cam Lộ"]`)
	sampleSubject := []byte(`subject = "Thực hiện Chương trình giảm nghèo năm 2021"`)
	write := func(issuer, subject string) string {
		data := readOrFail(t, sample)
		if !bytes.Contains(data, sampleIssuer) || !bytes.Contains(data, sampleSubject) {
			t.Fatal("the sample's issuer or subject line changed")
		}
		data = bytes.Replace(data, sampleIssuer, []byte(`name = ["`+issuer+`"]`), 1)
		data = bytes.Replace(data, sampleSubject, []byte(`subject = "`+subject+`"`), 1)
		path := filepath.Join(t.TempDir(), "ke-hoach.toml")
		os.WriteFile(path, data, 0o644)
		return path
	}
	archive := func(root, path string) {
		t.Helper()
		if code, stdout, stderr := runArchive(t, "--to", root, path); code != exitOK || !strings.Contains(stdout, "đã lưu phiên bản") {
			t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
		}
	}
	hoa := write("UBND xã Tân Hòa", "Giảm nghèo")
	archive(root, hoa)
	archive(root, write("UBND xã Tân Hóa", "Giảm nghèo"))
	code, stdout, _ := runArchive(t, "list", root)
	for _, want := range []string{
		"kế hoạch số 44/KH-UBND (UBND xã Tân Hòa, năm 2021), 1 phiên bản",
		"kế hoạch số 44/KH-UBND (UBND xã Tân Hóa, năm 2021), 1 phiên bản",
	} {
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("list: exit %d, want …%s…\n%s", code, want, stdout)
		}
	}

	// Tân Hóa's v2, archived elsewhere, copied into Tân Hòa's folder as
	// its v2. The hashes are the first eight hex digits of the SHA-256 of
	// the names' keys ("ubnd xa\u0303 ta\u0302n hoa\u0300", then 0x00) and
	// of the key, "2021" and "44/kh-ubnd", each followed by 0x00.
	archive(other, write("UBND xã Tân Hóa", "Giảm nghèo"))
	// The same subject spaced otherwise: another version of the document.
	archive(other, write("UBND xã Tân Hóa", "Giảm  nghèo"))
	hoaV2 := filepath.Join(other, "ubnd-xa-tan-hoa-18e7d1d7", "2021", "44-KH-UBND-5f93436c", "v2.pdf")
	copied := filepath.Join(root, "ubnd-xa-tan-hoa-b9241f8c", "2021", "44-KH-UBND-d3cc85f2", "v2.pdf")
	os.WriteFile(copied, readOrFail(t, hoaV2), 0o644)
	want := copied + ": tệp này là của văn bản số 44/KH-UBND năm 2021 của UBND xã Tân Hóa, không phải của văn bản số 44/KH-UBND năm 2021 của UBND xã Tân Hòa"
	code, _, stderr := runArchive(t, "verify", root)
	if code != exitData || !strings.Contains(stderr, want) || strings.Contains(stderr, "chạy lại") {
		t.Errorf("verify: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runArchive(t, "--to", root, hoa)
	if code != exitData || !strings.Contains(stderr, want) {
		t.Errorf("archive: exit %d\n%s", code, stderr)
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

// The crafted PDFs of package pdfread.
const (
	prevLoopPDF = "../../internal/pdfread/testdata/prev-loop.pdf"
	hugeXrefPDF = "../../internal/pdfread/testdata/huge-xref.pdf"
)

// TestExtractHugeXref: a PDF whose cross-reference table starts at object
// 2,000,000,000, for which the PDF library asked 64 GB, is refused with a
// Vietnamese error naming it and exit 1.
func TestExtractHugeXref(t *testing.T) {
	code, stdout, stderr := runArchive(t, "extract", hugeXrefPDF)
	if code != exitData || stdout != "" || !strings.Contains(stderr, hugeXrefPDF+": ") ||
		!strings.Contains(stderr, "đã dừng: tệp có thể bị hỏng hoặc được cố ý tạo ra") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}
