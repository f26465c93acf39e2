// Package pdf renders a document (package doc) as a PDF laid out per Nghị
// định 30/2020/NĐ-CP: A4 portrait, Liberation Serif (Times New Roman's
// metrics) embedded as subsets, the header block and title on page 1, justified body
// text, tables that repeat their header rows on every page, the signature and
// recipients kept together, and page numbers from page 2 on.
//
// The output depends on the document alone: two renders of one document are
// byte-identical, whatever the clock says.
package pdf

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// creator is the PDF's Creator entry, and its Producer unless Extras name
// one.
const creator = "kehoach"

// Renderer renders documents to PDF; prepare once, use for many documents,
// safe for concurrent use by several goroutines.
type Renderer struct {
	m *metrics
}

// New prepares a Renderer: it measures the glyphs of the embedded fonts.
// Each document embeds the faces it shows cut to its own characters (see
// subset.go).
func New() (*Renderer, error) {
	m, err := newMetrics()
	if err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	return &Renderer{m: m}, nil
}

// Render writes d to w as a PDF. It writes nothing when the document cannot
// be laid out, fpdf fails or ctx is done; ctx is checked between the steps
// of the layout and between pages, and its error is wrapped in the one
// returned.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *doc.Document) error {
	_, err := r.render(ctx, w, d, nil, nil)
	return err
}

// render writes d to w as a PDF carrying x, which may be nil, sets *h,
// unless h is nil, to the hints of its pages for the Word document, and
// returns its number of pages.
func (r *Renderer) render(ctx context.Context, w io.Writer, d *doc.Document, x *Extras, h *layout.Hints) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	if d == nil {
		return 0, fmt.Errorf("render pdf: %w", ErrNoDocument)
	}
	date, err := time.Parse(time.DateOnly, d.Meta.Date)
	if err != nil {
		return 0, fmt.Errorf("render pdf: meta date %q: %w", d.Meta.Date, ErrDate)
	}
	if err := checkText(ctx, d); err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	pages, err := r.layout(ctx, d)
	if err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	if h != nil {
		*h = hints(pages)
	}
	c := &canvas{m: r.m, pdf: fpdf.New("P", "mm", "A4", ""), pages: fixedPages()}
	if c.simple, err = simpleFaces(); err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	// Characters beyond the two code pages get pages of their own.
	used := usedRunes(pages)
	if more := beyond(used); len(more) > 0 {
		c.pages = extraPages(more)
	}
	if c.cuts, err = cutFaces(used); err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	c.enc = newEncodings(used, c.pages)
	if err := r.write(ctx, w, c, d, x, date, pages); err != nil {
		return 0, fmt.Errorf("render pdf: %w", err)
	}
	return len(pages), nil
}

// write draws pages with c and writes c's document, carrying x, to w.
func (r *Renderer) write(ctx context.Context, w io.Writer, c *canvas, d *doc.Document, x *Extras, date time.Time, pages []pageLayout) error {
	pdf := c.pdf
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(false, marginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCompression(false)
	pdf.SetCatalogSort(true)
	in := newInfo(d, x, date, len(pages))
	if err := in.apply(pdf); err != nil {
		return err
	}
	x.apply(pdf)

	for i, pg := range pages {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("page %d: %w", i+1, err)
		}
		c.newPage(i + 1)
		for _, p := range pg.boxes {
			c.draw(p.box, p.y)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// Close before Output: Output writes the buffer even when closing the
	// document fails, and fpdf keeps its first error. Closing (compressing
	// the pages, writing the fonts) is the one step that does not stop for
	// ctx.
	pdf.Close()
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("fpdf: %w", err)
	}
	if !in.Undated {
		if err := pdf.Output(w); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if err := blankDates(buf.Bytes(), in.Date); err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// layout lays d out and distributes it over pages.
func (r *Renderer) layout(ctx context.Context, d *doc.Document) ([]pageLayout, error) {
	boxes := []*box{r.m.headerBox(d.Header, d.Title)}
	body, err := r.m.bodyBoxes(ctx, d.Body)
	if err != nil {
		return nil, err
	}
	if len(body) > 0 {
		// Carry the end of the body over with the signature block.
		body[len(body)-1].keep = true
	}
	boxes = append(boxes, body...)
	boxes = append(boxes, r.m.signatureBox(d.Signature, d.Recipients))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return paginate(boxes)
}
