package docx

import (
	"fmt"
	"strconv"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Table settings, in Word's units.
var (
	cellMargin = layout.CellPadX.Twips()           // twips between the grid and the text, left and right
	cellPadY   = layout.CellPadY.Twips()           // twips between the grid and the text, top and bottom
	ruleSize   = layout.RuleWidth.Eighths()        // border width in eighths of a point
	noteSize   = layout.SizeTableNote.HalfPoints() // half-points: the column-number row
)

// table writes t as a Word table across the text width textW (twips): a
// fixed grid in proportion to the columns' widths, single borders, header
// rows marked to repeat on every page, no row split across pages, merged
// cells as gridSpan and vMerge.
func (w *wml) table(t *doc.Table, textW int) error {
	n := len(t.Columns)
	if n == 0 {
		return fmt.Errorf("%w: no columns", ErrTable)
	}
	grid, size, err := columnWidths(t, textW)
	if err != nil {
		return err
	}
	w.tableSize, w.headSize = size, ownSize(t)
	head, err := doc.Place(t.Header, n)
	if err != nil {
		return fmt.Errorf("%w: header: %v", ErrTable, err)
	}
	body, err := doc.Place(t.Body, n)
	if err != nil {
		return fmt.Errorf("%w: body: %v", ErrTable, err)
	}
	b := fmt.Sprintf(`w:val="single" w:sz="%d" w:space="0" w:color="000000"`, ruleSize)
	w.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(textW) + `" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>`)
	w.WriteString(`<w:tblBorders><w:top ` + b + `/><w:left ` + b + `/><w:bottom ` + b + `/><w:right ` + b + `/><w:insideH ` + b + `/><w:insideV ` + b + `/></w:tblBorders>`)
	w.WriteString(`<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="` + strconv.Itoa(cellPadY) + `" w:type="dxa"/><w:left w:w="` + strconv.Itoa(cellMargin) + `" w:type="dxa"/><w:bottom w:w="` + strconv.Itoa(cellPadY) + `" w:type="dxa"/><w:right w:w="` + strconv.Itoa(cellMargin) + `" w:type="dxa"/></w:tblCellMar>`)
	w.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, g := range grid {
		w.WriteString(`<w:gridCol w:w="` + strconv.Itoa(g) + `"/>`)
	}
	w.WriteString(`</w:tblGrid>`)
	w.rows(t, t.Header, head, grid, true)
	w.rows(t, t.Body, body, grid, false)
	w.WriteString(`</w:tbl>`)
	return nil
}

// ownSize is the size of t's text when t sets one other than the
// template's (layout.SizeTable, the KHTableText style); 0 keeps the
// style's.
func ownSize(t *doc.Table) layout.Pt {
	if top := layout.TableSize(t.Size); top < layout.SizeTable {
		return top
	}
	return 0
}

// columnWidths shares textW (twips) among the columns as the PDF does
// (doc.FitColumns): in proportion to their widths, widened where a figure
// of the body would not fit on one line at the table's size (its own, or
// the template's: layout.SizeTable, the KHTableText style), the last
// column taking what rounding to whole twips leaves. When the figures
// cannot fit at that size, they are fitted at layout.SizeTableMin. It
// returns the body's size (0 keeps the style's); when not even the
// smallest size fits, a *LayoutError.
func columnWidths(t *doc.Table, textW int) ([]int, layout.Pt, error) {
	measure := func(s string, style doc.RowStyle, size float64) float64 {
		f := fonts.RegularFace
		switch style {
		case doc.Bold:
			f = fonts.BoldFace
		case doc.Italic:
			f = fonts.ItalicFace
		}
		return fonts.TextWidth(f, size, s) * layout.TwipsPerMM
	}
	// One twip more padding covers the rounding to whole twips.
	pad := float64(cellMargin + 1)
	size, top := ownSize(t), layout.TableSize(t.Size)
	widths, fit := doc.FitColumns(t, float64(textW), pad, float64(top), measure)
	if !fit {
		size = layout.SizeTableMin
		if widths, fit = doc.FitColumns(t, float64(textW), pad, float64(size), measure); !fit {
			return nil, 0, &LayoutError{Field: widestFigureField(t),
				Reason: fmt.Sprintf("một số trong bảng rộng hơn cả bảng cho phép ở cỡ chữ %.0f", float64(size))}
		}
	}
	out := make([]int, len(widths))
	used := 0
	for i, w := range widths {
		if i == len(widths)-1 {
			out[i] = textW - used
			break
		}
		out[i] = int(w + 0.5)
		used += out[i]
	}
	return out, size, nil
}

// widestFigureField is the field of the row holding the longest figure of
// t's body: the row whose figure does not fit names its unit.
func widestFigureField(t *doc.Table) string {
	field, longest := "", 0
	for _, row := range t.Body {
		rowField := ""
		for _, c := range row.Cells {
			if c.Field != "" {
				rowField = c.Field
			}
		}
		for _, c := range row.Cells {
			if doc.IsFigure(c.Text) && len(c.Text) > longest {
				field, longest = rowField, len(c.Text)
			}
		}
	}
	return field
}

// rows writes the rows of one section of a table. Grid positions that a
// cell of an earlier row covers get a continuation cell (vMerge).
func (w *wml) rows(t *doc.Table, rows []doc.Row, placed [][]doc.Placed, grid []int, head bool) {
	type cover struct{ until, cols int }
	covered := make([]cover, len(grid)) // by column: a vertical span from above
	for r, row := range rows {
		w.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if head {
			w.WriteString(`<w:tblHeader/>`)
		}
		w.WriteString(`</w:trPr>`)
		cells := placed[r]
		k := 0
		for c := 0; c < len(grid); {
			if k < len(cells) && cells[k].Col == c {
				p := cells[k]
				k++
				cs, rs := p.Span()
				if rs > 1 {
					covered[c] = cover{until: r + rs - 1, cols: cs}
				}
				w.cell(t, row, p, grid, head, rs > 1)
				c += cs
				continue
			}
			// Covered by a cell that starts in an earlier row.
			cv := covered[c]
			span := max(cv.cols, 1)
			w.WriteString(`<w:tc><w:tcPr>` + cellWidth(grid, c, span) + gridSpan(span) + `<w:vMerge/></w:tcPr><w:p/></w:tc>`)
			c += span
		}
		w.WriteString(`</w:tr>`)
	}
}

// cell writes one cell that starts in its row.
func (w *wml) cell(t *doc.Table, row doc.Row, p doc.Placed, grid []int, head, restart bool) {
	cs, _ := p.Span()
	w.WriteString(`<w:tc><w:tcPr>` + cellWidth(grid, p.Col, cs) + gridSpan(cs))
	if restart {
		w.WriteString(`<w:vMerge w:val="restart"/>`)
	}
	w.WriteString(`<w:vAlign w:val="center"/></w:tcPr>`)
	style, jc := styleTableText, justify(t.Columns[p.Col].Align)
	if head {
		style, jc = styleTableHead, ""
	}
	var rPr, pitch string
	switch row.Style {
	case doc.Bold:
		rPr = `<w:b/><w:bCs/>`
	case doc.Italic:
		rPr = `<w:b w:val="0"/><w:bCs w:val="0"/><w:i/><w:iCs/><w:sz w:val="` + strconv.Itoa(noteSize) + `"/><w:szCs w:val="` + strconv.Itoa(noteSize) + `"/>`
		pitch = linePitch(layout.SizeTableNote)
	}
	size := w.tableSize
	if head {
		size = w.headSize
	}
	if row.Style != doc.Italic && size > 0 {
		hp := strconv.Itoa(size.HalfPoints())
		rPr += `<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`
		pitch = linePitch(size)
	}
	w.para(style, pitch+jc, rPr, p.Text)
	w.WriteString(`</w:tc>`)
}

// cellWidth is the tcW of a cell spanning cols grid columns from col.
func cellWidth(grid []int, col, cols int) string {
	sum := 0
	for _, g := range grid[col : col+cols] {
		sum += g
	}
	return `<w:tcW w:w="` + strconv.Itoa(sum) + `" w:type="dxa"/>`
}

// gridSpan is the gridSpan of a cell spanning cols columns, or "".
func gridSpan(cols int) string {
	if cols < 2 {
		return ""
	}
	return `<w:gridSpan w:val="` + strconv.Itoa(cols) + `"/>`
}

// justify returns the paragraph alignment of a body cell.
func justify(a doc.Align) string {
	switch a {
	case doc.Right:
		return `<w:jc w:val="right"/>`
	case doc.Center:
		return `<w:jc w:val="center"/>`
	}
	return ""
}

// linePitch is the spacing of a cell's paragraph whose text is size
// points: lines exactly layout.TableLead em apart, as the PDF sets them
// (the style sets them for layout.SizeTable).
func linePitch(size layout.Pt) string {
	return `<w:spacing w:line="` + strconv.Itoa((size * layout.TableLead).Twips()) + `" w:lineRule="exact"/>`
}
