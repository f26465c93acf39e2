// Package docx renders a document (package doc) as an editable Word
// document, by filling a Word template.
//
// It reads and writes the package itself (archive/zip and encoding/xml
// underneath) rather than with a template library such as
// github.com/nguyenthenguyen/docx, which reads every part of the zip
// without a bound, replaces a placeholder by text only, never by
// paragraphs and tables, and writes the whole package again, deflating
// every part, on each render, with no say over the entries' headers: the
// output would be neither bounded, nor the same bytes for the same plan,
// nor fast for a batch.
//
// The template holds the page set-up, the styles, the header and signature
// tables and the page-number header; its text is placeholders only, written
// "{{name}}" (see placeholders). The words all come from the document model,
// the same model the PDF renderer draws, so the two files say the same.
//
// A template is hostile input: its zip is checked and every part inflated
// under bounds (see readParts) before anything else reads it. A
// placeholder that Word split across runs is merged back when the template
// is read. All placeholders are then filled in one pass over the prepared
// main part, so that text of the data that happens to read like a
// placeholder is never filled in turn. Multi-line values become paragraphs
// of their own, never "\n". Header and footer parts are never edited. The
// parts every document shares are deflated once, when the template is read;
// a render deflates only the main part and the core properties. The output
// goes to the caller's stream, never over the template.
package docx

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Renderer fills one Word template. It reads and prepares the template
// once; Render may then be called for many documents, from several
// goroutines at once.
type Renderer struct {
	t *tmpl
}

// New prepares the template given as the bytes of a .docx file. It fails
// with an *ArchiveError when the file is no zip kehoach will open (too
// large, a zip bomb, a damaged zip…); with a *PlaceholderError when the
// template lacks a placeholder, has one kehoach does not know or cannot
// fill, or has a block placeholder inside other text; and with ErrTemplate
// when it is no usable Word document.
func New(template []byte) (*Renderer, error) {
	t, err := readTemplate(template)
	if err != nil {
		return nil, fmt.Errorf("render docx: %w", err)
	}
	return &Renderer{t: t}, nil
}

// buffers holds the buffers of finished renders for the next ones.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Render writes d to w as a .docx. On error nothing is written; when ctx
// is cancelled it stops between blocks and returns an error wrapping
// ctx.Err().
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *doc.Document) error {
	return r.RenderHints(ctx, w, d, layout.Hints{})
}

// RenderHints writes d to w as Render does, with a page break before each
// heading of h.Breaks and no keep with the next paragraph on each heading
// of h.Loose (indexes in d.Body; other blocks are ignored): what the pages
// of the PDF say (pdf.Renderer.Hints).
func (r *Renderer) RenderHints(ctx context.Context, w io.Writer, d *doc.Document, h layout.Hints) error {
	if d == nil {
		return fmt.Errorf("render docx: %w", ErrNoDocument)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	content := buffers.Get().(*bytes.Buffer)
	out := buffers.Get().(*bytes.Buffer)
	defer func() {
		content.Reset()
		out.Reset()
		buffers.Put(content)
		buffers.Put(out)
	}()
	if err := r.fill(ctx, &wml{Buffer: content}, d, h); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	if err := pack(out, r.t.entries, content.Bytes(), d.Meta); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("render docx: write: %w", err)
	}
	return nil
}

// fill writes the main part to out with every hole filled from d, in one
// pass.
func (r *Renderer) fill(ctx context.Context, out *wml, d *doc.Document, hints layout.Hints) error {
	values := slotLines(d, r.t.textW)
	out.Grow(len(r.t.part) * 16)
	pos := 0
	for _, h := range r.t.holes {
		out.WriteString(r.t.part[pos:h.at.start])
		pos = h.at.end
		switch {
		case h.slot == nil:
			out.escape(oneLine(values[h.name].text))
		case h.name == "body":
			if err := out.body(ctx, d.Body, r.t.textW, hints); err != nil {
				return err
			}
		default:
			v := values[h.name]
			for _, l := range v.text {
				out.slotPara(*h.slot, l)
			}
			if v.rule > 0 {
				avail := h.slot.cellW
				if avail == 0 {
					avail = r.t.textW
				}
				out.rule(v.rule, avail, v.after)
			}
		}
	}
	out.WriteString(r.t.part[pos:])
	return nil
}
