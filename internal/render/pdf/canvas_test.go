package pdf

import (
	"bytes"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// TestShowAsFpdfText checks that the canvas's own text operators are those
// fpdf's Text and SetWordSpacing write, byte for byte, for codes that a PDF
// string must escape ("(", ")", "\", carriage return), codes above 127, and
// positions and spacings with more decimals than are written, negative ones
// too.
func TestShowAsFpdfText(t *testing.T) {
	cases := []struct {
		name    string
		x, y    float64
		spacing float64
		text    string
	}{
		{"plain", 30, 40, 0, "Kế hoạch"},
		{"parentheses", 30.004, 41.555, 0.12345678, "(a) và (b)"},
		{"backslash", 29.995, 297, -0.3333333, `a\b\\c`},
		{"carriage return", 0, 0, 1, "a\rb"},
		{"high codes", 105.123456, 148.5, 0.000004, "\x7f\x80\xa0\xfe\xff"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := func(draw func(pdf *fpdf.Fpdf)) []byte {
				pdf := fpdf.New("P", "mm", "A4", "")
				pdf.SetCompression(false)
				pdf.SetCreationDate(time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC))
				pdf.SetModificationDate(time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC))
				pdf.SetCatalogSort(true)
				pdf.AddPage()
				draw(pdf)
				var buf bytes.Buffer
				if err := pdf.Output(&buf); err != nil {
					t.Fatal(err)
				}
				return buf.Bytes()
			}
			want := page(func(pdf *fpdf.Fpdf) {
				pdf.SetWordSpacing(tc.spacing)
				pdf.Text(tc.x, tc.y, tc.text)
			})
			got := page(func(pdf *fpdf.Fpdf) {
				c := &canvas{pdf: pdf}
				c.wordSpacing(tc.spacing)
				c.show(tc.x, tc.y, tc.text)
			})
			if !bytes.Equal(got, want) {
				t.Errorf("canvas wrote\n%q\nfpdf writes\n%q", contentOf(got), contentOf(want))
			}
		})
	}
}

// contentOf returns the part of an uncompressed PDF from its first stream to
// the end of that stream, for messages.
func contentOf(pdf []byte) []byte {
	from := bytes.Index(pdf, []byte("stream\n"))
	to := bytes.Index(pdf, []byte("endstream"))
	if from < 0 || to < from {
		return pdf
	}
	return pdf[from:to]
}
