package compose

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// samplePlan decodes the sample data file. It does no checking: the loader's
// tests cover that; here the file is known to be valid.
func samplePlan(t testing.TB) *plan.Plan {
	t.Helper()
	var p plan.Plan
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "data", "cam-lo-2021.toml"), &p); err != nil {
		t.Fatal(err)
	}
	return &p
}

func compose(t testing.TB, p *plan.Plan) *doc.Document {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.Compose(p, plan.Compute(p))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestGolden compares the composed sample plan, as indented JSON, with
// testdata/cam-lo-2021.json. Run with -update to rewrite it after a change,
// then read the diff.
func TestGolden(t *testing.T) {
	d := compose(t, samplePlan(t))
	got, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "cam-lo-2021.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("composed document differs from %s; run go test -update and read the diff:\n%s", golden, firstDiff(string(got), string(want)))
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return "lengths differ"
}

// TestSample checks, independently of the golden file, what a clerk reads
// first: the header lines, the summary of part I and the table's rows 6, 7
// and totals as computed by hand in poverty-plan.md.
func TestSample(t *testing.T) {
	d := compose(t, samplePlan(t))
	checks := []struct{ name, got, want string }{
		{"issuer", strings.Join(d.Header.Issuer, " / "), "ỦY BAN NHÂN DÂN / HUYỆN CAM LỘ"},
		{"number", d.Header.Number, "Số: 44/KH-UBND"},
		{"place and date", d.Header.PlaceDate, "Cam Lộ, ngày 18 tháng 3 năm 2021"},
		{"national", d.Header.National, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"motto", d.Header.Motto, "Độc lập - Tự do - Hạnh phúc"},
		{"title", d.Title.Kind, "KẾ HOẠCH"},
		{"subject", d.Title.Subject, "Thực hiện Chương trình giảm nghèo năm 2021"},
		{"signature", strings.Join(d.Signature.Lines, " / "), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"},
		{"signer", d.Signature.Name, "Trần Anh Tuấn"},
		{"last recipient", d.Recipients.Lines[len(d.Recipients.Lines)-1], "- Lưu: VT."},
		{"first recipient", d.Recipients.Lines[0], "- UBND tỉnh;"},
		{"meta date", d.Meta.Date, "2021-03-18"},
		{"meta author", d.Meta.Author, "Ủy ban nhân dân huyện Cam Lộ"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}

	var headings, summary []string
	var table *doc.Table
	for _, b := range d.Body {
		switch b.Kind {
		case doc.Part:
			headings = append(headings, b.Heading())
		case doc.List:
			if len(headings) == 1 && summary == nil {
				for _, it := range b.Items {
					summary = append(summary, it.Line())
				}
			}
		case doc.TableBlock:
			table = b.Table
		}
	}
	wantHeadings := []string{"I. TÌNH HÌNH CHUNG", "II. MỤC ĐÍCH, YÊU CẦU", "III. MỤC TIÊU NĂM 2021",
		"IV. NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ", "V. TỔ CHỨC THỰC HIỆN"}
	if strings.Join(headings, "|") != strings.Join(wantHeadings, "|") {
		t.Errorf("part headings: got %q, want %q", headings, wantHeadings)
	}
	wantSummary := []string{
		"- Tổng số hộ toàn huyện: 14.932 hộ (trong đó có 99 hộ DTTS, chiếm tỷ lệ 0,66%).",
		"- Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
		"- Hộ nghèo thuộc đối tượng BTXH: 326/14.932 hộ, chiếm tỷ lệ 2,18%.",
		"- Hộ nghèo đồng bào DTTS: 40/14.932 hộ, chiếm tỷ lệ 0,27%.",
		"- Tổng số hộ cận nghèo: 663/14.932 hộ, chiếm tỷ lệ 4,44%.",
		"- Hộ cận nghèo đồng bào DTTS: 44/14.932 hộ, chiếm tỷ lệ 0,29%.",
	}
	if strings.Join(summary, "\n") != strings.Join(wantSummary, "\n") {
		t.Errorf("summary of part I:\n got %q\nwant %q", summary, wantSummary)
	}

	if table == nil {
		t.Fatal("no table in the body")
	}
	if _, err := doc.Place(table.Header, len(table.Columns)); err != nil {
		t.Errorf("header rows do not fill the grid: %v", err)
	}
	if _, err := doc.Place(table.Body, len(table.Columns)); err != nil {
		t.Errorf("body rows do not fill the grid: %v", err)
	}
	formulas := cellTexts(table.Header[len(table.Header)-1])
	if want := "A B 1 2=4+6 3=2/1 4 5=4/1 6 7=6/1 8 9=8/1 10=2-8 11=10/1"; formulas != want {
		t.Errorf("column-number row: got %q, want %q", formulas, want)
	}
	rows := map[int]string{
		5: "6 TT_Cam_Lộ 2.169 38 1,75 0 0,00 38 1,75 2 0,09 36 1,66",
		6: "7 Xã_Cam_Nghĩa 1.647 29 1,76 1 0,06 28 1,70 1 0,06 28 1,70",
		8: " Tổng_cộng 14.932 405 2,71 79 0,53 326 2,18 37 0,25 368 2,46",
	}
	for i, want := range rows {
		if got := cellTexts(table.Body[i]); got != want {
			t.Errorf("table row %d:\n got %q\nwant %q", i+1, got, want)
		}
	}
	if table.Body[8].Style != doc.Bold {
		t.Errorf("totals row style %q, want bold", table.Body[8].Style)
	}

	last := d.Body[len(d.Body)-1]
	if got := last.Items[len(last.Items)-1].Text; !strings.HasSuffix(got, "Sở Lao động - Thương binh và Xã hội./.") {
		t.Errorf("body does not end with \"./.\": %q", got)
	}
}

// cellTexts joins a row's texts with spaces, spaces inside a text shown as _.
func cellTexts(r doc.Row) string {
	var parts []string
	for _, c := range r.Cells {
		parts = append(parts, strings.ReplaceAll(c.Text, " ", "_"))
	}
	return strings.Join(parts, " ")
}

// TestSignerLines checks the authority and position lines the template
// writes for each signing authority of Nghị định 30/2020/NĐ-CP.
func TestSignerLines(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s    plan.Signer
		want string
	}{
		{plan.Signer{Prefix: "TM.", Body: "Ủy ban nhân dân", Position: "Chủ tịch"}, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH"},
		{plan.Signer{Prefix: "KT.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", DeputyPosition: "Phó Chủ tịch"}, "TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH"},
		{plan.Signer{Prefix: "KT.", Position: "Giám đốc", DeputyPosition: "Phó Giám đốc"}, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"},
		{plan.Signer{Prefix: "Q.", Position: "Chủ tịch"}, "Q. CHỦ TỊCH"},
		{plan.Signer{Prefix: "TL.", Position: "Chủ tịch", DeputyPosition: "Chánh Văn phòng"}, "TL. CHỦ TỊCH|CHÁNH VĂN PHÒNG"},
		{plan.Signer{Prefix: "TUQ.", Position: "Chủ tịch", DeputyPosition: "Giám đốc Sở"}, "TUQ. CHỦ TỊCH|GIÁM ĐỐC SỞ"},
		{plan.Signer{Prefix: "TL.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", DeputyPosition: "Chánh Văn phòng"}, "TM. ỦY BAN NHÂN DÂN|TL. CHỦ TỊCH|CHÁNH VĂN PHÒNG"},
		{plan.Signer{Prefix: "Q.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", DeputyPosition: "Phó Chủ tịch"}, "TM. ỦY BAN NHÂN DÂN|Q. CHỦ TỊCH"},
		{plan.Signer{Prefix: "TM.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", DeputyPosition: "Phó Chủ tịch"}, "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH"},
	}
	for _, tt := range tests {
		p := samplePlan(t)
		p.Signer = tt.s
		d, err := c.Compose(p, plan.Compute(p))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(d.Signature.Lines, "|"); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.s.Prefix, got, tt.want)
		}
	}
}

func TestCloseText(t *testing.T) {
	tests := map[string]string{
		"Xã hội.":   "Xã hội./.",
		"Xã hội":    "Xã hội./.",
		"Xã hội;":   "Xã hội./.",
		"Xã hội./.": "Xã hội./.",
		"Xã hội. ":  "Xã hội./.",
	}
	for in, want := range tests {
		if got := closeText(in); got != want {
			t.Errorf("closeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkCompose(b *testing.B) {
	p := samplePlan(b)
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	f := plan.Compute(p)
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Compose(p, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures parsing and checking the plan template, which every
// run of the program does once.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
