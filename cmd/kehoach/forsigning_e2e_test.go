//go:build e2e

package main

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestE2EForSigningInLibreOffice builds a plan to be signed with --final
// and prints its Word document with LibreOffice. Both PDFs show the blank
// slots of the number and the date and no DỰ THẢO mark, and on the last
// page the signer's name stands as far under the position line in one as
// in the other, within 0.3 mm (pdftotext's word boxes).
func TestE2EForSigningInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "number = 44 ", "# ", 1)
	text = strings.Replace(text, `date = "18/03/2021" `, "# ", 1)
	text = strings.Replace(text, "scope = ", "state = \"trình ký số\"\nscope = ", 1)
	data := filepath.Join(dir, "ky-so.toml")
	if err := os.WriteFile(data, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runMain(t, "build", "--final", "-o", dir, data); code != exitOK {
		t.Fatalf("build --final: exit %d\n%s", code, stderr)
	}
	lo := convertWithLibreOffice(t, filepath.Join(dir, "ky-so.docx"))
	ours := filepath.Join(dir, "ky-so.pdf")
	gaps := map[string]float64{}
	for _, pdf := range []string{lo, ours} {
		raw := run(t, "pdftotext", "-enc", "UTF-8", pdf, "-")
		flat := strings.Join(strings.Fields(raw), " ")
		for _, want := range []string{"Số: /KH-UBND", "Cam Lộ, ngày tháng năm 2021", "CHỦ TỊCH", "Trần Anh Tuấn"} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s lacks %q", pdf, want)
			}
		}
		if strings.Contains(flat, "DỰ THẢO") {
			t.Errorf("%s shows the draft mark", pdf)
		}
		gaps[pdf] = nameUnderPosition(t, run(t, "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-"))
	}
	if d := math.Abs(gaps[lo]-gaps[ours]) * 25.4 / 72; d > 0.3 {
		t.Errorf("the name stands %.1f pt under the position line in LibreOffice's PDF, %.1f pt in kehoach's: %.2f mm apart",
			gaps[lo], gaps[ours], d)
	}
}

// nameUnderPosition returns how far, in points, the top of the word box of
// "Trần" stands under that of "TỊCH", from pdftotext -bbox output.
func nameUnderPosition(t *testing.T, bbox string) float64 {
	t.Helper()
	yMin := func(word string) float64 {
		re := regexp.MustCompile(`yMin="([0-9.]+)"[^>]*>` + word + `<`)
		m := re.FindAllStringSubmatch(bbox, -1)
		if len(m) == 0 {
			t.Fatalf("no word %q", word)
		}
		y, err := strconv.ParseFloat(m[len(m)-1][1], 64)
		if err != nil {
			t.Fatal(err)
		}
		return y
	}
	return yMin("Trần") - yMin("TỊCH")
}
