package pdftext_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// simpleFont returns an fpdf font definition of Liberation Serif Regular as
// a simple TrueType font: every code 500 thousandths of an em wide, the
// space 250, code 127 named uni1ED8 (Ộ, 800 wide) and code 128 uni00A0.
func simpleFont(t *testing.T) []byte {
	t.Helper()
	cw := make([]int, 256)
	for c := 32; c < 256; c++ {
		cw[c] = 500
	}
	cw[' '], cw[127] = 250, 800
	def, err := json.Marshal(map[string]any{
		"Tp": "TrueType", "Name": "LiberationSerif-Regular",
		"Desc": map[string]any{"Ascent": 891, "Descent": -216, "Flags": 32, "MissingWidth": 600},
		"Cw":   cw, "Diff": "127 /uni1ED8 /uni00A0", "File": "regular.ttf",
		"OriginalSize": len(fonts.Regular),
	})
	if err != nil {
		t.Fatal(err)
	}
	return def
}

// TestReadSimpleFont reads text drawn in a simple TrueType font whose
// encoding names some codes uniXXXX: the codes decode to their characters,
// glyphs advance by the font's widths and the word spacing, and a run drawn
// where the previous one ends joins it.
func TestReadSimpleFont(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddFontFromBytes("Simple", "", simpleFont(t), fonts.Regular)
	pdf.AddPage()
	pdf.SetFont("Simple", "", 10)
	em := 10 * 25.4 / 72 / 1000 // mm per thousandth of an em
	pdf.Text(30, 40, "C\x7fNG")
	pdf.Text(30+2300*em, 40, " H\x80A")
	pdf.SetWordSpacing(5)
	pdf.Text(30, 60, "A B")
	pdf.SetWordSpacing(0)
	pdf.Text(100, 60, "(x)")
	pages := readBack(t, pdf)
	spans := pages[0].Spans
	want := []struct {
		text  string
		x, w  float64
		glyph []float64 // x of each glyph
	}{
		{"CỘNG H\u00a0A", 30, 4050 * em, []float64{30, 30 + 500*em, 30 + 1300*em, 30 + 1800*em, 30 + 2300*em, 30 + 2550*em, 30 + 3050*em, 30 + 3550*em}},
		{"A B", 30, 1250*em + 5, []float64{30, 30 + 500*em, 30 + 750*em + 5}},
		{"(x)", 100, 1500 * em, nil},
	}
	if len(spans) != len(want) {
		t.Fatalf("%d spans %v, want %d", len(spans), spans, len(want))
	}
	for i, w := range want {
		s := spans[i]
		if s.Text != w.text || s.Font != "LiberationSerif-Regular" || s.Size != 10 || !near(s.X, w.x) || !near(s.Width, w.w) {
			t.Errorf("span %d: %q in %s %.1f pt at %.2f mm, %.2f mm wide; want %q at %.2f mm, %.2f mm wide",
				i, s.Text, s.Font, s.Size, s.X, s.Width, w.text, w.x, w.w)
		}
		for j, x := range w.glyph {
			if j < len(s.Glyphs) && !near(s.Glyphs[j].X, x) {
				t.Errorf("span %d, glyph %d %q at %.2f mm, want %.2f", i, j, s.Glyphs[j].Text, s.Glyphs[j].X, x)
			}
		}
	}
}

// TestReadSimpleFontEncodings reads fonts whose encodings the reader does
// and does not know.
func TestReadSimpleFontEncodings(t *testing.T) {
	tests := []struct {
		name, diff, text, want string
	}{
		{"windows-1252 without differences", "", "caf\xe9 \x93x\x94", "café “x”"},
		{"uni names", "127 /uni1EA0 /uni00C0 /uni0041030A", "\x7f\x80\x81", "ẠÀA\u030A"},
		{"u names", "200 /u1EA0 /u1F600", "\xc8\xc9", "Ạ😀"},
		{"other names", "127 /Adieresis /uni12 /unid800 /uni1ea0 /u12", "\x7f\x80\x81\x82\x83", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var def map[string]any
			if err := json.Unmarshal(simpleFont(t), &def); err != nil {
				t.Fatal(err)
			}
			def["Diff"] = tt.diff
			b, err := json.Marshal(def)
			if err != nil {
				t.Fatal(err)
			}
			pdf := fpdf.New("P", "mm", "A4", "")
			pdf.AddFontFromBytes("Simple", "", b, fonts.Regular)
			pdf.AddPage()
			pdf.SetFont("Simple", "", 10)
			pdf.Text(30, 40, tt.text)
			pages := readBack(t, pdf)
			if got := pages[0].Text(); got != tt.want+"\n" {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

// readBack writes pdf out and reads its pages back.
func readBack(t *testing.T, pdf *fpdf.Fpdf) []pdftext.Page {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return pages
}
