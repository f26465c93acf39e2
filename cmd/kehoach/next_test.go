package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// fillSheet fills the XLSX template at path as the communes do: unit i
// gets households 1500+10i, CS GN 30-i, BTXH 40-i, reduction 5 and the
// breakdown 10, 4, 80, 5; set then changes single cells.
func fillSheet(t *testing.T, path string, set map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	for i := range 8 {
		for j, n := range []int{1500 + 10*i, 30 - i, 40 - i, 5, 10, 4, 80, 5} {
			cell, _ := excelize.CoordinatesToCellName(j+3, i+2)
			if err := f.SetCellInt(sheet, cell, int64(n)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for cell, v := range set {
		if err := f.SetCellStr(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestYearlyWorkflow runs the yearly workflow: the template, the communes'
// figures, next year's data file, the draft in both formats, the refusal
// of --final, and the final plan once number and date are written.
func TestYearlyWorkflow(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "so-lieu-2021.xlsx")
	next := filepath.Join(dir, "cam-lo-2022.toml")
	if code, _, stderr := runMain(t, "figures-template", sample, "-o", sheet); code != exitOK {
		t.Fatalf("figures-template: exit %d\n%s", code, stderr)
	}
	fillSheet(t, sheet, nil)
	code, stdout, stderr := runMain(t, "next", sample, "--figures", sheet, "-o", next)
	if code != exitOK {
		t.Fatalf("next: exit %d\n%s", code, stderr)
	}
	for _, s := range []string{
		"đã ghi " + next + ": bản dự thảo kế hoạch năm 2022.",
		"  - document.year: 2021 → 2022",
		"  - survey.year: 2020 → 2021",
		"  - document.number: 44 → bỏ (bản dự thảo chưa có số)",
		"  3. Xã Cam Thủy (units[2])\n       Tổng số hộ: 1.472 → 1.520\n       Hộ nghèo: 43 (2,92%) → 66 (4,34%)\n",
		"  Tổng cộng\n       Tổng số hộ: 14.932 → 12.280\n",
		"còn nhắc năm 2016, 2020, 2021 (13 chỗ)",
		"  - document.subject: «…Chương trình giảm nghèo năm 2021»",
	} {
		if !strings.Contains(stdout, s) {
			t.Errorf("next's report lacks %q:\n%s", s, stdout)
		}
	}

	out := filepath.Join(dir, "out")
	if code, _, stderr := runMain(t, "build", "-o", out, next); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	pdf, err := os.ReadFile(filepath.Join(out, "cam-lo-2022.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(pdf)
	if err != nil {
		t.Fatal(err)
	}
	var mark, number, date *pdftext.Span
	var issuerY float64
	for i, sp := range pages[0].Spans {
		switch {
		case sp.Text == "DỰ THẢO":
			mark = &pages[0].Spans[i]
		case strings.HasPrefix(sp.Text, "Số:"):
			number = &pages[0].Spans[i]
		case strings.HasPrefix(sp.Text, "Cam Lộ, ngày"):
			date = &pages[0].Spans[i]
		case sp.Text == "ỦY BAN NHÂN DÂN":
			issuerY = sp.Y
		}
	}
	switch {
	case mark == nil:
		t.Error("the draft has no DỰ THẢO mark")
	case !strings.Contains(strings.ToLower(mark.Font), "bold") || mark.X > 40 || mark.Y >= issuerY:
		t.Errorf("mark %+v: want it bold, at the left margin, above the issuer (%.1f mm)", *mark, issuerY)
	}
	if mark != nil && !boxed(pages[0].Segments, mark) {
		t.Errorf("no box around the mark %+v", *mark)
	}
	if number == nil || strings.Join(strings.Fields(number.Text), " ") != "Số: /KH-UBND" {
		t.Errorf("number line %+v, want a blank number", number)
	}
	if date == nil || strings.Join(strings.Fields(date.Text), " ") != "Cam Lộ, ngày tháng năm 2022" {
		t.Errorf("date line %+v, want blank day and month in 2022", date)
	}
	words := " " + strings.Join(pdftext.Words(pages, 15), " ") + " "
	for _, w := range []string{" 1.520 ", " 1.570 ", " 12.280 ", "cuối năm 2021 toàn huyện"} {
		if !strings.Contains(words, w) {
			t.Errorf("the draft's PDF lacks %q", w)
		}
	}
	for _, w := range []string{" 1.458 ", " 14.932 "} {
		if strings.Contains(words, w) {
			t.Errorf("the draft's PDF still shows last year's %q", w)
		}
	}
	if body := docxBody(t, filepath.Join(out, "cam-lo-2022.docx")); !strings.Contains(body, ">DỰ THẢO<") || !strings.Contains(body, "năm 2022") {
		t.Error("the draft's DOCX lacks the DỰ THẢO mark or the year 2022")
	}

	// --final refuses the draft and writes nothing.
	final := filepath.Join(dir, "final")
	code, _, stderr = runMain(t, "build", "--final", "-o", final, next)
	if code != exitData || !strings.Contains(stderr, "đây là bản dự thảo") {
		t.Errorf("build --final of a draft: exit %d, %q; want 1 and a message", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(final, "cam-lo-2022.pdf")); err == nil {
		t.Error("build --final of a draft wrote its PDF")
	}

	// Written number and date make it final.
	data, _ := os.ReadFile(next)
	text := strings.Replace(string(data), `date = ""`, `date = "15/03/2022"`, 1)
	text = strings.Replace(text, "# number = …", "number = 12 #", 1)
	if err := os.WriteFile(next, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// The texts that still name 2021 are fixed, or kept on purpose.
	fixStale(t, next)
	if code, _, stderr := runMain(t, "build", "--final", "-o", final, next); code != exitOK {
		t.Fatalf("build --final: exit %d\n%s", code, stderr)
	}
	pdf, _ = os.ReadFile(filepath.Join(final, "cam-lo-2022.pdf"))
	pages, err = pdftext.Read(pdf)
	if err != nil {
		t.Fatal(err)
	}
	words = strings.Join(pdftext.Words(pages, 15), " ")
	if strings.Contains(words, "DỰ THẢO") || !strings.Contains(words, "Số: 12/KH-UBND") || !strings.Contains(words, "ngày 15 tháng 3 năm 2022") {
		t.Error("the final plan shows the draft mark or lacks its number and date")
	}
	if !strings.Contains(words, "Thực hiện Chương trình giảm nghèo năm 2022") || strings.Contains(words, "Thực hiện Chương trình giảm nghèo năm 2021") {
		t.Errorf("the final plan of 2022 is not titled for 2022: %s", words[:min(len(words), 600)])
	}
}

func docxBody(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatal("no word/document.xml")
	return ""
}

// TestNextRefuses checks that next writes nothing from a sheet with errors,
// never replaces an existing file unless --force, and never its inputs.
func TestNextRefuses(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "so-lieu.xlsx")
	next := filepath.Join(dir, "cam-lo-2022.toml")
	if code, _, stderr := runMain(t, "figures-template", "-o", sheet, sample); code != exitOK {
		t.Fatalf("figures-template: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runMain(t, "figures-template", "-o", sheet, sample); code != exitOther || !strings.Contains(stderr, "đã có; không ghi đè (thêm --force để ghi đè)") {
		t.Errorf("figures-template over an existing file: exit %d, %q", code, stderr)
	}
	fillSheet(t, sheet, map[string]string{"D4": "ba mươi"})
	code, _, stderr := runMain(t, "next", sample, "--figures", sheet, "-o", next)
	want := sheet + `, trang tính "Số liệu cuối năm 2021", ô D4, trường units[2].policy_poor: ô ghi chữ "ba mươi"`
	if code != exitData || !strings.Contains(stderr, want) || !strings.Contains(stderr, "không ghi tệp nào") {
		t.Errorf("next with a bad cell: exit %d\n%s\nwant 1 and %q", code, stderr, want)
	}
	assertFiles(t, dir, "so-lieu.xlsx")

	fillSheet(t, sheet, nil)
	if code, _, stderr := runMain(t, "next", sample, "--figures", sheet, "-o", next); code != exitOK {
		t.Fatalf("next: exit %d\n%s", code, stderr)
	}
	before, _ := os.ReadFile(next)
	if code, _, _ := runMain(t, "next", sample, "--figures", sheet, "-o", next); code != exitOther {
		t.Errorf("next over an existing file: exit %d, want 3", code)
	}
	if code, _, stderr := runMain(t, "next", sample, "--figures", sheet, "-o", next, "--force"); code != exitOK {
		t.Errorf("next --force: exit %d\n%s", code, stderr)
	}
	after, _ := os.ReadFile(next)
	if !bytes.Equal(before, after) {
		t.Error("next gave another file from the same inputs")
	}
	// Its own input, even with --force: the sheet, then the data file.
	for _, target := range []string{sheet, next} {
		src, figures := sample, sheet
		if target == next {
			// Next year's plan reads a sheet made for it.
			src, figures = next, filepath.Join(dir, "so-lieu-2022.xlsx")
			if code, _, stderr := runMain(t, "figures-template", "-o", figures, next); code != exitOK {
				t.Fatalf("figures-template of next year: exit %d\n%s", code, stderr)
			}
			fillSheet(t, figures, nil)
		}
		was, _ := os.ReadFile(target)
		code, _, stderr := runMain(t, "next", src, "--figures", figures, "-o", target, "--force")
		if code != exitOther || !strings.Contains(stderr, "tệp đầu vào") {
			t.Errorf("next over its input %s: exit %d, %q; want 3 and a refusal", target, code, stderr)
		}
		now, _ := os.ReadFile(target)
		if !bytes.Equal(was, now) {
			t.Errorf("next replaced its input %s", target)
		}
	}
}

// boxed reports whether segments draw a box around the span: a line above
// and one below, each as wide as the span or wider.
func boxed(segs []pdftext.Segment, sp *pdftext.Span) bool {
	above, below := false, false
	for _, s := range segs {
		if s.Y0 != s.Y1 || min(s.X0, s.X1) > sp.X || max(s.X0, s.X1) < sp.X+sp.Width {
			continue
		}
		above = above || s.Y0 < sp.Y-3 && s.Y0 > sp.Y-10
		below = below || s.Y0 > sp.Y && s.Y0 < sp.Y+5
	}
	return above && below
}
