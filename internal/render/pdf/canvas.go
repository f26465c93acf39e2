package pdf

import (
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
)

// canvas draws laid-out boxes with fpdf. It remembers the current font so
// that it switches fonts only when the face or size changes.
type canvas struct {
	pdf  *fpdf.Fpdf
	m    *metrics
	face face
	size float64
}

// setFont selects f at size points.
func (c *canvas) setFont(f face, size float64) {
	if f == c.face && size == c.size {
		return
	}
	c.pdf.SetFont(f.family(), "", size)
	c.face, c.size = f, size
}

// page starts page n (counting from 1) and prints its number in the top
// margin, except on page 1. A document made by a base has its first page.
func (c *canvas) page(n int) {
	if c.pdf.PageNo() < n {
		c.pdf.AddPage()
	}
	c.size = 0 // fpdf does not carry the font into the new page's content
	if n > 1 {
		c.line(line{
			text: strconv.Itoa(n), face: regular, size: sizePageNum,
			x: marginLeft, w: textW, base: pageNumBase, align: alignCentre,
		}, 0)
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
	c.setFont(l.face, l.size)
	base := y + l.base
	if l.align == alignJustify && strings.Contains(l.text, " ") {
		// fpdf justifies UTF-8 text with one TJ array that widens every
		// space; the cell's baseline is its top plus 0.3 em when its
		// height is 0.
		c.pdf.SetXY(l.x, base-0.3*l.size*ptMM)
		c.pdf.CellFormat(l.w, 0, l.text, "", 0, "J", false, 0, "")
		return
	}
	x := l.x
	switch l.align {
	case alignCentre:
		x += (l.w - c.m.width(l.face, l.size, l.text)) / 2
	case alignRight:
		x += l.w - c.m.width(l.face, l.size, l.text)
	}
	c.pdf.Text(x, base, l.text)
}
