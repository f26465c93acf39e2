//go:build e2e

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2ECommuneSample checks the commune plan of 2026 with real programs:
// qpdf finds its PDF sound, and LibreOffice prints its Word document with
// the province above the commune and the figures worked out by hand.
func TestE2ECommuneSample(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain(t, "build", "--final", "-o", dir, "../../data/xa-cam-lo-2026.toml"); code != exitOK {
		t.Fatalf("build --final: exit %d\n%s", code, stderr)
	}
	pdf := filepath.Join(dir, "xa-cam-lo-2026.pdf")
	if out := run(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	printed := convertWithLibreOffice(t, filepath.Join(dir, "xa-cam-lo-2026.docx"))
	own, lo := pageCount(t, pdf), pageCount(t, printed)
	if lo < own-1 || lo > own+1 {
		t.Errorf("LibreOffice prints %d pages, kehoach's PDF has %d", lo, own)
	}
	for _, file := range []string{pdf, printed} {
		flat := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", file, "-")), " ")
		for _, want := range []string{
			"UBND TỈNH QUẢNG TRỊ",
			"ỦY BAN NHÂN DÂN",
			"XÃ CAM LỘ",
			"Số: 12/KH-UBND",
			"Tổng số hộ nghèo: 150/5.778 hộ, chiếm tỷ lệ 2,60%.",
			"Thôn Ba Thung",
			"Nguyễn Văn Hải",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s lacks %q", filepath.Base(file), want)
			}
		}
	}
}
