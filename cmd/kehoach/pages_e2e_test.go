//go:build e2e

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/batch/batchtest"
)

// pagePlans returns the plans whose PDF and Word document must print on the
// same pages, by name: the sample, the sample as a draft (the mark makes
// page 1 longer), and synthetic plans of 1 to 200 units.
func pagePlans(t *testing.T) map[string][]byte {
	t.Helper()
	src := readOrFail(t, sample)
	plans := map[string][]byte{"cam-lo-2021": src}
	draft := bytes.Replace(src, []byte("[document]\n"), []byte("[document]\ndraft = true\n"), 1)
	if bytes.Equal(draft, src) {
		t.Fatal("could not make the sample a draft")
	}
	plans["cam-lo-2021-du-thao"] = draft
	// Plan i with its number of units. 2, 9 and 12 units put a heading
	// at the top of page 2 or 3; plan 18 of 7 units puts one at the foot
	// of page 3, the paragraph after it split by the page end.
	for _, p := range []struct{ i, units int }{{1, 1}, {2, 2}, {8, 8}, {9, 9}, {12, 12}, {18, 7}, {40, 40}, {200, 200}} {
		data, err := batchtest.PlanOf(src, p.i, p.units)
		if err != nil {
			t.Fatal(err)
		}
		plans[fmt.Sprintf("ke-hoach-%d-don-vi-%d", p.i, p.units)] = data
	}
	return plans
}

// pageReports returns the year-end reports whose PDF and Word document must
// print on the same pages, by name, and the plans they are on, by the path
// the reports name them with: the sample report, issued and as a draft,
// and reports on synthetic plans of 1, 8 and 40 units.
func pageReports(t *testing.T) (reports, plans map[string][]byte) {
	t.Helper()
	src := readOrFail(t, reportSample)
	const ref = `plan = "cam-lo-2021.toml"`
	if !bytes.Contains(src, []byte(ref)) {
		t.Fatalf("the sample report has no %s", ref)
	}
	plans = map[string][]byte{"cam-lo-2021.toml": readOrFail(t, sample)}
	reports = map[string][]byte{"bao-cao-cam-lo-2021": src}
	draft := bytes.Replace(src, []byte("[document]\n"), []byte("[document]\ndraft = true\n"), 1)
	reports["bao-cao-cam-lo-2021-du-thao"] = draft
	for _, p := range []struct{ i, units int }{{1, 1}, {8, 8}, {40, 40}} {
		plan, err := batchtest.PlanOf(plans["cam-lo-2021.toml"], p.i, p.units)
		if err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("ke-hoach-%d-don-vi-%d.toml", p.i, p.units)
		plans[name] = plan
		data := reportOn(t, src, plan, p.i)
		reports[fmt.Sprintf("bao-cao-%d-don-vi-%d", p.i, p.units)] = bytes.Replace(data, []byte(ref), []byte(`plan = "`+name+`"`), 1)
	}
	return reports, plans
}

// reportOn returns the sample report with its units replaced by one per
// unit of plan, each with movements made from i and the unit's place: a
// few leave poverty, some fall back or are newly poor, a few households
// more at the end of the year.
func reportOn(t *testing.T, sample, plan []byte, i int) []byte {
	t.Helper()
	var p struct {
		Units []struct {
			Name       string `toml:"name"`
			Households int    `toml:"households"`
			PolicyPoor int    `toml:"policy_poor"`
			SocialPoor int    `toml:"social_poor"`
		} `toml:"units"`
	}
	if _, err := toml.Decode(string(plan), &p); err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(sample, []byte("\n[[units]]\n"))
	end := bytes.Index(sample, []byte("\n[text]\n"))
	if start < 0 || end < start {
		t.Fatal("the sample report has no [[units]] before [text]")
	}
	var b bytes.Buffer
	b.Write(sample[:start+1])
	for k, u := range p.Units {
		left := min(u.PolicyPoor+u.SocialPoor, (i+2*k)%7)
		fmt.Fprintf(&b, "\n[[units]]\nname = %q\nhouseholds_end = %d\nleft_poverty = %d\nfell_back = %d\nnew_poor = %d\n",
			u.Name, u.Households+k%13, left, (k+i)%3/2, (5*k+i)%4)
	}
	b.Write(sample[end:])
	return b.Bytes()
}

// TestE2ESamePages builds each plan of pagePlans and each report of
// pageReports, prints its Word document with LibreOffice, and compares the
// two PDFs page by page: the same number of pages, and the same first line
// of text on each (the page number aside). In a report, every word of the
// table's header is printed whole by LibreOffice too.
func TestE2ESamePages(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	plans := pagePlans(t)
	reports, theirPlans := pageReports(t)
	for name, data := range theirPlans {
		if err := os.MkdirAll(filepath.Join(dir, "ke-hoach"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ke-hoach", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range reports {
		plans[name] = bytes.Replace(data, []byte(`plan = "`), []byte(`plan = "ke-hoach/`), 1)
	}
	var docx []string
	for name, data := range plans {
		path := filepath.Join(dir, name+".toml")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if err := NewMain(&stdout, &stderr).Run(context.Background(), []string{"build", "-o", out, path}); err != nil {
			t.Fatalf("build %s: %v\n%s", name, err, stderr.String())
		}
		docx = append(docx, filepath.Join(out, name+".docx"))
	}
	printed := t.TempDir()
	profile := "file://" + t.TempDir()
	run(t, "soffice", append([]string{"-env:UserInstallation=" + profile, "--headless",
		"--convert-to", "pdf", "--outdir", printed}, docx...)...)
	for name := range plans {
		t.Run(name, func(t *testing.T) {
			own := firstLines(t, filepath.Join(out, name+".pdf"))
			lo := firstLines(t, filepath.Join(printed, name+".pdf"))
			if len(own) != len(lo) {
				t.Errorf("kehoach's PDF has %d pages, the Word document prints on %d", len(own), len(lo))
			}
			for i := range min(len(own), len(lo)) {
				if own[i] != lo[i] {
					t.Errorf("page %d begins\n\t%q in kehoach's PDF,\n\t%q in the Word document", i+1, own[i], lo[i])
				}
			}
			if _, ok := reports[name]; ok {
				printedWhole(t, filepath.Join(printed, name+".pdf"))
			}
		})
	}
}

// firstLines returns the first line of text of each page of pdf, its words
// joined by single spaces; on page 2 and after, the page number that heads
// the page is left out.
func firstLines(t *testing.T, pdf string) []string {
	t.Helper()
	n := pageCount(t, pdf)
	out := make([]string, n)
	for p := 1; p <= n; p++ {
		page := strconv.Itoa(p)
		text := run(t, "pdftotext", "-f", page, "-l", page, "-enc", "UTF-8", pdf, "-")
		number := p > 1
		for _, l := range strings.Split(text, "\n") {
			l = strings.Join(strings.Fields(l), " ")
			if l == "" {
				continue
			}
			if number && l == page {
				number = false
				continue
			}
			out[p-1] = l
			break
		}
	}
	return out
}

// reportHeaderWords are the words of the report's table header.
var reportHeaderWords = []string{"TT", "Đơn", "vị", "Đầu", "năm", "Chỉ", "tiêu", "giảm", "(hộ)", "Biến", "động",
	"trong", "Cuối", "Kết", "quả", "nghèo", "Số", "hộ", "Hộ", "Tỷ", "lệ", "(%)", "Thoát", "Tái", "Phát", "sinh",
	"mới", "(điểm", "%)", "Đạt"}

// printedWhole checks that every word of the report's table header is
// printed whole in pdf: a word cut inside would be missing.
func printedWhole(t *testing.T, pdf string) {
	t.Helper()
	words := map[string]bool{}
	for _, w := range strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", pdf, "-")) {
		words[w] = true
	}
	for _, w := range reportHeaderWords {
		if !words[w] {
			t.Errorf("the table header's word %q is not printed whole by LibreOffice", w)
		}
	}
}
