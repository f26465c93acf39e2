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

// TestE2ESamePages builds each plan of pagePlans, prints its Word document
// with LibreOffice, and compares the two PDFs page by page: the same number
// of pages, and the same first line of text on each (the page number
// aside).
func TestE2ESamePages(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	plans := pagePlans(t)
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
