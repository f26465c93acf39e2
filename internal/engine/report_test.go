package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
	"github.com/kehoach/kehoach/internal/report"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sampleReport is the sample year-end report, on the sample plan.
const sampleReport = "../../data/bao-cao-cam-lo-2021.toml"

// buildReport builds the sample report in both formats.
func buildReport(t *testing.T) *Result {
	t.Helper()
	src, _, err := ReadSource(sampleReport)
	if err != nil {
		t.Fatal(err)
	}
	res, err := newEngine(t).Build(context.Background(), src, Formats)
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != report.Kind {
		t.Fatalf("the sample report was built as %v", res.Kind.Type())
	}
	return res
}

// TestReportGolden compares the composed sample report, as indented JSON,
// with testdata/bao-cao-cam-lo-2021.json. Run with -update to rewrite it
// after a change, then read the diff.
func TestReportGolden(t *testing.T) {
	got, err := json.MarshalIndent(buildReport(t).Document, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "bao-cao-cam-lo-2021.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("composed report differs from %s at line %d:\n got %s\nwant %s\nrun go test -update and read the diff", golden, i+1, g[i], w[i])
			}
		}
		t.Fatalf("composed report differs from %s in length; run go test -update and read the diff", golden)
	}
}

// The figures of the sample report, worked out by hand from the plan
// (data/cam-lo-2021.toml: households, CS GN + BTXH poor, target) and the
// report (data/bao-cao-cam-lo-2021.toml: left, fell back, new, households
// at the end). TT Cam Lộ: 38 − 1 + 0 + 2 = 39 poor at the end of 2.185
// households (1,78%), one more than at the start: reduction −1, rate
// 38/2.169 − 39/2.185 = 1,7520 − 1,7849 = −0,03 points, attainment −1/2 =
// −50,00%. The total: 405 − 44 + 2 + 8 = 371 of 15.011 (2,47%), 34 fewer,
// 405/14.932 − 371/15.011 = 2,7123 − 2,4715 = 0,24 points, 34/37 = 91,89%.
var (
	reportUnitRow  = []string{"6", "TT Cam Lộ", "2.169", "38", "1,75", "2", "1", "0", "2", "2.185", "39", "1,78", "-1", "-0,03", "-50,00"}
	reportTotalRow = []string{"Tổng cộng", "14.932", "405", "2,71", "37", "44", "2", "8", "15.011", "371", "2,47", "34", "0,24", "91,89"}
	// Xã Cam Chính has no target: its attainment is "-".
	reportNoTargetRow = []string{"1.489", "22", "1,48", "0", "1", "0", "0", "1.494", "21", "1,41", "1", "0,07", "-"}
	reportSentences   = []string{
		"Thực hiện Kế hoạch số 44/KH-UBND ngày 18/03/2021 về thực hiện Chương trình giảm nghèo năm 2021, Ủy ban nhân dân huyện Cam Lộ báo cáo kết quả thực hiện năm 2021 như sau:",
		"Trong năm 2021, toàn huyện có 44 hộ thoát nghèo, 2 hộ tái nghèo và 8 hộ nghèo phát sinh mới; số hộ nghèo giảm từ 405 hộ đầu năm xuống còn 371 hộ cuối năm, giảm 34 hộ.",
		"Chỉ tiêu giảm nghèo năm 2021 là 37 hộ; kết quả đạt 91,89% chỉ tiêu.",
		"Tỷ lệ hộ nghèo giảm từ 2,71% đầu năm xuống còn 2,47% cuối năm, giảm 0,24 điểm phần trăm.",
	}
)

// TestReportSample builds the sample report and reads its table and part
// I back from the PDF, with the package's own PDF reader, and from the
// Word document.
func TestReportSample(t *testing.T) {
	res := buildReport(t)
	pages, err := pdftext.Read(res.Artifacts[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	// A report whose data gives no subject takes the title's, in the
	// file's properties too.
	info, err := pdftext.Info(res.Artifacts[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	if info["Title"] != "Báo cáo kết quả thực hiện Kế hoạch giảm nghèo năm 2021" || info["Subject"] != "Kết quả thực hiện Kế hoạch giảm nghèo năm 2021" {
		t.Errorf("PDF title %q, subject %q", info["Title"], info["Subject"])
	}
	if p := pages[0]; len(p.Find("BÁO CÁO")) != 1 || len(p.Find("Số: 215/BC-UBND")) != 1 {
		t.Error("page 1 does not show BÁO CÁO and Số: 215/BC-UBND")
	}
	for _, tt := range []struct {
		name string
		want []string
	}{{"TT Cam Lộ", reportUnitRow}, {"Tổng cộng", reportTotalRow}} {
		if got := pdfRow(t, pages, tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("PDF row %s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	words := strings.Join(pdftext.Words(pages, float64(layout.MarginTop)), " ")
	for _, s := range reportSentences {
		if !strings.Contains(words, s) {
			t.Errorf("the PDF does not say %q", s)
		}
	}
	// Every word of the table's header is drawn whole, never cut inside.
	drawn := map[string]bool{}
	for _, w := range pdftext.Words(pages, 0) {
		drawn[w] = true
	}
	for _, row := range reportTable(t, res.Document).Header {
		for _, c := range row.Cells {
			for _, w := range strings.Fields(c.Text) {
				if !drawn[w] {
					t.Errorf("header word %q is not drawn whole in the PDF", w)
				}
			}
		}
	}

	paras, err := docxtext.Paragraphs(res.Artifacts[1].Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range [][]string{reportUnitRow[1:], reportTotalRow, append([]string{"Xã Cam Chính"}, reportNoTargetRow...)} {
		i := slices.Index(paras, want[0])
		if i < 0 || i+len(want) > len(paras) || !slices.Equal(paras[i:i+len(want)], want) {
			t.Errorf("Word row %s: want paragraphs %q", want[0], want)
		}
	}
	for _, s := range append([]string{"BÁO CÁO", "Số: 215/BC-UBND", "Cam Lộ, ngày 20 tháng 12 năm 2021"}, reportSentences...) {
		if !slices.Contains(paras, s) {
			t.Errorf("the Word document has no paragraph %q", s)
		}
	}
}

// reportTable returns the table of the composed report.
func reportTable(t *testing.T, d *doc.Document) *doc.Table {
	t.Helper()
	for i := range d.Body {
		if d.Body[i].Table != nil {
			return d.Body[i].Table
		}
	}
	t.Fatal("the report has no table")
	return nil
}

// pdfRow returns the texts drawn on the baseline of the first span that
// shows name, left to right as drawn.
func pdfRow(t *testing.T, pages []pdftext.Page, name string) []string {
	t.Helper()
	for _, p := range pages {
		if f := p.Find(name); len(f) > 0 {
			var row []string
			for _, s := range p.Spans {
				if s.Y == f[0].Y {
					row = append(row, s.Text)
				}
			}
			return row
		}
	}
	t.Fatalf("%q is on no page", name)
	return nil
}

// reportIn writes the sample plan and the sample report into a folder of
// their own, each changed by its edit (nil leaves it), and builds the
// report's document, composed only.
func reportIn(t *testing.T, editPlan, editReport func(string) string) *doc.Document {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []struct {
		from, to string
		edit     func(string) string
	}{{sample, "cam-lo-2021.toml", editPlan}, {sampleReport, "bao-cao.toml", editReport}} {
		data, err := os.ReadFile(f.from)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if f.edit != nil {
			if s = f.edit(s); s == string(data) {
				t.Fatalf("the edit changed nothing in %s", f.from)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, f.to), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src, _, err := ReadSource(filepath.Join(dir, "bao-cao.toml"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := newEngine(t).Build(context.Background(), src, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res.Document
}

// lines drops every line of s that starts with one of the prefixes.
func lines(prefixes ...string) func(string) string {
	return func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(l, p) }) {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}
}

// TestReportWording checks part I's sentences and the heading of reports
// in each case the template words apart, with figures worked out by hand:
// the sample's counts fall (405 to 371) and its rate too; with 100 newly
// poor households more in Xã Thanh An, 471 are poor at the end: 66 more,
// 471/15.011 = 3,14% against 405/14.932 = 2,71%, 0,43 points more (from
// the exact fractions: 3,1377 − 2,7123 = 0,4254); a plan without targets;
// a plan not issued; a draft report and one to be signed electronically.
func TestReportWording(t *testing.T) {
	risen := func(s string) string {
		s = lines("policy_poor_end", "social_poor_end")(s)
		return strings.Replace(s, "left_poverty = 8\nfell_back = 0\nnew_poor = 1\n", "left_poverty = 8\nfell_back = 0\nnew_poor = 101\n", 1)
	}
	noTargets := func(s string) string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, "reduction = ") {
				l = "reduction = 0"
			}
			out = append(out, l)
		}
		return strings.Join(out, "\n")
	}
	tests := []struct {
		name               string
		editPlan, editRept func(string) string
		want, not          []string
	}{
		{"rise", nil, risen, []string{
			"Trong năm 2021, toàn huyện có 44 hộ thoát nghèo, 2 hộ tái nghèo và 108 hộ nghèo phát sinh mới; số hộ nghèo tăng từ 405 hộ đầu năm lên 471 hộ cuối năm, tăng 66 hộ.",
			"Chỉ tiêu giảm nghèo năm 2021 là 37 hộ; số hộ nghèo không giảm nên chưa đạt chỉ tiêu.",
			"Tỷ lệ hộ nghèo tăng từ 2,71% đầu năm lên 3,14% cuối năm, tăng 0,43 điểm phần trăm.",
		}, []string{"đạt -"}},
		{"no targets", noTargets, nil, []string{
			"Kế hoạch năm 2021 không giao chỉ tiêu giảm số hộ nghèo.",
		}, []string{"Chỉ tiêu giảm nghèo năm"}},
		{"plan a draft with its number", func(s string) string {
			return strings.Replace(s, "[document]\n", "[document]\ndraft = true\n", 1)
		}, nil, []string{
			"Ủy ban nhân dân huyện Cam Lộ báo cáo kết quả thực hiện Kế hoạch thực hiện Chương trình giảm nghèo năm 2021 như sau:",
		}, []string{"Kế hoạch số"}},
		{"plan not issued", lines("number = 44", `date = "18/03/2021"`), nil, []string{
			"Ủy ban nhân dân huyện Cam Lộ báo cáo kết quả thực hiện Kế hoạch thực hiện Chương trình giảm nghèo năm 2021 như sau:",
		}, []string{"Kế hoạch số"}},
		{"no shortcomings", nil, func(s string) string {
			i := strings.Index(s, "shortcomings = [")
			j := strings.Index(s[i:], "]\n") + i + 2
			return s[:i] + s[j:]
		}, []string{"II. NHIỆM VỤ, GIẢI PHÁP NĂM 2022"}, []string{"TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"}},
		{"draft", nil, lines("number = 215", `date = "20/12/2021"`), []string{
			"DỰ THẢO", "Số:      /BC-UBND", "Cam Lộ, ngày      tháng      năm 2021",
		}, []string{"215"}},
		{"to be signed", nil, func(s string) string {
			return strings.Replace(lines("number = 215", `date = "20/12/2021"`)(s), "[document]\n", "[document]\nstate = \"trình ký số\"\n", 1)
		}, []string{"Số:      /BC-UBND", "Cam Lộ, ngày      tháng      năm 2021"}, []string{"DỰ THẢO", "215"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := reportIn(t, tt.editPlan, tt.editRept)
			texts := []string{d.Header.Draft, d.Header.Number, d.Header.PlaceDate}
			for _, b := range d.Body {
				texts = append(texts, strings.TrimSpace(b.Number+" "+b.Text))
			}
			all := strings.Join(texts, "\n")
			for _, w := range tt.want {
				if !slices.Contains(texts, w) {
					t.Errorf("no text %q in\n%s", w, all)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(all, w) {
					t.Errorf("%q is written:\n%s", w, all)
				}
			}
		})
	}
}
