package engine

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/layout"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// Source is the content of one data file and the name that messages give it
// (the path as the user typed it).
type Source = kind.Source

// Artifact is one rendered document.
type Artifact struct {
	Format Format
	Data   []byte
}

// Result is one document built in memory.
type Result struct {
	// Kind is the document's kind, from its data file's [document] type.
	Kind kind.Kind
	// Plan is the document's heading (kind.Loaded.Head): for a plan, the
	// checked plan; for another kind, its identity, issuer, signer and
	// recipients. Its subject, when the data leaves it out, is the one
	// the document's title prints.
	Plan *plan.Plan
	// Data is what the kind computed from its data: a plan's
	// *plan.Computed, a report's table.
	Data any
	// Uses are the other data files the document was built from (a
	// report's plan).
	Uses []kind.Use
	// Document is the composed document that every format renders.
	Document *doc.Document
	// Artifacts are the rendered documents, in the order of the formats
	// asked for.
	Artifacts []Artifact
	// Stale are the texts that still name a year before the plan's year,
	// one problem each: warnings of a check or a draft, reasons to refuse
	// an issued document (see FinalOnly).
	Stale dataerr.List
}

// Build loads src as the kind its [document] type names (KindOf), checks
// it, computes its figures, composes its document (Compose) and renders it
// in every format asked for (RenderAll). Problems of the data, including a
// document that cannot be laid out, come back as a dataerr.List naming
// src.Name, line and field; any other error is not about the data. ctx
// stops the work between steps and inside the renderers.
func (e *Engine) Build(ctx context.Context, src Source, formats []Format) (*Result, error) {
	res, err := e.Compose(ctx, src)
	if err != nil {
		return nil, err
	}
	if err := e.RenderAll(ctx, src, res, formats); err != nil {
		return nil, err
	}
	return res, nil
}

// Compose does what Build does up to the composed document and renders
// nothing: the Result has no Artifacts. A job that may refuse the document
// (FinalOnly) asks before it pays for rendering.
func (e *Engine) Compose(ctx context.Context, src Source) (*Result, error) {
	return loadDocument(ctx, src, kind.Beside(src.Name, e.readPlan))
}

// RenderAll renders res, composed from src, in every format asked for,
// into res.Artifacts in the order of formats. A document that cannot be
// laid out is a data error of src, as in Build.
func (e *Engine) RenderAll(ctx context.Context, src Source, res *Result, formats []Format) error {
	res.Artifacts = make([]Artifact, len(formats))
	// The PDF first, whatever the order asked for: the Word document
	// takes what it needs from the pages of the PDF (layout.Hints), from
	// the PDF's own layout, so that the document is laid out once.
	var hints *layout.Hints
	first := slices.Index(formats, PDF)
	if first >= 0 {
		var buf bytes.Buffer
		h, err := e.pdf.RenderHints(ctx, &buf, res.Document, pdf.Extras{Producer: e.producer})
		if err != nil {
			return dataError(src, err)
		}
		hints = &h
		res.Artifacts[first] = Artifact{Format: PDF, Data: buf.Bytes()}
	}
	for i, f := range formats {
		if i == first {
			continue
		}
		var buf bytes.Buffer
		var err error
		if f == DOCX && hints != nil {
			err = e.docx.RenderHints(ctx, &buf, res.Document, *hints)
		} else {
			err = e.Render(ctx, &buf, res.Document, f)
		}
		if err != nil {
			return dataError(src, err)
		}
		res.Artifacts[i] = Artifact{Format: f, Data: buf.Bytes()}
	}
	return nil
}

// Check runs everything Build runs, every format included, and keeps
// nothing but the warnings (the texts that still name an old year, see
// Result.Stale): a plan that checks will build.
func (e *Engine) Check(ctx context.Context, src Source) (warnings dataerr.List, err error) {
	res, err := e.Build(ctx, src, Formats)
	if err != nil {
		return nil, err
	}
	return res.Stale, nil
}

// Render writes d to w in format f.
func (e *Engine) Render(ctx context.Context, w io.Writer, d *doc.Document, f Format) error {
	switch f {
	case PDF:
		_, err := e.pdf.RenderWith(ctx, w, d, pdf.Extras{Producer: e.producer})
		return err
	case DOCX:
		// The Word document breaks its pages where the PDF does.
		hints, err := e.pdf.Hints(ctx, d)
		if err != nil {
			return err
		}
		return e.docx.RenderHints(ctx, w, d, hints)
	}
	return fmt.Errorf("engine: %w %q", ErrFormat, f)
}

// RenderPDF renders res, built from src, as a PDF carrying x (embedded
// files, version metadata; the engine's Producer unless x names one), and
// returns it with its number of pages. Like Build, it reports a document
// that cannot be laid out as a data error of src.
func (e *Engine) RenderPDF(ctx context.Context, src Source, res *Result, x pdf.Extras) (data []byte, pages int, err error) {
	if x.Producer == "" {
		x.Producer = e.producer
	}
	var buf bytes.Buffer
	if pages, err = e.pdf.RenderWith(ctx, &buf, res.Document, x); err != nil {
		return nil, 0, dataError(src, err)
	}
	return buf.Bytes(), pages, nil
}
