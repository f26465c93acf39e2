//go:build e2e

package main

// End-to-end checks of the built files with real programs (poppler-utils,
// qpdf and LibreOffice), which .ci/run installs. Run with:
// go test -tags e2e ./cmd/kehoach/

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// buildSample builds the sample plan into a temporary folder and returns the
// PDF's path.
func buildSample(t *testing.T) string {
	t.Helper()
	return filepath.Join(buildBoth(t), "cam-lo-2021.pdf")
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

func TestE2EQpdfCheck(t *testing.T) {
	pdf := buildSample(t)
	out := run(t, "qpdf", "--check", pdf)
	if !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

func TestE2EFontsEmbedded(t *testing.T) {
	pdf := buildSample(t)
	out := run(t, "pdffonts", pdf)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", out)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		// name type encoding emb sub uni object ID; the type may be two words.
		if len(f) < 7 {
			t.Errorf("unreadable pdffonts line %q", l)
			continue
		}
		emb, sub := f[len(f)-5], f[len(f)-4]
		if emb != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
		if sub != "yes" {
			t.Errorf("font embedded in full, not as the subset the document uses: %s", l)
		}
		if !strings.Contains(strings.ToLower(f[0]), "liberationserif") {
			t.Errorf("font is not Liberation Serif: %s", l)
		}
	}
}

func TestE2EPageSizeA4(t *testing.T) {
	pdf := buildSample(t)
	out := run(t, "pdfinfo", "-f", "1", "-l", "99", pdf)
	sizes := regexp.MustCompile(`Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(out, -1)
	if len(sizes) == 0 {
		t.Fatalf("pdfinfo gives no page size:\n%s", out)
	}
	for i, s := range sizes {
		if s[1] != "595.28" || s[2] != "841.89" {
			t.Errorf("page %d is %s x %s pt, want A4 595.28 x 841.89", i+1, s[1], s[2])
		}
	}
	for _, want := range []string{
		`Title:\s+Kế hoạch thực hiện Chương trình giảm nghèo năm 2021\n`,
		`Author:\s+Ủy ban nhân dân huyện Cam Lộ\n`,
		`Subject:\s+Thực hiện Chương trình giảm nghèo năm 2021\n`,
		`CreationDate:\s+Thu Mar 18 00:00:00 2021 UTC\n`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("pdfinfo lacks %s:\n%s", want, out)
		}
	}
}

// TestE2EText checks with pdftotext that the words a reader looks for are in
// the PDF: the header, the computed table figures and the signer.
func TestE2EText(t *testing.T) {
	pdf := buildSample(t)
	text := run(t, "pdftotext", "-layout", "-enc", "UTF-8", pdf, "-")
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN",
		"HUYỆN CAM LỘ",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc",
		"Số: 44/KH-UBND",
		"Cam Lộ, ngày 18 tháng 3 năm 2021",
		"KẾ HOẠCH",
		"Thực hiện Chương trình giảm nghèo năm 2021",
		"Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
		"Hộ nghèo đồng bào DTTS: 40/14.932 hộ, chiếm tỷ lệ 0,27%.",
		// Rows 6 and 7 as computed from the groups, and the totals row.
		"6 TT Cam Lộ 2.169 38 1,75 0 0,00 38 1,75 2 0,09 36 1,66",
		"7 Xã Cam Nghĩa 1.647 29 1,76 1 0,06 28 1,70 1 0,06 28 1,70",
		"Tổng cộng 14.932 405 2,71 79 0,53 326 2,18 37 0,25 368 2,46",
		"Xã hội./.",
		"TM. ỦY BAN NHÂN DÂN",
		"CHỦ TỊCH",
		"Trần Anh Tuấn",
		"Nơi nhận:",
		"- Lưu: VT.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("pdftotext output lacks %q", want)
		}
	}
	// The column-number row states the real formulas; a narrow cell may
	// wrap a formula after its "=".
	for _, f := range []string{`3=\s?2/1`, `10=\s?2-8`, `11=\s?10/1`} {
		if !regexp.MustCompile(f).MatchString(flat) {
			t.Errorf("pdftotext output lacks the formula %s", f)
		}
	}
	if strings.Contains(flat, "10=8/1") {
		t.Error("the wrong formula 10=8/1 of the typed plan is in the PDF")
	}
}

// TestE2EPageNumbers checks that page 1 has no number and page N ≥ 2 has "N"
// alone in the top margin (20 mm = 56.7 pt).
func TestE2EPageNumbers(t *testing.T) {
	pdf := buildSample(t)
	info := run(t, "pdfinfo", pdf)
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil || m[1] == "1" {
		t.Fatalf("want several pages:\n%s", info)
	}
	for _, page := range []string{"1", "2", m[1]} {
		top := run(t, "pdftotext", "-f", page, "-l", page, "-x", "0", "-y", "0", "-W", "596", "-H", "56", "-enc", "UTF-8", pdf, "-")
		got := strings.TrimSpace(top)
		want := page
		if page == "1" {
			want = ""
		}
		if got != want {
			t.Errorf("page %s: top margin holds %q, want %q", page, got, want)
		}
	}
}

func TestE2EReproducible(t *testing.T) {
	a, err := os.ReadFile(buildSample(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(buildSample(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two builds of the sample differ")
	}
}

// buildBoth builds the sample's PDF and Word document into a temporary
// folder and returns the folder.
func buildBoth(t *testing.T) string {
	t.Helper()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := NewMain(&stdout, &stderr).Run(context.Background(), []string{"build", "-o", out, sample}); err != nil {
		t.Fatalf("build: %v\n%s", err, stderr.String())
	}
	return out
}

// convertWithLibreOffice prints the Word document to PDF with LibreOffice,
// headless, with a profile of its own, and returns the PDF's path.
func convertWithLibreOffice(t *testing.T, docx string) string {
	t.Helper()
	out := t.TempDir()
	profile := "file://" + t.TempDir()
	run(t, "soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", out, docx)
	pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(docx), ".docx")+".pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Fatalf("LibreOffice wrote no PDF: %v", err)
	}
	return pdf
}

func pageCount(t *testing.T, pdf string) int {
	t.Helper()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(run(t, "pdfinfo", pdf))
	if m == nil {
		t.Fatalf("pdfinfo gives no page count for %s", pdf)
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestE2EWordInLibreOffice opens the Word document in LibreOffice and
// prints it to PDF: it must convert, have about as many pages as kehoach's
// own PDF, and read the table's figures and the signer.
func TestE2EWordInLibreOffice(t *testing.T) {
	dir := buildBoth(t)
	printed := convertWithLibreOffice(t, filepath.Join(dir, "cam-lo-2021.docx"))
	own, lo := pageCount(t, filepath.Join(dir, "cam-lo-2021.pdf")), pageCount(t, printed)
	if lo < own-1 || lo > own+1 {
		t.Errorf("LibreOffice prints %d pages, kehoach's PDF has %d", lo, own)
	}
	text := run(t, "pdftotext", "-enc", "UTF-8", printed, "-")
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Số: 44/KH-UBND",
		"Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
		"TM. ỦY BAN NHÂN DÂN",
		"Trần Anh Tuấn",
		"- Lưu: VT.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("LibreOffice's PDF lacks %q", want)
		}
	}
	// The table's figures, cell by cell: rows 6 and 7 as computed, and the
	// totals.
	for _, fig := range []string{"2.169", "1,75", "1,66", "1.647", "1,76", "1,70", "14.932", "405", "2,71", "79", "0,53", "326", "2,18", "37", "0,25", "368", "2,46"} {
		if !regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(fig) + `(\s|$)`).MatchString(text) {
			t.Errorf("LibreOffice's PDF lacks the figure %s", fig)
		}
	}
}
