package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
)

// sampleTitles is the title (tên loại) of each kind of document the
// samples hold, by its type symbol.
var sampleTitles = map[string]string{"KH": "KẾ HOẠCH", "BC": "BÁO CÁO"}

// TestSamplesBuild checks every sample in data/ as a clerk would use it:
// valid, and built as a final document of its kind (a plan, a year-end
// report), PDF and DOCX, whose title and number name that kind.
func TestSamplesBuild(t *testing.T) {
	samples, err := filepath.Glob("../../data/*.toml")
	if err != nil || len(samples) < 3 {
		t.Fatalf("samples %v (err %v), want the district plan, the commune plan and the report", samples, err)
	}
	kinds := map[string]int{}
	for _, s := range samples {
		t.Run(filepath.Base(s), func(t *testing.T) {
			f, err := load.Parse(s, readOrFail(t, s))
			if err != nil {
				t.Fatal(err)
			}
			typ := engine.KindOf(f.Type()).Type()
			kinds[typ]++
			title, ok := sampleTitles[typ]
			if !ok {
				t.Fatalf("a sample of kind %s, which this test does not know", typ)
			}
			if code, stdout, stderr := runMain(t, "check", s); code != exitOK || !strings.Contains(stdout, "dữ liệu hợp lệ") {
				t.Fatalf("check: exit %d\n%s%s", code, stdout, stderr)
			}
			dir := t.TempDir()
			if code, _, stderr := runMain(t, "build", "--final", "-o", dir, s); code != exitOK {
				t.Fatalf("build --final: exit %d\n%s", code, stderr)
			}
			base := strings.TrimSuffix(filepath.Base(s), ".toml")
			assertFiles(t, dir, base+".docx", base+".pdf")
			if pdf, _ := os.ReadFile(filepath.Join(dir, base+".pdf")); !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Errorf("%s.pdf is no PDF", base)
			}
			paras, err := docxtext.Paragraphs(readOrFail(t, filepath.Join(dir, base+".docx")))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(paras, title) || !slices.ContainsFunc(paras, func(p string) bool {
				return strings.HasPrefix(p, "Số: ") && strings.Contains(p, "/"+typ+"-")
			}) {
				t.Errorf("%s.docx has no title %q or no number of type %s", base, title, typ)
			}
		})
	}
	if kinds["KH"] < 2 || kinds["BC"] < 1 {
		t.Errorf("samples by kind %v, want two plans (KH) and a report (BC)", kinds)
	}
}

// TestCommuneSample reads back the commune plan of the two-tier government:
// the province above the commune, its villages as the rows, and the totals
// worked out by hand from the data file (5778 households; 60 + 90 = 150
// poor, 2,60%; 27 to leave poverty; 123 at the year's end, 2,13%).
func TestCommuneSample(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain(t, "build", "--format", "docx", "-o", dir, "../../data/xa-cam-lo-2026.toml"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "xa-cam-lo-2026.docx"))
	if err != nil {
		t.Fatal(err)
	}
	paras, err := docxtext.Paragraphs(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"UBND TỈNH QUẢNG TRỊ", "ỦY BAN NHÂN DÂN", "XÃ CAM LỘ", "Số: 12/KH-UBND",
		"Cam Lộ, ngày 20 tháng 01 năm 2026", "Thôn Tân Định", "Thôn Ba Thung", "Thôn Trung Chỉ"} {
		if !slices.Contains(paras, want) {
			t.Errorf("no paragraph %q", want)
		}
	}
	for _, p := range paras {
		if strings.Contains(strings.ToLower(p), "huyện") {
			t.Errorf("a commune plan of 2026 speaks of a district: %q", p)
		}
	}
	i := slices.Index(paras, "Tổng cộng")
	if i < 0 || len(paras) < i+12 {
		t.Fatalf("no total row in %q", paras)
	}
	if got, want := strings.Join(paras[i+1:i+12], " "), "5.778 150 2,60 60 1,04 90 1,56 27 0,47 123 2,13"; got != want {
		t.Errorf("total row %q, want %q", got, want)
	}
}
