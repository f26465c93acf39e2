// Package pdf renders a document (package doc) as a PDF laid out per Nghị
// định 30/2020/NĐ-CP: A4 portrait, Liberation Serif (Times New Roman's
// metrics) embedded, the header block and title on page 1, justified body
// text, tables that repeat their header rows on every page, the signature and
// recipients kept together, and page numbers from page 2 on.
//
// The output depends on the document alone: two renders of one document are
// byte-identical, whatever the clock says.
package pdf

import (
	"fmt"
	"io"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/kehoach/kehoach/internal/doc"
)

// creator is the PDF's Creator entry.
const creator = "kehoach"

// Renderer renders documents to PDF; prepare once, use for many documents,
// safe for concurrent use by several goroutines.
type Renderer struct {
	m *metrics
}

// New prepares a Renderer: it loads the embedded fonts once and measures
// their glyphs.
func New() (*Renderer, error) {
	m, err := newMetrics()
	if err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	return &Renderer{m: m}, nil
}

// Render writes d to w as a PDF. It writes nothing when the document cannot
// be laid out or fpdf fails.
func (r *Renderer) Render(w io.Writer, d *doc.Document) error {
	return r.render(w, d, nil)
}

// render writes d to w as a PDF carrying x, which may be nil.
func (r *Renderer) render(w io.Writer, d *doc.Document, x *Extras) error {
	if d == nil {
		return fmt.Errorf("render pdf: %w", ErrNoDocument)
	}
	date, err := time.Parse(time.DateOnly, d.Meta.Date)
	if err != nil {
		return fmt.Errorf("render pdf: meta date %q: %w", d.Meta.Date, ErrDate)
	}
	if err := checkText(d); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	pages, err := r.layout(d)
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}

	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(false, marginBottom)
	pdf.SetCellMargin(0)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetTitle(d.Meta.Title, true)
	pdf.SetAuthor(d.Meta.Author, true)
	pdf.SetSubject(d.Meta.Subject, true)
	pdf.SetKeywords(d.Meta.Keywords, true)
	pdf.SetCreator(creator, true)
	addFaces(pdf)
	x.apply(pdf, d)

	c := &canvas{pdf: pdf, m: r.m}
	for i, pg := range pages {
		c.page(i + 1)
		for _, p := range pg.boxes {
			c.draw(p.box, p.y)
		}
	}
	// Close before Output: Output writes the buffer even when closing the
	// document fails, and fpdf keeps its first error.
	pdf.Close()
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("render pdf: fpdf: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("render pdf: write: %w", err)
	}
	return nil
}

// layout lays d out and distributes it over pages.
func (r *Renderer) layout(d *doc.Document) ([]pageLayout, error) {
	boxes := []*box{r.m.headerBox(d.Header, d.Title)}
	body, err := r.m.bodyBoxes(d.Body)
	if err != nil {
		return nil, err
	}
	if len(body) > 0 {
		// Carry the end of the body over with the signature block.
		body[len(body)-1].keep = true
	}
	boxes = append(boxes, body...)
	boxes = append(boxes, r.m.signatureBox(d.Signature, d.Recipients))
	return paginate(boxes)
}
