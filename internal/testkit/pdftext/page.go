package pdftext

import (
	"errors"
	"fmt"
	"math"

	lpdf "github.com/ledongthuc/pdf"
)

// errNoFont is raised when text is shown before a font is selected.
var errNoFont = errors.New("text shown without a font")

// interpreter holds the state of one page's content stream: the text state
// and the path under construction. Coordinates are in points, y up.
type interpreter struct {
	page  *Page
	hPt   float64 // page height, for turning y around
	fonts map[string]*font

	// Text state.
	font         *font
	size         float64
	charSp, wdSp float64 // Tc and Tw, unscaled text space units
	leading      float64 // TL
	lineX, lineY float64 // origin of the text line matrix
	textX        float64 // x of the text matrix; its y is lineY

	// Path state: the current point, the start of the subpath, and the
	// segments of the path not yet painted.
	cur, start [2]float64
	pending    []Segment
}

// toMM converts a point in PDF user space to millimetres from the top-left.
func (in *interpreter) toMM(x, y float64) (float64, float64) {
	return x / ptPerMM, (in.hPt - y) / ptPerMM
}

// readPage interprets one page's content stream.
func readPage(p lpdf.Page) (pg Page, err error) {
	defer func() {
		if e := recover(); e != nil {
			if ee, ok := e.(error); ok {
				err = fmt.Errorf("interpret: %w", ee)
			} else {
				err = fmt.Errorf("interpret: %v", e)
			}
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
	pg.W = (mb.Index(2).Float64() - mb.Index(0).Float64()) / ptPerMM
	pg.H = hPt / ptPerMM
	in := &interpreter{page: &pg, hPt: hPt, fonts: map[string]*font{}}
	res := p.Resources().Key("Font")
	for _, k := range res.Keys() {
		f, err := readFont(res.Key(k))
		if err != nil {
			return pg, fmt.Errorf("font %s: %w", k, err)
		}
		in.fonts[k] = f
	}
	lpdf.Interpret(p.V.Key("Contents"), in.do)
	return pg, nil
}

// do carries out one operator with its operands on stk.
func (in *interpreter) do(stk *lpdf.Stack, op string) {
	args := make([]lpdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	num := func(i int) float64 {
		if i >= len(args) {
			panic(fmt.Errorf("operator %s: %d operands, want %d", op, len(args), i+1))
		}
		return args[i].Float64()
	}
	str := func(i int) string {
		if i >= len(args) || args[i].Kind() != lpdf.String {
			panic(fmt.Errorf("operator %s: no string operand", op))
		}
		return args[i].RawString()
	}
	switch op {
	// Text objects, positioning and state.
	case "BT":
		in.lineX, in.lineY, in.textX = 0, 0, 0
	case "Td":
		in.moveLine(num(0), num(1))
	case "TD":
		in.leading = -num(1)
		in.moveLine(num(0), num(1))
	case "T*":
		in.moveLine(0, -in.leading)
	case "Tm":
		num(5)
		in.lineX, in.lineY, in.textX = num(4), num(5), num(4)
	case "Tf":
		if len(args) < 2 {
			panic(fmt.Errorf("operator Tf: %d operands, want 2", len(args)))
		}
		f, ok := in.fonts[args[0].Name()]
		if !ok {
			panic(fmt.Errorf("operator Tf: no font %s in the resources", args[0].Name()))
		}
		in.font, in.size = f, num(1)
	case "Tc":
		in.charSp = num(0)
	case "Tw":
		in.wdSp = num(0)
	case "TL":
		in.leading = num(0)

	// Text showing.
	case "Tj":
		str(0)
		in.show(args[:1])
	case "'":
		str(0)
		in.moveLine(0, -in.leading)
		in.show(args[:1])
	case `"`:
		in.wdSp, in.charSp = num(0), num(1)
		str(2)
		in.moveLine(0, -in.leading)
		in.show(args[2:3])
	case "TJ":
		if len(args) < 1 || args[0].Kind() != lpdf.Array {
			panic(errors.New("operator TJ: no array operand"))
		}
		a := args[0]
		items := make([]lpdf.Value, a.Len())
		for i := range items {
			items[i] = a.Index(i)
		}
		in.show(items)

	// Paths.
	case "m":
		in.cur = [2]float64{num(0), num(1)}
		in.start = in.cur
	case "l":
		p := [2]float64{num(0), num(1)}
		in.addSegment(in.cur, p)
		in.cur = p
	case "c":
		in.cur = [2]float64{num(4), num(5)}
	case "v", "y":
		in.cur = [2]float64{num(2), num(3)}
	case "h":
		in.addSegment(in.cur, in.start)
		in.cur = in.start
	case "re":
		x, y, w, h := num(0), num(1), num(2), num(3)
		pts := [][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}}
		for i := 1; i < len(pts); i++ {
			in.addSegment(pts[i-1], pts[i])
		}
		in.cur, in.start = pts[0], pts[0]
	case "S", "B", "B*":
		in.stroke()
	case "s", "b", "b*":
		in.addSegment(in.cur, in.start)
		in.stroke()
	case "f", "F", "f*", "n":
		in.pending = nil
	}
}

// moveLine starts a new text line offset by (dx, dy) from the current one.
func (in *interpreter) moveLine(dx, dy float64) {
	in.lineX += dx
	in.lineY += dy
	in.textX = in.lineX
}

// show draws the strings of items, which may be separated by TJ spacing
// adjustments, as one span, and advances the text position past them.
func (in *interpreter) show(items []lpdf.Value) {
	if in.font == nil {
		panic(errNoFont)
	}
	f, size := in.font, in.size
	sp := Span{Font: f.name, Size: size}
	_, sp.Y = in.toMM(0, in.lineY)
	for _, v := range items {
		if v.Kind() != lpdf.String {
			// A number, in thousandths of text space: moves left.
			in.textX -= v.Float64() / 1000 * size
			continue
		}
		raw := v.RawString()
		step := 1
		if f.twoByte {
			step = 2
		}
		for i := 0; i+step <= len(raw); i += step {
			c := int(raw[i])
			if step == 2 {
				c = c<<8 | int(raw[i+1])
			}
			w, ok := f.widths[c]
			if !ok {
				w = f.dw
			}
			adv := w/1000*size + in.charSp
			if step == 1 && c == ' ' {
				adv += in.wdSp
			}
			x, _ := in.toMM(in.textX, 0)
			sp.Glyphs = append(sp.Glyphs, Glyph{Text: f.decode(c), X: x, Width: w / 1000 * size / ptPerMM})
			in.textX += adv
		}
	}
	if len(sp.Glyphs) == 0 {
		return
	}
	first, last := sp.Glyphs[0], sp.Glyphs[len(sp.Glyphs)-1]
	sp.X = first.X
	sp.Width = last.X + last.Width - first.X
	n := 0
	for _, g := range sp.Glyphs {
		n += len(g.Text)
	}
	b := make([]byte, 0, n)
	for _, g := range sp.Glyphs {
		b = append(b, g.Text...)
	}
	sp.Text = string(b)
	if n := len(in.page.Spans); n > 0 && in.page.Spans[n-1].continuedBy(sp) {
		prev := &in.page.Spans[n-1]
		prev.Text += sp.Text
		prev.Glyphs = append(prev.Glyphs, sp.Glyphs...)
		prev.Width = sp.X + sp.Width - prev.X
		return
	}
	in.page.Spans = append(in.page.Spans, sp)
}

// joinTol is how far apart, in mm, the end of one span and the start of the
// next may be and still be one span: what writing positions to a hundredth
// of a point gives.
const joinTol = 0.01

// continuedBy reports whether next goes on from where s ends: the same font
// and size, on the same baseline, starting where s's last glyph ends.
func (s *Span) continuedBy(next Span) bool {
	return s.Font == next.Font && s.Size == next.Size &&
		math.Abs(s.Y-next.Y) < joinTol && math.Abs(s.X+s.Width-next.X) < joinTol
}

// addSegment adds the line from a to b to the path under construction.
func (in *interpreter) addSegment(a, b [2]float64) {
	x0, y0 := in.toMM(a[0], a[1])
	x1, y1 := in.toMM(b[0], b[1])
	in.pending = append(in.pending, Segment{x0, y0, x1, y1})
}

// stroke paints the path under construction and starts a new one.
func (in *interpreter) stroke() {
	in.page.Segments = append(in.page.Segments, in.pending...)
	in.pending = nil
}
