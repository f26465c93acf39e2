// Package engine is the build API that every job of kehoach stands on:
// building one plan, checking it, a batch of districts and the archive. It
// runs the whole pipeline for one plan in memory — load and check the data,
// compute the figures, compose the document, render it — and leaves writing
// to its callers (see WriteFiles).
//
// An Engine holds everything that can be prepared once (the parsed plan
// template, the Word template, the renderers) and is safe for concurrent
// use: a batch shares one Engine among its workers.
package engine

import (
	"context"
	"fmt"
	"sync"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/docx"
	"github.com/kehoach/kehoach/internal/render/pdf"
	"github.com/kehoach/kehoach/templates"
)

// Options set up an Engine.
type Options struct {
	// WordTemplate is the .docx template of the Word document; nil takes
	// the embedded one.
	WordTemplate []byte
	// ReadPlan reads the plan at path that a document names (a report's
	// plan); nil takes ReadPlanFile, which reads no PDF.
	ReadPlan func(ctx context.Context, path string) (*plan.Plan, Source, error)
	// Producer is the PDF's Producer entry, the program and its version
	// ("kehoach v1.2.0"), unless the Extras of RenderPDF name one; empty:
	// "kehoach".
	Producer string
}

// Engine builds documents from data sources.
type Engine struct {
	readPlan func(ctx context.Context, path string) (*plan.Plan, Source, error)
	pdf      *pdf.Renderer
	docx     *docx.Renderer
	producer string
}

// New prepares an Engine: it parses the templates and readies the
// renderers. An unusable Word template is reported as a *TemplateError.
//
// The Word template is read while the plan template is parsed: each takes a
// few milliseconds, which a one-off build pays in full.
func New(opt Options) (*Engine, error) {
	tmpl, embedded := opt.WordTemplate, false
	if tmpl == nil {
		tmpl, embedded = templates.PlanDocx, true
	}
	var (
		w    *docx.Renderer
		werr error
		wg   sync.WaitGroup
	)
	wg.Go(func() { w, werr = docx.New(tmpl) })
	// The plan's template is parsed now, beside the Word template, once
	// per process (see composerOf); other kinds' when a document of the
	// kind is first built.
	_, cerr := composerOf[Plan]()
	p, perr := pdf.New()
	wg.Wait()
	switch {
	case werr != nil:
		return nil, fmt.Errorf("engine: %w", &TemplateError{Embedded: embedded, Err: werr})
	case cerr != nil:
		return nil, fmt.Errorf("engine: %w", cerr)
	case perr != nil:
		return nil, fmt.Errorf("engine: %w", perr)
	}
	e := &Engine{pdf: p, docx: w, producer: opt.Producer, readPlan: opt.ReadPlan}
	if e.readPlan == nil {
		e.readPlan = ReadPlanFile
	}
	return e, nil
}
