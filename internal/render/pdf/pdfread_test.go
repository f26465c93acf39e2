package pdf

// A small text and ruling extractor for the tests, on top of the pure-Go
// reader github.com/ledongthuc/pdf. That reader parses the file, its objects
// and content streams, but its own text extraction does not serve fpdf's
// fonts: it applies a ToUnicode bfrange by incrementing the last byte only
// (fpdf maps the whole <0000>-<FFFF> range in one bfrange, so "Ộ", U+1ED8,
// comes out as "Ø") and it has no widths for Type0 fonts (every glyph of a
// string gets the same x). rsc.io/pdf reads the two-byte codes as single
// bytes. So the tests interpret the text operators themselves, decoding
// codes through the font's ToUnicode CMap and advancing by its /W widths.

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

// ptPerMM converts millimetres to PDF points.
const ptPerMM = 72 / 25.4

// glyph is one character shown on a page; x0, x1 and base are in
// millimetres, x from the left edge and base from the top edge.
type glyph struct {
	r          rune
	x0, x1     float64
	base, size float64
	font       string
}

// show is the text of one Tj or TJ operator.
type show struct {
	text   string
	glyphs []glyph
	x0, x1 float64
	base   float64
	size   float64
	font   string
}

// seg is a stroked straight line, in millimetres from the top-left corner.
type seg struct {
	x0, y0, x1, y1 float64
}

// pdfPage is what a page shows.
type pdfPage struct {
	w, h  float64 // mm
	shows []show
	segs  []seg
}

// text returns the page's shows joined by newlines, top to bottom and left
// to right.
func (p pdfPage) text() string {
	var b strings.Builder
	for _, s := range p.shows {
		b.WriteString(s.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// find returns the shows whose text is s.
func (p pdfPage) find(s string) []show {
	var out []show
	for _, sh := range p.shows {
		if sh.text == s {
			out = append(out, sh)
		}
	}
	return out
}

// font is what the extractor needs of a Type0 font.
type font struct {
	name    string
	widths  map[int]float64
	dw      float64
	toUni   map[int]rune
	ranges  []cmapRange
	twoByte bool
}

// cmapRange is one bfrange entry: codes lo..hi map to dst + (code - lo).
type cmapRange struct {
	lo, hi, dst int
}

// readPDF parses data and returns its pages.
func readPDF(t testing.TB, data []byte) []pdfPage {
	t.Helper()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("read pdf: %v", err)
	}
	var pages []pdfPage
	for i := 1; i <= r.NumPage(); i++ {
		p, err := readPage(r.Page(i))
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		pages = append(pages, p)
	}
	return pages
}

// readPage interprets one page's content stream.
func readPage(p lpdf.Page) (pg pdfPage, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("interpret: %v", e)
		}
	}()
	mb := p.V.Key("MediaBox")
	for v := p.V; mb.IsNull() && !v.IsNull(); v = v.Key("Parent") {
		mb = v.Key("MediaBox")
	}
	if mb.Len() != 4 {
		return pg, fmt.Errorf("media box %v", mb)
	}
	hPt := mb.Index(3).Float64() - mb.Index(1).Float64()
	pg.w = (mb.Index(2).Float64() - mb.Index(0).Float64()) / ptPerMM
	pg.h = hPt / ptPerMM
	fonts := map[string]*font{}
	res := p.Resources().Key("Font")
	for _, k := range res.Keys() {
		f, err := readFont(res.Key(k))
		if err != nil {
			return pg, fmt.Errorf("font %s: %w", k, err)
		}
		fonts[k] = f
	}

	var (
		cur        *font
		size       float64
		tx, ty     float64 // text line origin, points
		path       [][2]float64
		pathSegs   []seg
		toMM       = func(x, y float64) (float64, float64) { return x / ptPerMM, (hPt - y) / ptPerMM }
		addSegment = func(a, b [2]float64) {
			x0, y0 := toMM(a[0], a[1])
			x1, y1 := toMM(b[0], b[1])
			pathSegs = append(pathSegs, seg{x0, y0, x1, y1})
		}
	)
	showString := func(raw string, x float64) float64 {
		if cur == nil {
			panic("text shown without a font")
		}
		sh := show{size: size, font: cur.name}
		codes := []int{}
		if cur.twoByte {
			for i := 0; i+1 < len(raw); i += 2 {
				codes = append(codes, int(raw[i])<<8|int(raw[i+1]))
			}
		} else {
			for i := 0; i < len(raw); i++ {
				codes = append(codes, int(raw[i]))
			}
		}
		for _, c := range codes {
			w, ok := cur.widths[c]
			if !ok {
				w = cur.dw
			}
			adv := w / 1000 * size
			x0, base := toMM(x, ty)
			g := glyph{r: cur.decode(c), x0: x0, x1: x0 + adv/ptPerMM, base: base, size: size, font: cur.name}
			sh.glyphs = append(sh.glyphs, g)
			x += adv
		}
		pg.shows = append(pg.shows, sh)
		return x
	}
	lpdf.Interpret(p.V.Key("Contents"), func(stk *lpdf.Stack, op string) {
		args := make([]lpdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 { return args[i].Float64() }
		switch op {
		case "BT":
			tx, ty = 0, 0
		case "Td", "TD":
			tx += num(0)
			ty += num(1)
		case "Tm":
			tx, ty = num(4), num(5)
		case "Tf":
			cur = fonts[args[0].Name()]
			size = num(1)
		case "Tj":
			showString(args[0].RawString(), tx)
		case "TJ":
			x := tx
			n := len(pg.shows)
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				v := a.Index(i)
				if v.Kind() == lpdf.String {
					x = showString(v.RawString(), x)
				} else {
					x -= v.Float64() / 1000 * size
				}
			}
			// One TJ is one show.
			merged := show{size: size, font: cur.name}
			for _, s := range pg.shows[n:] {
				merged.glyphs = append(merged.glyphs, s.glyphs...)
			}
			pg.shows = append(pg.shows[:n], merged)
		case "m":
			path = [][2]float64{{num(0), num(1)}}
		case "l":
			path = append(path, [2]float64{num(0), num(1)})
		case "re":
			x, y, w, h := num(0), num(1), num(2), num(3)
			pts := [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}}
			for i := 1; i < len(pts); i++ {
				addSegment(pts[i-1], pts[i])
			}
		case "S":
			for i := 1; i < len(path); i++ {
				addSegment(path[i-1], path[i])
			}
			path = nil
			pg.segs = append(pg.segs, pathSegs...)
			pathSegs = nil
		}
	})
	for i := range pg.shows {
		s := &pg.shows[i]
		var b strings.Builder
		for _, g := range s.glyphs {
			b.WriteRune(g.r)
		}
		s.text = b.String()
		if len(s.glyphs) > 0 {
			s.x0, s.x1, s.base = s.glyphs[0].x0, s.glyphs[len(s.glyphs)-1].x1, s.glyphs[0].base
		}
	}
	sort.SliceStable(pg.shows, func(i, j int) bool {
		a, b := pg.shows[i], pg.shows[j]
		if a.base != b.base {
			return a.base < b.base
		}
		return a.x0 < b.x0
	})
	return pg, nil
}

// decode maps a character code to Unicode through the ToUnicode CMap.
func (f *font) decode(c int) rune {
	if r, ok := f.toUni[c]; ok {
		return r
	}
	for _, rg := range f.ranges {
		if rg.lo <= c && c <= rg.hi {
			return rune(rg.dst + c - rg.lo)
		}
	}
	return '\uFFFD'
}

// readFont reads a Type0 font's widths and ToUnicode CMap.
func readFont(v lpdf.Value) (*font, error) {
	f := &font{name: v.Key("BaseFont").Name(), widths: map[int]float64{}, toUni: map[int]rune{}}
	if v.Key("Subtype").Name() != "Type0" {
		return nil, fmt.Errorf("subtype %s, want Type0", v.Key("Subtype").Name())
	}
	f.twoByte = v.Key("Encoding").Name() == "Identity-H"
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() != lpdf.Null {
		f.dw = dw.Float64()
	}
	w := desc.Key("W")
	for i := 0; i < w.Len(); {
		first := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == lpdf.Array {
			for j := 0; j < next.Len(); j++ {
				f.widths[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(w.Index(i + 1).Int64())
		for c := first; c <= last; c++ {
			f.widths[c] = w.Index(i + 2).Float64()
		}
		i += 3
	}
	tu := v.Key("ToUnicode")
	if tu.Kind() == lpdf.Null {
		return nil, fmt.Errorf("no ToUnicode")
	}
	rd := tu.Reader()
	cmap, err := io.ReadAll(rd)
	rd.Close()
	if err != nil {
		return nil, err
	}
	if err := f.parseCMap(string(cmap)); err != nil {
		return nil, err
	}
	return f, nil
}

var (
	sectionRE = regexp.MustCompile(`(?s)begin(bfrange|bfchar)(.*?)end(bfrange|bfchar)`)
	hexRE     = regexp.MustCompile(`<([0-9A-Fa-f]*)>|\[`)
)

// parseCMap reads the bfchar and bfrange sections of a ToUnicode CMap.
func (f *font) parseCMap(s string) error {
	for _, m := range sectionRE.FindAllStringSubmatch(s, -1) {
		var nums []int
		for _, h := range hexRE.FindAllStringSubmatch(m[2], -1) {
			if h[0] == "[" {
				return fmt.Errorf("bfrange with an array destination")
			}
			n, err := strconv.ParseInt(h[1], 16, 64)
			if err != nil {
				return err
			}
			nums = append(nums, int(n))
		}
		if m[1] == "bfchar" {
			for i := 0; i+1 < len(nums); i += 2 {
				f.toUni[nums[i]] = rune(nums[i+1])
			}
			continue
		}
		for i := 0; i+2 < len(nums); i += 3 {
			f.ranges = append(f.ranges, cmapRange{nums[i], nums[i+1], nums[i+2]})
		}
	}
	if len(f.toUni) == 0 && len(f.ranges) == 0 {
		return fmt.Errorf("empty ToUnicode CMap")
	}
	return nil
}

// readInfo returns the Info dictionary's text entries.
func readInfo(t testing.TB, data []byte) map[string]string {
	t.Helper()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("read pdf: %v", err)
	}
	info := r.Trailer().Key("Info")
	out := map[string]string{}
	for _, k := range info.Keys() {
		out[k] = info.Key(k).Text()
	}
	return out
}
