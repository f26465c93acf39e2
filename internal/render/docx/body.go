package docx

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// body writes the blocks of the document body. It stops with an error
// wrapping ctx.Err() when ctx is cancelled.
func (w *wml) body(ctx context.Context, blocks []doc.Block, textW int) error {
	for i, b := range blocks {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("body block %d: %w", i, err)
		}
		// The paragraph after a table keeps the space of a paragraph
		// from it, as in the PDF.
		space := ""
		if i > 0 && blocks[i-1].Kind == doc.TableBlock {
			space = afterTable
		}
		switch b.Kind {
		case doc.Part:
			w.para(stylePart, space, "", b.Heading())
		case doc.Item:
			w.para(styleItem, space, "", b.Heading())
		case doc.Paragraph:
			w.para(styleBody, keepWithNext(b.Text)+space, "", b.Text)
		case doc.List:
			for j, it := range b.Items {
				if j > 0 {
					space = ""
				}
				w.para(styleBody, keepWithNext(it.Text)+space, "", it.Line())
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

// afterTable is the paragraph property that puts ParaSpace between a table
// and the paragraph after it.
var afterTable = `<w:spacing w:before="` + strconv.Itoa(layout.ParaSpace.Twips()) + `"/>`

// keepWithNext keeps a paragraph that announces what follows ("… như
// sau:") on the page of the next one, as the PDF does.
func keepWithNext(text string) string {
	if strings.HasSuffix(strings.TrimSpace(text), ":") {
		return `<w:keepNext/>`
	}
	return ""
}
