//go:build e2e

package pdf

// End-to-end checks of rendered PDFs with real programs: pdftotext and
// pdfinfo (poppler-utils), qpdf and Ghostscript, which .ci/run installs.
// Run with:
// go test -tags e2e ./internal/render/pdf/

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
)

// writePDF renders d into a file of a temporary folder and returns its path.
func writePDF(t *testing.T, d *doc.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := newRenderer(t).Render(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// command runs a program and returns its standard output.
func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// extract returns the text of the PDF at path as pdftotext reads it, its
// words separated by single spaces.
func extract(t *testing.T, path string) string {
	t.Helper()
	return strings.Join(strings.Fields(command(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
}

// allLetters returns every letter of Vietnamese in every tone, lower case
// and upper case, grouped by base letter: "a à á ả ã ạ", a word of each
// letter's forms.
func allLetters() []string {
	lower, upper := vietnameseLetters()
	var words []string
	for _, s := range []string{"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", lower, upper} {
		r := []rune(s)
		for len(r) > 0 {
			n := min(6, len(r))
			words = append(words, string(r[:n]))
			r = r[n:]
		}
	}
	return words
}

// TestE2EEveryLetterExtracts renders every letter of Vietnamese in all
// tones, lower and upper case, in a paragraph (upright face) and the
// subject (bold face), in a document within the two code pages and in one
// with a character beyond them: pdftotext reads each back character for
// character.
func TestE2EEveryLetterExtracts(t *testing.T) {
	letters := strings.Join(allLetters(), " ")
	for _, fonts := range []struct{ name, extra string }{
		{"within the code pages", ""},
		{"beyond the code pages", " Ö"},
	} {
		t.Run(fonts.name, func(t *testing.T) {
			d := sampleDocument(t)
			p := firstParagraph(t, d)
			p.Text = letters + fonts.extra
			d.Title.Subject = letters
			text := extract(t, writePDF(t, d))
			if n := strings.Count(text, letters); n != 2 {
				t.Errorf("the letters read back %d times, want 2 (paragraph and subject); the text:\n%s", n, text)
			}
		})
	}
}

// TestE2EPDFAConversionKeepsText converts the sample plan to PDF/A-2b with
// Ghostscript, as an archive would before filing it: the converted file
// reads back as the same text, character for character, within the two
// code pages and with a character beyond them.
func TestE2EPDFAConversionKeepsText(t *testing.T) {
	for _, fonts := range []struct{ name, signer string }{
		{"within the code pages", ""},
		{"beyond the code pages", "Trần Anh Tuấn Ö"},
	} {
		t.Run(fonts.name, func(t *testing.T) {
			d := sampleDocument(t)
			if fonts.signer != "" {
				d.Signature.Name = fonts.signer
			}
			in := writePDF(t, d)
			out := filepath.Join(t.TempDir(), "pdfa.pdf")
			command(t, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dPDFA=2",
				"-dPDFACompatibilityPolicy=1", "-sColorConversionStrategy=RGB",
				"-sDEVICE=pdfwrite", "-sOutputFile="+out, in)
			want, got := extract(t, in), extract(t, out)
			if len(want) < 5000 {
				t.Fatalf("the plan reads back as %d bytes of text, too few", len(want))
			}
			if got != want {
				i := 0
				for i < min(len(got), len(want)) && got[i] == want[i] {
					i++
				}
				t.Errorf("the converted file reads back as %d bytes of text, the plan %d; they part at byte %d:\nplan:      %q\nconverted: %q",
					len(got), len(want), i, want[i:min(i+80, len(want))], got[i:min(i+80, len(got))])
			}
		})
	}
}

// TestE2EUndatedHasNoDate renders the sample as a draft without a date:
// pdfinfo shows no creation or modification date (and the title, as of any
// document), and qpdf finds the file sound, its cross-reference table
// right. The dated sample shows its date.
func TestE2EUndatedHasNoDate(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(p *plan.Plan)
	}{
		{"dated", nil},
		{"undated draft", func(p *plan.Plan) { p.Document.Number, p.Document.Date = 0, "" }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := composeSample(t, tt.edit)
			path := writePDF(t, d)
			info := command(t, "pdfinfo", path)
			if !strings.Contains(info, "Title:           "+d.Meta.Title+"\n") {
				t.Errorf("pdfinfo shows no title:\n%s", info)
			}
			for _, key := range []string{"CreationDate:", "ModDate:"} {
				line := ""
				for l := range strings.Lines(info) {
					if strings.HasPrefix(l, key) {
						line = l
					}
				}
				switch {
				case d.Meta.Undated && line != "":
					t.Errorf("pdfinfo shows a date: %q", line)
				case !d.Meta.Undated && !strings.Contains(line, "Mar 18 00:00:00 2021"):
					t.Errorf("pdfinfo shows %s %q, want the document's date", key, line)
				}
			}
			if out := command(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors found") {
				t.Errorf("qpdf --check:\n%s", out)
			}
		})
	}
}
