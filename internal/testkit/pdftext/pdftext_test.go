package pdftext_test

import (
	"bytes"
	"errors"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

const (
	national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	motto    = "Độc lập - Tự do - Hạnh phúc"
	title    = "Kế hoạch giảm nghèo năm 2021"
)

// sample is a two-page PDF written by fpdf, and where it put things.
type sample struct {
	data        []byte
	nationalW   float64 // width of the national line as fpdf measures it
	bold, plain string  // the BaseFont names of the two faces
}

// writeSample draws, on page 1, the national line in 12 pt bold with its
// baseline at (41.5, 32.25) mm, the motto justified over 30-195 mm in 14 pt
// regular, a rule and a rectangle; on page 2, a page number in the top
// margin and one line of body text.
func writeSample(t *testing.T) sample {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("LiberationSerif-Bold", "", fonts.Bold)
	pdf.AddUTF8FontFromBytes("LiberationSerif-Regular", "", fonts.Regular)
	pdf.SetTitle(title, true)
	pdf.SetCellMargin(0)

	pdf.AddPage()
	pdf.SetFont("LiberationSerif-Bold", "", 12)
	pdf.Text(41.5, 32.25, national)
	s := sample{nationalW: pdf.GetStringWidth(national)}
	pdf.SetFont("LiberationSerif-Regular", "", 14)
	pdf.SetXY(30, 50)
	pdf.CellFormat(165, 0, motto, "", 0, "J", false, 0, "")
	pdf.SetLineWidth(0.2)
	pdf.Line(30, 60, 195, 60)
	pdf.Rect(30, 70, 20, 10, "D")

	pdf.AddPage()
	pdf.SetFont("LiberationSerif-Regular", "", 14)
	pdf.Text(104, 13, "2")
	pdf.Text(30, 40, "Trang hai.")

	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	s.data = buf.Bytes()
	s.bold, s.plain = "utf8liberationserif-bold", "utf8liberationserif-regular"
	return s
}

// near reports whether a and b are within 0.1 mm.
func near(a, b float64) bool { return math.Abs(a-b) <= 0.1 }

func TestRead(t *testing.T) {
	s := writeSample(t)
	pages, err := pdftext.Read(s.data)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	for i, p := range pages {
		if !near(p.W, 210) || !near(p.H, 297) {
			t.Errorf("page %d is %.2f x %.2f mm, want A4", i+1, p.W, p.H)
		}
	}

	p := pages[0]
	if len(p.Spans) != 2 {
		t.Fatalf("page 1 has %d spans, want 2: %q", len(p.Spans), p.Text())
	}
	n := p.Spans[0]
	if n.Text != national || n.Font != s.bold || n.Size != 12 {
		t.Errorf("span %q in %s %.1f pt, want %q in %s 12 pt", n.Text, n.Font, n.Size, national, s.bold)
	}
	if !near(n.X, 41.5) || !near(n.Y, 32.25) || !near(n.Width, s.nationalW) {
		t.Errorf("national line at (%.2f, %.2f) mm, %.2f mm wide; want (41.5, 32.25), %.2f wide", n.X, n.Y, n.Width, s.nationalW)
	}
	if got := len(n.Glyphs); got != len([]rune(national)) {
		t.Errorf("%d glyphs, want one a rune", got)
	}
	for i, g := range n.Glyphs[1:] {
		if prev := n.Glyphs[i]; !near(g.X, prev.X+prev.Width) {
			t.Errorf("glyph %q at %.2f mm, the one before ends at %.2f", g.Text, g.X, prev.X+prev.Width)
		}
	}

	// The justified line is one TJ whose spacing stretches it to 165 mm.
	m := p.Spans[1]
	if m.Text != motto || m.Font != s.plain || m.Size != 14 {
		t.Errorf("span %q in %s %.1f pt, want %q in %s 14 pt", m.Text, m.Font, m.Size, motto, s.plain)
	}
	if !near(m.X, 30) || !near(m.X+m.Width, 195) {
		t.Errorf("justified line from %.2f to %.2f mm, want 30 to 195", m.X, m.X+m.Width)
	}
	if got := p.Find(motto); len(got) != 1 || got[0].Text != motto {
		t.Errorf("Find(%q) = %v", motto, got)
	}
	if got := p.Find("Độc lập"); len(got) != 0 {
		t.Errorf("Find matched part of a span: %v", got)
	}
	if got, want := p.Text(), national+"\n"+motto+"\n"; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}

	want := []pdftext.Segment{
		{X0: 30, Y0: 60, X1: 195, Y1: 60},
		{X0: 30, Y0: 70, X1: 50, Y1: 70}, {X0: 50, Y0: 70, X1: 50, Y1: 80},
		{X0: 50, Y0: 80, X1: 30, Y1: 80}, {X0: 30, Y0: 80, X1: 30, Y1: 70},
	}
	if len(p.Segments) != len(want) {
		t.Fatalf("segments %v, want %v", p.Segments, want)
	}
	for i, g := range p.Segments {
		w := want[i]
		if !near(g.X0, w.X0) || !near(g.Y0, w.Y0) || !near(g.X1, w.X1) || !near(g.Y1, w.Y1) {
			t.Errorf("segment %d is %+v, want %+v", i, g, w)
		}
	}
}

func TestWords(t *testing.T) {
	pages, err := pdftext.Read(writeSample(t).data)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Fields(national + " " + motto + " Trang hai.")
	if got := pdftext.Words(pages, 20); !slices.Equal(got, want) {
		t.Errorf("Words(pages, 20) = %q, want %q", got, want)
	}
	// With no top band, the page number "2" stays, in drawing order.
	all := slices.Concat(strings.Fields(national+" "+motto), []string{"2", "Trang", "hai."})
	if got := pdftext.Words(pages, 0); !slices.Equal(got, all) {
		t.Errorf("Words(pages, 0) = %q, want %q", got, all)
	}
	if got := pages[1].Words(20); !slices.Equal(got, []string{"Trang", "hai."}) {
		t.Errorf("page 2 Words(20) = %q", got)
	}
}

func TestInfo(t *testing.T) {
	info, err := pdftext.Info(writeSample(t).data)
	if err != nil {
		t.Fatal(err)
	}
	if info["Title"] != title {
		t.Errorf("Title %q, want %q", info["Title"], title)
	}
}

func TestReadBroken(t *testing.T) {
	good := writeSample(t).data
	// The first stream is page 1's content: overwriting its compressed
	// bytes leaves a file that opens but a page that does not inflate.
	garbled := bytes.Clone(good)
	i := bytes.Index(garbled, []byte("stream\n")) + len("stream\n")
	copy(garbled[i:], "garbage!")
	// Uncompressed, the content selects a font not in the resources.
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(false)
	pdf.AddUTF8FontFromBytes("LiberationSerif-Bold", "", fonts.Bold)
	pdf.AddPage()
	pdf.SetFont("LiberationSerif-Bold", "", 12)
	pdf.Text(30, 30, national)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	tf := regexp.MustCompile(`/F[0-9a-f]+ 12\.00 Tf`)
	if !tf.Match(buf.Bytes()) {
		t.Fatal("no Tf operator in the uncompressed content")
	}
	noFont := tf.ReplaceAllFunc(buf.Bytes(), func(b []byte) []byte { return append([]byte("/G"), b[2:]...) })
	// A core font has no ToUnicode CMap nor Identity-H codes.
	pdf = fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "", 12)
	pdf.Text(30, 30, "Plan")
	buf.Reset()
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	core := buf.Bytes()

	tests := []struct {
		name string
		data []byte
		page bool // the error names page 1
	}{
		{"empty", nil, false},
		{"not a PDF", []byte("Kế hoạch giảm nghèo năm 2021\n"), false},
		{"truncated", good[:len(good)/2], false},
		{"bad xref", bytes.Replace(good, []byte("xref"), []byte("xxxx"), 1), false},
		{"bad content stream", garbled, true},
		{"unknown font", noFont, true},
		{"core font", core, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := pdftext.Read(tt.data)
			if err == nil {
				t.Fatalf("Read returned %d pages and no error", len(pages))
			}
			t.Log(err)
			if pages != nil {
				t.Errorf("pages %v with the error", pages)
			}
			prefix := "pdftext: "
			if tt.page {
				prefix += "page 1: "
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q, want it to start %q", err, prefix)
			}
			if errors.Unwrap(err) == nil {
				t.Errorf("error %q wraps nothing", err)
			}
		})
	}
	if _, err := pdftext.Info(good[:len(good)/2]); err == nil || !strings.HasPrefix(err.Error(), "pdftext: ") {
		t.Errorf("Info of a truncated file: error %v", err)
	}
}

// TestReadOperators checks the text operators fpdf does not write itself:
// character spacing (Tc), leading (TL), T*, ' and ".
func TestReadOperators(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("LiberationSerif-Regular", "", fonts.Regular)
	pdf.AddPage()
	pdf.SetFont("LiberationSerif-Regular", "", 12)
	pdf.Text(30, 30, "AB") // selects the font and puts A and B in the subset
	// Codes are UTF-16BE: <0041> is A. The font stays selected across BT.
	pdf.RawWriteStr("BT 2 Tc 14 TL 72 720 Td <00410042> Tj T* <0041> Tj <0042> ' 0 1 <0041> \" 0 Tc ET\n")
	pages := readBack(t, pdf)
	sp := pages[0].Spans
	if len(sp) != 5 {
		t.Fatalf("%d spans, want 5: %q", len(sp), pages[0].Text())
	}
	mm := func(pt float64) float64 { return pt * 25.4 / 72 }
	want := []struct {
		text string
		x, y float64
	}{
		{"AB", 30, 30},
		{"AB", mm(72), mm(841.89 - 720)},
		{"A", mm(72), mm(841.89 - 720 + 14)},
		{"B", mm(72), mm(841.89 - 720 + 28)},
		{"A", mm(72), mm(841.89 - 720 + 42)},
	}
	for i, w := range want {
		if s := sp[i]; s.Text != w.text || s.Size != 12 || !near(s.X, w.x) || !near(s.Y, w.y) {
			t.Errorf("span %d: %q %.1f pt at (%.2f, %.2f) mm, want %q 12 pt at (%.2f, %.2f)", i, s.Text, s.Size, s.X, s.Y, w.text, w.x, w.y)
		}
	}
	// 2 pt of character spacing between A and B.
	a, b := sp[1].Glyphs[0], sp[1].Glyphs[1]
	if gap := b.X - (a.X + a.Width); math.Abs(gap-mm(2)) > 0.01 {
		t.Errorf("A and B %.3f mm apart, want %.3f (2 pt)", gap, mm(2))
	}
	if g := sp[0].Glyphs; math.Abs(g[1].X-(g[0].X+g[0].Width)) > 0.01 {
		t.Error("character spacing before Tc was set")
	}
}

// TestMetadataAndCatalog reads the XMP packet and the catalog's /Lang of a
// small PDF that has them, and refuses one whose catalog links no packet.
func TestMetadataAndCatalog(t *testing.T) {
	packet := []byte("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">Kế hoạch</x:xmpmeta>")
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetXmpMetadata(packet)
	pdf.SetLang("vi")
	pdf.AddPage()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := pdftext.Metadata(buf.Bytes())
	if err != nil || !bytes.Equal(got, packet) {
		t.Errorf("Metadata = %q, %v; want %q", got, err, packet)
	}
	catalog, err := pdftext.Catalog(buf.Bytes())
	if err != nil || catalog["Lang"] != "vi" || catalog["Type"] != "Catalog" {
		t.Errorf("Catalog = %v, %v", catalog, err)
	}
	if got, err := pdftext.Metadata(writeSample(t).data); err == nil {
		t.Errorf("a PDF without metadata gives %q", got)
	}
	if _, err := pdftext.Metadata([]byte("%PDF-1.3\nno more")); err == nil {
		t.Error("a broken PDF gives no error")
	}
}
