package pdf

import (
	"context"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Hints lays d out as Render does and returns what the Word document
// takes from its pages (see layout.Hints).
func (r *Renderer) Hints(ctx context.Context, d *doc.Document) (layout.Hints, error) {
	if d == nil {
		return layout.Hints{}, fmt.Errorf("render pdf: %w", ErrNoDocument)
	}
	pages, err := r.layout(ctx, d)
	if err != nil {
		return layout.Hints{}, fmt.Errorf("render pdf: %w", err)
	}
	return hints(pages), nil
}

// RenderHints writes d to w, carrying x, as RenderWith does and returns
// what Hints returns, from the one layout.
func (r *Renderer) RenderHints(ctx context.Context, w io.Writer, d *doc.Document, x Extras) (layout.Hints, error) {
	var h layout.Hints
	if _, err := r.render(ctx, w, d, &x, &h); err != nil {
		return layout.Hints{}, err
	}
	return h, nil
}

// hints returns the headings that open a page after the first, and those
// whose next paragraph the end of their page splits.
func hints(pages []pageLayout) layout.Hints {
	var h layout.Hints
	for n, pg := range pages {
		if len(pg.boxes) == 0 {
			continue
		}
		if b := pg.boxes[0].box; n > 0 && b.heading && b.opens {
			h.Breaks = append(h.Breaks, b.block-1)
		}
		if n+1 == len(pages) || len(pages[n+1].boxes) == 0 {
			continue
		}
		// A paragraph split by the page end: its last box here and the
		// next page's first box are lines of one paragraph.
		last, next := pg.boxes[len(pg.boxes)-1].box, pages[n+1].boxes[0].box
		if !last.body || !next.body || next.space > 0 || last.block != next.block {
			continue
		}
		// Back to the paragraph's first line (the one with space above
		// it); the line above that closes a heading or not.
		for i := len(pg.boxes) - 1; i > 0; i-- {
			if pg.boxes[i].box.space > 0 {
				if above := pg.boxes[i-1].box; above.heading {
					h.Loose = append(h.Loose, above.block-1)
				}
				break
			}
		}
	}
	return h
}
