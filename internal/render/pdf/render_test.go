package pdf

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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
	if err := newRenderer(t).Render(&buf, samplePlan()); err != nil {
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
func pageWith(pages []pdfPage, s string) int {
	for i, p := range pages {
		if len(p.find(s)) > 0 {
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
		all += p.text()
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
		s := pages[n-1].find(tt.text)[0]
		if s.font != "utf8liberationserif-"+tt.font || s.size != tt.size {
			t.Errorf("%q in %s %.1f pt, want %s %.1f pt", tt.text, s.font, s.size, tt.font, tt.size)
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
		s := pages[n-1].find(f)[0]
		if s.font != "utf8liberationserif-italic" || s.size < noteSizeMin || s.size > tableSizeMax {
			t.Errorf("%q in %s %.1f pt, want italic %.1f–%.1f pt", f, s.font, s.size, noteSizeMin, tableSizeMax)
		}
	}
}

func TestSamplePages(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	for i, p := range pages {
		n := i + 1
		if math.Abs(p.w-210) > 0.1 || math.Abs(p.h-297) > 0.1 {
			t.Errorf("page %d is %.1f x %.1f mm, want A4 portrait", n, p.w, p.h)
		}
		var top []string
		for _, s := range p.shows {
			for _, g := range s.glyphs {
				if g.x0 < marginLeft-0.01 || g.x1 > pageW-marginRight+0.01 {
					t.Errorf("page %d: %q at x %.2f-%.2f mm, outside the side margins", n, s.text, g.x0, g.x1)
					break
				}
				if g.base+0.216*g.size/ptPerMM > pageH-marginBottom+0.01 {
					t.Errorf("page %d: %q below the bottom margin (baseline %.2f mm)", n, s.text, g.base)
					break
				}
			}
			if s.base-0.8*s.size/ptPerMM < marginTop {
				top = append(top, s.text)
			}
		}
		switch {
		case n == 1 && len(top) > 0:
			t.Errorf("page 1 has %q in the top margin", top)
		case n > 1 && (len(top) != 1 || top[0] != strconv.Itoa(n)):
			t.Errorf("page %d has %q in the top margin, want its number", n, top)
		}
		if n > 1 {
			s := p.find(strconv.Itoa(n))[0]
			if c := (s.x0 + s.x1) / 2; math.Abs(c-(marginLeft+textW/2)) > 0.05 || s.size != 14 {
				t.Errorf("page number %d centred at %.2f mm in %.1f pt, want 112.5 mm, 14 pt", n, c, s.size)
			}
			if s.base < 10 || s.base > 15 {
				t.Errorf("page number %d on baseline %.1f mm from the top", n, s.base)
			}
		}
		for _, sg := range p.segs {
			if math.Min(sg.y0, sg.y1) < marginTop-0.2 || math.Max(sg.y0, sg.y1) > pageH-marginBottom+0.2 ||
				math.Min(sg.x0, sg.x1) < marginLeft-0.2 || math.Max(sg.x0, sg.x1) > pageW-marginRight+0.2 {
				t.Errorf("page %d: line %+v outside the margins", n, sg)
				break
			}
		}
	}
}

func TestJustified(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	full, right := 0, pageW-marginRight
	for _, p := range pages {
		for _, s := range p.shows {
			if s.size != sizeBody || s.font != "utf8liberationserif-regular" || s.base < marginTop {
				continue
			}
			if s.x1 > right+0.01 {
				t.Errorf("%q ends at %.3f mm, past the margin", s.text, s.x1)
			}
			if math.Abs(s.x1-right) < 0.01 {
				full++
			}
			if math.Abs(s.x0-marginLeft) > 0.01 && math.Abs(s.x0-(marginLeft+indent)) > 0.01 {
				t.Errorf("%q starts at %.2f mm, want the margin or the indent", s.text, s.x0)
			}
		}
	}
	if full < 50 {
		t.Errorf("%d body lines end at the right margin, want most of them", full)
	}
}

func TestHeaderRules(t *testing.T) {
	p := readPDF(t, renderSample(t))[0]
	motto := p.find("Độc lập - Tự do - Hạnh phúc")[0]
	issuer := p.find("ỦY BAN NHÂN DÂN")[0]
	subject := p.find("Thực hiện Chương trình giảm nghèo năm 2021")[0]
	under := func(s show) (seg, bool) {
		for _, sg := range p.segs {
			if sg.y0 == sg.y1 && sg.y0 > s.base && sg.y0 < s.base+8 && sg.x1 > s.x0-5 && sg.x0 < s.x1+5 {
				return sg, true
			}
		}
		return seg{}, false
	}
	tests := []struct {
		name   string
		text   show
		lo, hi float64 // rule length / text width
	}{
		{"tiêu ngữ", motto, 0.99, 1.01},
		{"issuing body", issuer, 0.33, 0.5},
		{"subject", subject, 0.33, 0.5},
	}
	for _, tt := range tests {
		sg, ok := under(tt.text)
		if tt.name == "issuing body" {
			sg, ok = under(p.find("HUYỆN CAM LỘ")[0])
		}
		if !ok {
			t.Errorf("%s: no rule under it", tt.name)
			continue
		}
		ratio := (sg.x1 - sg.x0) / (tt.text.x1 - tt.text.x0)
		if ratio < tt.lo || ratio > tt.hi {
			t.Errorf("%s: rule %.1f%% of the text, want %.0f-%.0f%%", tt.name, 100*ratio, 100*tt.lo, 100*tt.hi)
		}
		if d := (sg.x0+sg.x1)/2 - (tt.text.x0+tt.text.x1)/2; math.Abs(d) > 0.05 {
			t.Errorf("%s: rule off centre by %.2f mm", tt.name, d)
		}
	}
	no, date := p.find("Số: 44/KH-UBND")[0], p.find("Cam Lộ, ngày 18 tháng 3 năm 2021")[0]
	if no.base != date.base {
		t.Errorf(`"Số:" on baseline %.2f mm, the date on %.2f mm`, no.base, date.base)
	}
}
