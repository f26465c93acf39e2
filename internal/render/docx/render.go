// Package docx renders a document (package doc) as an editable Word
// document, by filling a Word template read and written with
// github.com/nguyenthenguyen/docx.
//
// The template holds the page set-up, the styles, the header and signature
// tables and the page-number header; its text is placeholders only, written
// "{{name}}" (see placeholders). The words all come from the document model,
// the same model the PDF renderer draws, so the two files say the same.
//
// The library's Replace swaps plain strings in the main part, one at a
// time; kehoach avoids its traps. A placeholder that Word split across runs
// is merged back when the template is read. All placeholders are then filled
// in one pass over the prepared main part, so that text of the data that
// happens to read like a placeholder is never filled in turn. Multi-line
// values become paragraphs of their own, never "\n", which Replace turns
// into <w:br/> inside <w:t>. Header and footer parts are never edited, since
// the library's Editable copies share them between documents. The output
// goes to the caller's stream, never over the template.
package docx

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/internal/doc"
)

// Renderer fills one Word template. It reads and prepares the template
// once; Render may then be called for many documents, from several
// goroutines at once.
type Renderer struct {
	t *tmpl
}

// New prepares the template given as the bytes of a .docx file. It fails
// with a *PlaceholderError when the template lacks a placeholder, has one
// kehoach does not know or cannot fill, or has a block placeholder inside
// other text; and with ErrTemplate when it is no usable Word document.
func New(template []byte) (*Renderer, error) {
	t, err := readTemplate(template)
	if err != nil {
		return nil, fmt.Errorf("render docx: %w", err)
	}
	return &Renderer{t: t}, nil
}

// Render writes d to w as a .docx. On error nothing is written.
func (r *Renderer) Render(w io.Writer, d *doc.Document) error {
	if d == nil {
		return fmt.Errorf("render docx: %w", ErrNoDocument)
	}
	content, err := r.fill(d)
	if err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	// Editable copies share the template's header and footer maps; those
	// are never edited here, so documents cannot leak into each other.
	e := r.t.src.Editable()
	e.SetContent(content)
	var filled bytes.Buffer
	if err := e.Write(&filled); err != nil {
		return fmt.Errorf("render docx: write: %w", err)
	}
	var out bytes.Buffer
	if err := repack(&out, filled.Bytes(), d.Meta); err != nil {
		return fmt.Errorf("render docx: %w", err)
	}
	if _, err := w.Write(out.Bytes()); err != nil {
		return fmt.Errorf("render docx: write: %w", err)
	}
	return nil
}

// fill writes the main part with every hole filled from d, in one pass.
func (r *Renderer) fill(d *doc.Document) (string, error) {
	values := slotLines(d, r.t.textW)
	var out strings.Builder
	out.Grow(len(r.t.part) * 2)
	pos := 0
	for _, h := range r.t.holes {
		out.WriteString(r.t.part[pos:h.at.start])
		pos = h.at.end
		switch {
		case h.slot == nil:
			out.WriteString(escape(oneLine(values[h.name].text)))
		case h.name == "body":
			var w wml
			if err := w.body(d.Body, r.t.textW); err != nil {
				return "", err
			}
			out.WriteString(w.String())
		default:
			var w wml
			v := values[h.name]
			for _, l := range v.text {
				w.slotPara(*h.slot, l)
			}
			if v.rule > 0 {
				avail := h.slot.cellW
				if avail == 0 {
					avail = r.t.textW
				}
				w.rule(v.rule, avail, v.after)
			}
			out.WriteString(w.String())
		}
	}
	out.WriteString(r.t.part[pos:])
	return out.String(), nil
}
