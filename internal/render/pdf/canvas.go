package pdf

import (
	"bytes"
	"strconv"

	"codeberg.org/go-pdf/fpdf"
)

// canvas draws laid-out boxes with fpdf. It remembers the current font so
// that it switches fonts only when the face, code page or size changes.
type canvas struct {
	pdf *fpdf.Fpdf
	m   *metrics
	// simple holds the faces made ready for the simple fonts, cuts the
	// faces cut for the document, pages its code pages and enc what it
	// shows of them.
	simple *[numFaces]*simpleFace
	cuts   *[numFaces]embeddedFace
	pages  pageSet
	enc    *encodings
	added  [numFaces][]bool // the simple fonts registered, by code page
	face   face
	page   int // the code page of the current simple font
	size   float64
	runs   []run // scratch for encode
	// op and opr are scratch for the text operators (see show).
	op  []byte
	opr bytes.Reader
}

// setFont selects f in code page p at size points.
func (c *canvas) setFont(f face, p int, size float64) {
	if f == c.face && p == c.page && size == c.size {
		return
	}
	if c.added[f] == nil {
		c.added[f] = make([]bool, len(c.pages))
	}
	if !c.added[f][p] {
		c.simple[f].add(c.pdf, c.pages[p], p, &c.cuts[f], c.enc)
		c.added[f][p] = true
	}
	c.pdf.SetFont(simpleFamily(f, c.pages[p]), "", size)
	c.face, c.page, c.size = f, p, size
}

// newPage starts page n (counting from 1) and prints its number in the top
// margin, except on page 1.
func (c *canvas) newPage(n int) {
	if c.pdf.PageNo() < n {
		c.pdf.AddPage()
	}
	c.size = 0 // fpdf does not carry the font into the new page's content
	if l, ok := pageNumber(n); ok {
		c.line(l, 0)
	}
}

// draw draws b with its top at y.
func (c *canvas) draw(b *box, y float64) {
	if len(b.rects) > 0 || len(b.rules) > 0 {
		c.pdf.SetLineWidth(ruleW)
	}
	for _, r := range b.rects {
		c.pdf.Rect(r.x, y+r.y, r.w, r.h, "D")
	}
	for _, r := range b.rules {
		c.pdf.Line(r.x1, y+r.y, r.x2, y+r.y)
	}
	for _, l := range b.lines {
		c.line(l, y)
	}
}

// line draws l in a box whose top is at y.
func (c *canvas) line(l line, y float64) {
	if l.text == "" {
		return
	}
	base := y + l.base
	// Each run of one code page is placed at its own x. On a justified
	// line, the word spacing (Tw, which widens every space of a one-byte
	// font) spreads the line over its width. The runs' widths add up to
	// the line's (metrics.width), measured once.
	c.runs = encode(c.runs[:0], l.text, c.m, l.face, c.pages)
	units, nsp := 0, 0
	for _, r := range c.runs {
		units += r.units
		nsp += r.nsp
	}
	width := float64(units) * l.size / 1000 * ptMM
	x := l.x
	switch l.align {
	case alignCentre:
		x += (l.w - width) / 2
	case alignRight:
		x += l.w - width
	}
	extra := 0.0 // mm added to each space
	if l.align == alignJustify && nsp > 0 {
		extra = (l.w - width) / float64(nsp)
	}
	tw := 0.0
	for _, r := range c.runs {
		c.setFont(l.face, r.page, l.size)
		if r.nsp > 0 && extra != tw {
			c.wordSpacing(extra)
			tw = extra
		}
		c.show(x, base, r.text)
		x += float64(r.units)*l.size/1000*ptMM + float64(r.nsp)*extra
	}
	if tw != 0 {
		c.wordSpacing(0)
	}
}

// show shows the codes s in the current font with the start of its
// baseline at x, y (millimetres from the page's top left corner). It writes
// what fpdf's Text writes for text without colour, underline or strike-out
// ("BT x y Td (s) Tj ET", points with two decimals), without the formatting
// and copies that fpdf's Text makes of every line.
func (c *canvas) show(x, y float64, s string) {
	k := c.pdf.GetConversionRatio()
	_, h := c.pdf.GetPageSize()
	b := append(c.op[:0], "BT "...)
	b = strconv.AppendFloat(b, x*k, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (h-y)*k, 'f', 2, 64)
	b = append(b, " Td ("...)
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case '\\', '(', ')':
			b = append(b, '\\', ch)
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, ch)
		}
	}
	b = append(b, ") Tj ET"...)
	c.raw(b)
}

// wordSpacing sets the word spacing (Tw) of the text that follows to mm
// millimetres, as fpdf's SetWordSpacing writes it (points, five decimals).
func (c *canvas) wordSpacing(mm float64) {
	b := strconv.AppendFloat(c.op[:0], mm*c.pdf.GetConversionRatio(), 'f', 5, 64)
	b = append(b, " Tw"...)
	c.raw(b)
}

// raw writes the operators b to the current page, as a line of its own.
func (c *canvas) raw(b []byte) {
	c.op = b
	c.opr.Reset(b)
	c.pdf.RawWriteBuf(&c.opr)
}
