package compose

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// finish numbers the part headings I, II, … and the item headings 1, 2, …
// (restarting in every part), checks the block kinds, and ends the last
// paragraph or list item of the body with "./.".
func finish(d *doc.Document) error {
	part, item := 0, 0
	last := -1
	for i := range d.Body {
		b := &d.Body[i]
		switch b.Kind {
		case doc.Part:
			part++
			item = 0
			b.Number = vnfmt.Roman(part) + "."
		case doc.Item:
			item++
			b.Number = strconv.Itoa(item) + "."
		case doc.Paragraph:
			last = i
		case doc.List:
			if len(b.Items) > 0 {
				last = i
			}
		case doc.TableBlock:
			if b.Table == nil {
				return fmt.Errorf("body block %d: %w: table without content", i, ErrBlockKind)
			}
		default:
			return fmt.Errorf("body block %d: %w %q", i, ErrBlockKind, b.Kind)
		}
	}
	if last < 0 {
		return ErrNoClosing
	}
	b := &d.Body[last]
	if b.Kind == doc.List {
		it := &b.Items[len(b.Items)-1]
		it.Text = closeText(it.Text)
	} else {
		b.Text = closeText(b.Text)
	}
	return nil
}

// closeText ends s with "./.", right after its last word: a final full stop,
// semicolon or comma is replaced, an existing "./." is kept.
func closeText(s string) string {
	s = strings.TrimRight(s, " ")
	if strings.HasSuffix(s, "./.") {
		return s
	}
	s = strings.TrimRight(s, ".;,: ")
	return s + "./."
}
