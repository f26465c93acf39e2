//go:build e2e

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EDraftInLibreOffice prints the Word document of a draft with
// LibreOffice: the mark comes first on page 1, above the issuing body, and
// the number and day are blank.
func TestE2EDraftInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "number = 44 ", "# ", 1)
	text = strings.Replace(text, `date = "18/03/2021" `, `date = "" #`, 1)
	data := filepath.Join(dir, "draft.toml")
	if err := os.WriteFile(data, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runMain(t, "build", "-o", dir, data); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	lo := convertWithLibreOffice(t, filepath.Join(dir, "draft.docx"))
	for _, pdf := range []string{lo, filepath.Join(dir, "draft.pdf")} {
		flat := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", pdf, "-")), " ")
		for _, want := range []string{"DỰ THẢO", "Số: /KH-UBND", "Cam Lộ, ngày tháng năm 2021"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s lacks %q", pdf, want)
			}
		}
	}
	// pdftotext reads top to bottom: the mark comes before the issuing body.
	flat := run(t, "pdftotext", "-enc", "UTF-8", lo, "-")
	if m, is := strings.Index(flat, "DỰ THẢO"), strings.Index(flat, "ỦY BAN NHÂN DÂN"); m < 0 || m > is {
		t.Errorf("in LibreOffice's PDF the mark (at %d) is not above the issuing body (at %d)", m, is)
	}
}
