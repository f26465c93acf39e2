package docx

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// body writes the blocks of the document body. It stops with an error
// wrapping ctx.Err() when ctx is cancelled.
//
// The paragraphs keep together as the PDF's do (see package layout): the
// styles put ParaSpace before every paragraph and heading, hold a heading
// with what follows it and a paragraph's first two and last two lines
// together (widow control). Here a paragraph that announces what follows
// ("… như sau:") keeps with it, the paragraph before a table puts ParaSpace
// after itself (a table has no space before it), and the last paragraph
// keeps with the signature block, so that its last lines travel with it.
// The headings of h.Breaks start a page; those of h.Loose do not keep with
// the next paragraph.
func (w *wml) body(ctx context.Context, blocks []doc.Block, textW int, h layout.Hints) error {
	for i, b := range blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("body block %d: %w", i, err)
		}
		final := i == len(blocks)-1
		tableNext := !final && blocks[i+1].Kind == doc.TableBlock
		// The properties of the block's last paragraph: what it keeps
		// with and the space after it.
		last := func(text string) string {
			return paraProps(layout.Announces(text) || final, false, false, tableNext)
		}
		switch b.Kind {
		case doc.Part, doc.Item:
			// A heading keeps with the next paragraph by its style.
			style := stylePart
			if b.Kind == doc.Item {
				style = styleItem
			}
			w.para(style, paraProps(final, slices.Contains(h.Loose, i), slices.Contains(h.Breaks, i), tableNext), "", b.Heading())
		case doc.Paragraph:
			w.para(styleBody, last(b.Text), "", b.Text)
		case doc.List:
			for j, it := range b.Items {
				var props string
				if j == len(b.Items)-1 {
					props = last(it.Text)
				} else {
					props = paraProps(layout.Announces(it.Text), false, false, false)
				}
				w.para(styleBody, props, "", it.Line())
			}
		case doc.TableBlock:
			if b.Table == nil {
				return fmt.Errorf("body block %d: %w: no table", i, ErrTable)
			}
			if err := w.table(b.Table, textW); err != nil {
				return fmt.Errorf("body block %d: %w", i, err)
			}
		default:
			return fmt.Errorf("body block %d: unknown kind %q", i, b.Kind)
		}
	}
	return nil
}

// paraSpace is ParaSpace in twips, as an attribute value.
var paraSpace = strconv.Itoa(layout.ParaSpace.Twips())

// paraProps returns the paragraph properties a body paragraph adds to its
// style, in the order the schema wants: keepNext when it keeps with the
// next paragraph, table or signature block, or a keepNext turned off when
// it is loose (a heading that keeps by its style); pageBreakBefore when it starts
// a page, without the space before it, which Word and LibreOffice keep at
// the top of a page that a break starts and the PDF drops; and ParaSpace
// after it when a table follows (a table has no space before it).
func paraProps(keepNext, loose, pageBreak, tableNext bool) string {
	var s string
	switch {
	case keepNext:
		s = `<w:keepNext/>`
	case loose:
		s = `<w:keepNext w:val="0"/>`
	}
	if pageBreak {
		s += `<w:pageBreakBefore/>`
	}
	switch {
	case pageBreak && tableNext:
		s += `<w:spacing w:before="0" w:after="` + paraSpace + `"/>`
	case pageBreak:
		s += `<w:spacing w:before="0"/>`
	case tableNext:
		s += `<w:spacing w:after="` + paraSpace + `"/>`
	}
	return s
}
