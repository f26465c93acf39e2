package docx

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/doc"
)

// body writes the blocks of the document body.
func (w *wml) body(blocks []doc.Block, textW int) error {
	for i, b := range blocks {
		switch b.Kind {
		case doc.Part:
			w.para(stylePart, "", "", b.Heading())
		case doc.Item:
			w.para(styleItem, "", "", b.Heading())
		case doc.Paragraph:
			w.para(styleBody, keepWithNext(b.Text), "", b.Text)
		case doc.List:
			for _, it := range b.Items {
				w.para(styleBody, keepWithNext(it.Text), "", it.Line())
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

// keepWithNext keeps a paragraph that announces what follows ("… như
// sau:") on the page of the next one, as the PDF does.
func keepWithNext(text string) string {
	if strings.HasSuffix(strings.TrimSpace(text), ":") {
		return `<w:keepNext/>`
	}
	return ""
}
