package engine

import (
	"context"
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
)

// Load loads src as the kind its [document] type names (KindOf), checks
// it, computes its figures and composes its document, as Build does, but
// renders nothing (the Result has no Artifacts) and reads the other data
// files src names (a report's plan) with plans. The archive reads this way
// the document whose data an archived PDF carries, its plan from the same
// PDF. Problems of the data come back as a dataerr.List.
func Load(ctx context.Context, src Source, plans kind.PlanReader) (*Result, error) {
	return loadDocument(ctx, src, plans)
}

// loadDocument loads src as its kind, reading its plans with plans, and
// composes its document with the kind's composer.
func loadDocument(ctx context.Context, src Source, plans kind.PlanReader) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	file, err := load.Parse(src.Name, src.Data)
	if err != nil {
		return nil, err
	}
	k := KindOf(file.Type())
	l, err := k.Load(ctx, kind.Input{Source: src, File: file, Plans: plans})
	if err != nil {
		return nil, err
	}
	c, err := composerOf[k]()
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	res := &Result{Kind: k, Plan: l.Head, Data: l.Data, Uses: l.Uses, Stale: l.Stale}
	if res.Document, err = c.ComposeData(l.Head, l.Data); err != nil {
		return nil, fmt.Errorf("engine: %s: %w", src.Name, err)
	}
	if strings.TrimSpace(l.Head.Document.Subject) == "" {
		l.Head.Document.Subject = res.Document.Title.Subject
	}
	return res, nil
}
