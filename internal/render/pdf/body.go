package pdf

import (
	"context"
	"fmt"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// bodyBoxes lays out the body: one box per line of text and per group of
// table rows. Headings keep with what follows them, paragraphs keep their
// first two and last two lines together (no orphan or widow line), and a
// paragraph ending in a colon keeps with what it introduces.
func (m *metrics) bodyBoxes(ctx context.Context, body []doc.Block) ([]*box, error) {
	var out []*box
	for i, bl := range body {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		first := len(out)
		switch bl.Kind {
		case doc.Part, doc.Item:
			bs := m.paragraph(bl.Heading(), bold, false)
			for _, b := range bs {
				b.heading = true
			}
			if len(bs) > 0 {
				bs[len(bs)-1].keep = true
			}
			out = append(out, withField(bs, bl.Field)...)
		case doc.Paragraph:
			out = append(out, withField(m.paragraph(bl.Text, regular, true), bl.Field)...)
		case doc.List:
			for _, it := range bl.Items {
				out = append(out, withField(m.paragraph(it.Line(), regular, true), it.Field)...)
			}
		case doc.TableBlock:
			if bl.Table == nil {
				return nil, fmt.Errorf("body block %d: %w", i, ErrNoTable)
			}
			t, err := m.table(ctx, bl.Table)
			if err != nil {
				return nil, fmt.Errorf("body block %d: %w", i, err)
			}
			out = append(out, t.groups...)
		default:
			return nil, fmt.Errorf("body block %d: kind %q: %w", i, bl.Kind, ErrBlockKind)
		}
		for _, b := range out[first:] {
			b.block = i + 1
		}
		if len(out) > first {
			out[first].opens = true
		}
		where := fmt.Sprintf("body block %d", i)
		for _, b := range out[first:] {
			if b.what == "" {
				b.what = where
			} else {
				b.what = where + ": " + b.what
			}
		}
	}
	return out, nil
}

// withField names field as the source of the text of boxes.
func withField(boxes []*box, field string) []*box {
	for _, b := range boxes {
		b.field = field
	}
	return boxes
}

// paragraph lays out one paragraph of body text with a first-line indent,
// one box per line. Justified paragraphs stretch every line but the last.
func (m *metrics) paragraph(text string, f face, justify bool) []*box {
	lines := m.wrap(text, f, sizeBody, textW-indent, textW)
	h := pitch(sizeBody, leading)
	boxes := make([]*box, len(lines))
	for i, s := range lines {
		l := line{text: s, face: f, size: sizeBody, x: marginLeft, w: textW,
			base: baselineIn(h, sizeBody), align: alignLeft}
		if i == 0 {
			l.x, l.w = marginLeft+indent, textW-indent
		}
		if justify && i < len(lines)-1 {
			l.align = alignJustify
		}
		boxes[i] = &box{h: h, lines: []line{l}, body: true}
	}
	if len(boxes) == 0 {
		return nil
	}
	boxes[0].space = paraSpace
	n := len(boxes)
	boxes[0].keep = n > 1 // no orphan: the first line goes with the second
	if n > 2 {
		boxes[n-2].keep = true // no widow: the last line goes with the one before
	}
	if layout.Announces(text) {
		boxes[n-1].keep = true
	}
	return boxes
}
