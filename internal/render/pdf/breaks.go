package pdf

import (
	"context"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/internal/doc"
)

// HeadingBreaks lays d out as Render does and returns the headings that
// open a page after the first: their indexes in d.Body, in order. The keep
// rules carry a heading over to the next page with the lines that follow
// it; the Word document breaks its page before these headings too, so
// that a program that would leave one at the foot of a page (LibreOffice
// does when widow control moves the paragraph after it) prints the same
// pages.
func (r *Renderer) HeadingBreaks(ctx context.Context, d *doc.Document) ([]int, error) {
	if d == nil {
		return nil, fmt.Errorf("render pdf: %w", ErrNoDocument)
	}
	pages, err := r.layout(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	return headingBreaks(pages), nil
}

// RenderBreaks writes d to w as Render does and returns what HeadingBreaks
// returns, from the one layout.
func (r *Renderer) RenderBreaks(ctx context.Context, w io.Writer, d *doc.Document) ([]int, error) {
	var breaks []int
	if err := r.render(ctx, w, d, nil, &breaks); err != nil {
		return nil, err
	}
	return breaks, nil
}

// headingBreaks returns the indexes in the body of the headings that open
// a page after the first.
func headingBreaks(pages []pageLayout) []int {
	var out []int
	for _, pg := range pages[1:] {
		if len(pg.boxes) == 0 {
			continue
		}
		if b := pg.boxes[0].box; b.heading && b.opens > 0 {
			out = append(out, b.opens-1)
		}
	}
	return out
}
