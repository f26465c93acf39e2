package pdf

import (
	"bytes"
	"context"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

var writeDir = flag.String("write", "", "write the rendered sample plan to this folder as x.pdf")

// newRenderer returns a Renderer or stops the test.
func newRenderer(t testing.TB) *Renderer {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// renderSample renders the sample plan, writing it to -write if given.
func renderSample(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := newRenderer(t).Render(context.Background(), &buf, sampleDocument(t)); err != nil {
		t.Fatal(err)
	}
	if *writeDir != "" {
		if err := os.WriteFile(filepath.Join(*writeDir, "x.pdf"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

// pageWith returns the number (from 1) of the first page showing exactly s,
// or 0.
func pageWith(pages []pdftext.Page, s string) int {
	for i, p := range pages {
		if len(p.Find(s)) > 0 {
			return i + 1
		}
	}
	return 0
}

func TestSampleWords(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	if len(pages) < 2 {
		t.Fatalf("%d pages, want several", len(pages))
	}
	p1 := []string{
		"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Số: 44/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021",
		"KẾ HOẠCH", "Thực hiện Chương trình giảm nghèo năm 2021", "I. TÌNH HÌNH CHUNG",
	}
	for _, s := range p1 {
		if n := pageWith(pages, s); n != 1 {
			t.Errorf("%q on page %d, want 1", s, n)
		}
	}
	// The table: figures, the total row, the merged header cells.
	table := pageWith(pages, "Xã Cam Tuyền")
	for _, s := range []string{"14.932", "Tổng cộng", "2,46", "Hộ nghèo đầu 2021", "Hộ nghèo theo nhóm đối", "Dân số", "11=10/1"} {
		if n := pageWith(pages, s); n != table || n == 0 {
			t.Errorf("table text %q on page %d, want %d", s, n, table)
		}
	}
	last := len(pages)
	for _, s := range []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Anh Tuấn", "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT."} {
		if n := pageWith(pages, s); n != last {
			t.Errorf("%q on page %d, want the last page %d", s, n, last)
		}
	}
	all := ""
	for _, p := range pages {
		all += p.Text()
	}
	if !strings.Contains(all, "Thương binh và Xã hội./.") {
		t.Error(`the body does not end with "./."`)
	}
}

func TestSampleStyles(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	tests := []struct {
		text string
		font string
		size float64
	}{
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold", 12},
		{"Độc lập - Tự do - Hạnh phúc", "bold", 13},
		{"ỦY BAN NHÂN DÂN", "bold", 12},
		{"Số: 44/KH-UBND", "regular", 13},
		{"Cam Lộ, ngày 18 tháng 3 năm 2021", "italic", 13},
		{"KẾ HOẠCH", "bold", 14},
		{"I. TÌNH HÌNH CHUNG", "bold", 14},
		{"1. Mục tiêu chung:", "bold", 14},
		{"TM. ỦY BAN NHÂN DÂN", "bold", 14},
		{"Trần Anh Tuấn", "bold", 14},
		{"Nơi nhận:", "bolditalic", 12},
		{"- Lưu: VT.", "regular", 11},
		{"14.932", "bold", tableSizeMax},
		{"1.458", "regular", tableSizeMax},
	}
	for _, tt := range tests {
		n := pageWith(pages, tt.text)
		if n == 0 {
			t.Errorf("%q not found", tt.text)
			continue
		}
		s := pages[n-1].Find(tt.text)[0]
		if fontName(s) != "liberationserif-"+tt.font || s.Size != tt.size {
			t.Errorf("%q in %s %.1f pt, want %s %.1f pt", tt.text, s.Font, s.Size, tt.font, tt.size)
		}
	}
}

// TestSampleFormulasWhole checks that the column-number row keeps each
// formula on one line, in italic, set smaller than the header when needed.
func TestSampleFormulasWhole(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	for _, f := range []string{"3=2/1", "10=2-8", "11=10/1"} {
		n := pageWith(pages, f)
		if n == 0 {
			t.Errorf("formula %q is not on one line", f)
			continue
		}
		s := pages[n-1].Find(f)[0]
		if fontName(s) != "liberationserif-italic" || s.Size < noteSizeMin || s.Size > tableSizeMax {
			t.Errorf("%q in %s %.1f pt, want italic %.1f–%.1f pt", f, s.Font, s.Size, noteSizeMin, tableSizeMax)
		}
	}
}

func TestSamplePages(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	for i, p := range pages {
		n := i + 1
		if math.Abs(p.W-210) > 0.1 || math.Abs(p.H-297) > 0.1 {
			t.Errorf("page %d is %.1f x %.1f mm, want A4 portrait", n, p.W, p.H)
		}
		var top []string
		for _, s := range p.Spans {
			for _, g := range s.Glyphs {
				if g.X < marginLeft-0.01 || g.X+g.Width > pageW-marginRight+0.01 {
					t.Errorf("page %d: %q at x %.2f-%.2f mm, outside the side margins", n, s.Text, g.X, g.X+g.Width)
					break
				}
			}
			if s.Y+0.216*s.Size*ptMM > pageH-marginBottom+0.01 {
				t.Errorf("page %d: %q below the bottom margin (baseline %.2f mm)", n, s.Text, s.Y)
			}
			if s.Y-0.8*s.Size*ptMM < marginTop {
				top = append(top, s.Text)
			}
		}
		switch {
		case n == 1 && len(top) > 0:
			t.Errorf("page 1 has %q in the top margin", top)
		case n > 1 && (len(top) != 1 || top[0] != strconv.Itoa(n)):
			t.Errorf("page %d has %q in the top margin, want its number", n, top)
		}
		if n > 1 {
			s := p.Find(strconv.Itoa(n))[0]
			if c := s.X + s.Width/2; math.Abs(c-(marginLeft+textW/2)) > 0.05 || s.Size != 14 {
				t.Errorf("page number %d centred at %.2f mm in %.1f pt, want 112.5 mm, 14 pt", n, c, s.Size)
			}
			if s.Y < 10 || s.Y > 15 {
				t.Errorf("page number %d on baseline %.1f mm from the top", n, s.Y)
			}
		}
		for _, sg := range p.Segments {
			if math.Min(sg.Y0, sg.Y1) < marginTop-0.2 || math.Max(sg.Y0, sg.Y1) > pageH-marginBottom+0.2 ||
				math.Min(sg.X0, sg.X1) < marginLeft-0.2 || math.Max(sg.X0, sg.X1) > pageW-marginRight+0.2 {
				t.Errorf("page %d: line %+v outside the margins", n, sg)
				break
			}
		}
	}
}

func TestJustified(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	full, margin := 0, pageW-marginRight
	for _, p := range pages {
		for _, s := range p.Spans {
			if s.Size != sizeBody || fontName(s) != "liberationserif-regular" || s.Y < marginTop {
				continue
			}
			if end := right(s); end > margin+0.01 {
				t.Errorf("%q ends at %.3f mm, past the margin", s.Text, end)
			}
			if math.Abs(right(s)-margin) < 0.01 {
				full++
			}
			if math.Abs(s.X-marginLeft) > 0.01 && math.Abs(s.X-(marginLeft+indent)) > 0.01 {
				t.Errorf("%q starts at %.2f mm, want the margin or the indent", s.Text, s.X)
			}
		}
	}
	if full < 50 {
		t.Errorf("%d body lines end at the right margin, want most of them", full)
	}
}

func TestHeaderRules(t *testing.T) {
	p := readPDF(t, renderSample(t))[0]
	motto := p.Find("Độc lập - Tự do - Hạnh phúc")[0]
	issuer := p.Find("ỦY BAN NHÂN DÂN")[0]
	subject := p.Find("Thực hiện Chương trình giảm nghèo năm 2021")[0]
	under := func(s pdftext.Span) (pdftext.Segment, bool) {
		for _, sg := range p.Segments {
			if sg.Y0 == sg.Y1 && sg.Y0 > s.Y && sg.Y0 < s.Y+8 && sg.X1 > s.X-5 && sg.X0 < right(s)+5 {
				return sg, true
			}
		}
		return pdftext.Segment{}, false
	}
	tests := []struct {
		name   string
		text   pdftext.Span
		lo, hi float64 // rule length / text width
	}{
		{"tiêu ngữ", motto, 0.99, 1.01},
		{"issuing body", issuer, 0.33, 0.5},
		{"subject", subject, 0.33, 0.5},
	}
	for _, tt := range tests {
		sg, ok := under(tt.text)
		if tt.name == "issuing body" {
			sg, ok = under(p.Find("HUYỆN CAM LỘ")[0])
		}
		if !ok {
			t.Errorf("%s: no rule under it", tt.name)
			continue
		}
		ratio := (sg.X1 - sg.X0) / tt.text.Width
		if ratio < tt.lo || ratio > tt.hi {
			t.Errorf("%s: rule %.1f%% of the text, want %.0f-%.0f%%", tt.name, 100*ratio, 100*tt.lo, 100*tt.hi)
		}
		if d := (sg.X0+sg.X1)/2 - (tt.text.X + tt.text.Width/2); math.Abs(d) > 0.05 {
			t.Errorf("%s: rule off centre by %.2f mm", tt.name, d)
		}
	}
	no, date := p.Find("Số: 44/KH-UBND")[0], p.Find("Cam Lộ, ngày 18 tháng 3 năm 2021")[0]
	if no.Y != date.Y {
		t.Errorf(`"Số:" on baseline %.2f mm, the date on %.2f mm`, no.Y, date.Y)
	}
}
