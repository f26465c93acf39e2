package pdf

import (
	"context"
	"fmt"
	"math"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Table layout.
const (
	tableSizeMax  = float64(layout.SizeTable)        // body cells, points, when the figures fit
	tableSizeMin  = float64(layout.SizeTableMin)     // body cells at the smallest
	headSizeMin   = float64(layout.SizeTableHeadMin) // header cells at the smallest
	noteSizeMin   = float64(layout.SizeTableNote)    // an italic row (the column numbers) at the smallest
	tableSizeStep = float64(layout.SizeTableStep)
	tableLead     = layout.TableLead         // line pitch in cells, in em
	cellPadX      = float64(layout.CellPadX) // mm between the grid and the text, left and right
	cellPadY      = float64(layout.CellPadY) // mm between the grid and the text, top and bottom
	// rowFrame is what a row adds to its lines: the padding above and
	// below them and one rule of the grid, as Word and LibreOffice count
	// a row.
	rowFrame = 2*cellPadY + ruleW
)

// tableLayout is a table cut into boxes: the header rows, repeated at the
// top of every page the table spans, and the groups of body rows that
// row spans tie together, each kept on one page.
type tableLayout struct {
	header *box
	groups []*box
}

// grid is a section of a table (its header or its body) being laid out.
type grid struct {
	rows  []doc.Row
	cells [][]doc.Placed
	head  bool
	sizes []float64 // type size of each row, points
	rowH  []float64 // row heights, mm
	// layout holds the wrapped lines of each cell, as cells holds the
	// cells: by row, then left to right.
	layout [][][]string
}

// table lays out t across the text width, its columns in proportion to
// their relative widths, widened where a figure would not fit on one line
// (doc.FitColumns): a figure is never broken.
func (m *metrics) table(ctx context.Context, t *doc.Table) (*tableLayout, error) {
	n := len(t.Columns)
	if n == 0 {
		return nil, fmt.Errorf("table: %w", ErrTableColumns)
	}
	for i, c := range t.Columns {
		if !(c.Width > 0) || math.IsInf(c.Width, 0) {
			return nil, fmt.Errorf("table: column %d: width %v: %w", i, c.Width, ErrTableColumns)
		}
	}
	headCells, err := doc.Place(t.Header, n)
	if err != nil {
		return nil, fmt.Errorf("table header: %w", err)
	}
	bodyCells, err := doc.Place(t.Body, n)
	if err != nil {
		return nil, fmt.Errorf("table body: %w", err)
	}
	head := &grid{rows: t.Header, cells: headCells, head: true}
	body := &grid{rows: t.Body, cells: bodyCells}

	// Fit the figures at the largest size, as the Word document does; when
	// even the widened columns cannot hold them there, the rows shrink,
	// and at the smallest size the columns are fitted again.
	top := float64(layout.TableSize(t.Size))
	widths, _ := doc.FitColumns(t, textW, cellPadX, top, m.measure)
	xs := columnEdges(widths)
	m.setSizes(body, xs, top, tableSizeMin)
	if p, ok := m.brokenFigure(body, xs); ok {
		var fit bool
		widths, fit = doc.FitColumns(t, textW, cellPadX, tableSizeMin, m.measure)
		if !fit {
			return nil, &LayoutError{Field: p.Field, Err: ErrFigureTooWide,
				Reason: fmt.Sprintf("số %q rộng hơn cả bảng cho phép ở cỡ chữ %.0f", p.Text, tableSizeMin)}
		}
		xs = columnEdges(widths)
		m.setSizes(body, xs, top, tableSizeMin)
	}
	m.setSizes(head, xs, top, min(headSizeMin, top))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.wrapCells(head, xs)
	m.wrapCells(body, xs)

	tl := &tableLayout{header: head.box(t, 0, len(head.rows), xs)}
	for start := 0; start < len(body.rows); {
		if start%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		end := body.groupEnd(start)
		g := body.box(t, start, end, xs)
		g.table = tl
		g.what = fmt.Sprintf("table row %d", start+1)
		if end > start+1 {
			g.what = fmt.Sprintf("table rows %d-%d", start+1, end)
		}
		tl.groups = append(tl.groups, g)
		start = end
	}
	if len(tl.groups) == 0 {
		// A table without body rows is its header alone.
		tl.groups = append(tl.groups, tl.header)
	}
	tl.groups[0].space = paraSpace
	return tl, nil
}

// columnEdges returns the x of the left edge of each column and of the right
// edge of the last, for columns of the given widths from the left margin.
func columnEdges(widths []float64) []float64 {
	xs := make([]float64, len(widths)+1)
	xs[0] = marginLeft
	for i, w := range widths {
		xs[i+1] = xs[i] + w
	}
	xs[len(widths)] = marginLeft + textW
	return xs
}

// measure is doc.Measure for the faces of table rows.
func (m *metrics) measure(s string, style doc.RowStyle, size float64) float64 {
	f := regular
	switch style {
	case doc.Bold:
		f = bold
	case doc.Italic:
		f = italic
	}
	return m.width(f, size, s)
}

// brokenFigure returns the first cell of g holding a figure that does not fit
// its cell on one line at its row's size.
func (m *metrics) brokenFigure(g *grid, xs []float64) (doc.Placed, bool) {
	for r, row := range g.cells {
		for _, p := range row {
			if doc.IsFigure(p.Text) && m.width(g.faceOf(r), g.sizes[r], p.Text) > cellWidth(p, xs)+eps {
				return p, true
			}
		}
	}
	return doc.Placed{}, false
}

// faceOf returns the face of the cells of row r: header rows are bold, or
// italic for the row of column numbers; body rows are regular unless styled.
func (g *grid) faceOf(r int) face {
	switch g.rows[r].Style {
	case doc.Italic:
		return italic
	case doc.Bold:
		return bold
	}
	if g.head {
		return bold
	}
	return regular
}

// cellWidth returns the width of the text of a cell, inside its padding.
func cellWidth(p doc.Placed, xs []float64) float64 {
	cs, _ := p.Span()
	return xs[p.Col+cs] - xs[p.Col] - 2*cellPadX
}

// setSizes gives the rows of g their type size. The regular and bold rows
// share the largest size from hi down to lo at which no word of
// theirs is wider than its cell, so that figures like "14.932" stay on one
// line. An italic row (the column numbers, "11=10/1") is set apart: it
// takes that size, or a smaller one down to noteSizeMin when its formulas
// would not fit on one line.
func (m *metrics) setSizes(g *grid, xs []float64, hi, lo float64) {
	var main, notes []int
	for r := range g.rows {
		if g.rows[r].Style == doc.Italic {
			notes = append(notes, r)
		} else {
			main = append(main, r)
		}
	}
	shared := m.fitSize(g, main, xs, hi, lo, m.fits)
	g.sizes = make([]float64, len(g.rows))
	for _, r := range main {
		g.sizes[r] = shared
	}
	for _, r := range notes {
		g.sizes[r] = m.fitSize(g, []int{r}, xs, shared, noteSizeMin, m.fitsUnbroken)
	}
}

// fitSize returns the largest size from hi down to lo, in half points, at
// which no word of the given rows of g is wider than its cell; lo when none
// is. fit says whether a text fits a width at a size.
func (m *metrics) fitSize(g *grid, rows []int, xs []float64, hi, lo float64,
	fit func(s string, f face, size, width float64) bool) float64 {
	for s := hi; s > lo; s -= tableSizeStep {
		ok := true
		for _, r := range rows {
			for _, p := range g.cells[r] {
				if !fit(p.Text, g.faceOf(r), s, cellWidth(p, xs)) {
					ok = false
				}
			}
		}
		if ok {
			return s
		}
	}
	return lo
}

// wrapCells wraps every cell of g and sets the row heights: each row is as
// tall as its tallest single-row cell, and the rows under a row span grow
// evenly until the spanning cell fits.
func (m *metrics) wrapCells(g *grid, xs []float64) {
	g.rowH = make([]float64, len(g.rows))
	g.layout = make([][][]string, len(g.rows))
	for r, row := range g.cells {
		g.rowH[r] = pitch(g.sizes[r], tableLead) + rowFrame
		g.layout[r] = make([][]string, len(row))
		for i, p := range row {
			w := cellWidth(p, xs)
			g.layout[r][i] = m.wrap(p.Text, g.faceOf(r), g.sizes[r], w, w)
			if _, rs := p.Span(); rs == 1 {
				g.rowH[r] = math.Max(g.rowH[r], g.contentH(r, i))
			}
		}
	}
	for span := 2; span <= len(g.rows); span++ {
		for r, row := range g.cells {
			for i, p := range row {
				_, rs := p.Span()
				if rs != span {
					continue
				}
				have := 0.0
				for k := r; k < r+rs; k++ {
					have += g.rowH[k]
				}
				if need := g.contentH(r, i); need > have {
					for k := r; k < r+rs; k++ {
						g.rowH[k] += (need - have) / float64(rs)
					}
				}
			}
		}
	}
}

// contentH returns the height that cell i of row r needs.
func (g *grid) contentH(r, i int) float64 {
	n := max(len(g.layout[r][i]), 1)
	return float64(n)*pitch(g.sizes[r], tableLead) + rowFrame
}

// groupEnd returns the end (exclusive) of the group of rows that starts at
// row start: the rows that row spans join together.
func (g *grid) groupEnd(start int) int {
	end := start + 1
	for r := start; r < end; r++ {
		for _, p := range g.cells[r] {
			_, rs := p.Span()
			end = max(end, r+rs)
		}
	}
	return end
}

// box draws rows [from, to) of g as one box: a stroked rectangle per cell and
// its lines, centred vertically.
func (g *grid) box(t *doc.Table, from, to int, xs []float64) *box {
	b := &box{}
	top := make([]float64, to-from+1)
	for r := from; r < to; r++ {
		top[r-from+1] = top[r-from] + g.rowH[r]
	}
	b.h = top[to-from]
	nrects, nlines := 0, 0
	for r := from; r < to; r++ {
		nrects += len(g.cells[r])
		for _, lines := range g.layout[r] {
			nlines += len(lines)
		}
	}
	b.rects, b.lines = make([]rect, 0, nrects), make([]line, 0, nlines)
	most := 0 // lines of the fullest cell that names its field
	for r := from; r < to; r++ {
		size := g.sizes[r]
		lh := pitch(size, tableLead)
		for i, p := range g.cells[r] {
			cs, rs := p.Span()
			x, w := xs[p.Col], xs[p.Col+cs]-xs[p.Col]
			y, h := top[r-from], top[r-from+rs]-top[r-from]
			b.rects = append(b.rects, rect{x: x, y: y, w: w, h: h})
			lines := g.layout[r][i]
			if p.Field != "" && len(lines) > most {
				b.field, most = p.Field, len(lines)
			}
			y += (h - float64(len(lines))*lh) / 2
			a := alignCentre
			if !g.head {
				a = columnAlign(t.Columns[p.Col].Align)
			}
			for k, s := range lines {
				b.lines = append(b.lines, line{text: s, face: g.faceOf(r), size: size,
					x: x + cellPadX, w: w - 2*cellPadX,
					base: y + float64(k)*lh + baselineIn(lh, size), align: a})
			}
		}
	}
	return b
}

// columnAlign maps a column's alignment to a line's.
func columnAlign(a doc.Align) align {
	switch a {
	case doc.Center:
		return alignCentre
	case doc.Right:
		return alignRight
	}
	return alignLeft
}
