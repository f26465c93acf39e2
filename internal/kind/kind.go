// Package kind is the seam between the engine and the kinds of document
// kehoach builds: the plan (KẾ HOẠCH) and the year-end report (BÁO CÁO).
// A kind is its data (schema and checks), its computed figures, its
// template in package templates and the names that template may use. The
// engine, check, batch, output names and the archive take the kind from the
// data file's [document] type and know nothing else of it.
//
// Adding a kind: a folder in templates/ with its document.toml, one package
// with its data, checks, table and a value of Kind, and one line in the
// engine's list of kinds.
package kind

import (
	"context"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// Kind is one kind of document.
type Kind interface {
	// Type is the document type symbol that the kind's data files write
	// in [document] type, as printed after the number ("BC" in
	// "Số: 12/BC-UBND").
	Type() string
	// Template is the kind's template, a path in templates.FS
	// ("report/document.toml").
	Template() string
	// Names is every name the kind's template may use.
	Names() *compose.Vocabulary
	// Load decodes and checks a data file of the kind and computes its
	// figures. Problems of the data come back as a dataerr.List naming
	// the file, line and field.
	Load(ctx context.Context, in Input) (*Loaded, error)
}

// Source is the content of one data file and the name that messages give
// it (the path as the user typed it).
type Source struct {
	Name string
	Data []byte
}

// Input is what a kind loads: its data file, parsed, and how to read the
// other documents the file names.
type Input struct {
	Source
	File *load.File
	// Plans reads the plan a data file names (a report's plan), ref as
	// the file writes it; nil when the caller reads no other file.
	Plans PlanReader
}

// PlanReader reads the plan that a data file names, ref as the file
// writes it: a path relative to that file's folder, of a plan's data file
// or an archived plan PDF. It returns the checked plan and the data it was
// read from (for a PDF, the data file it carries). A plan whose data has
// problems gives a dataerr.List naming the plan's file.
type PlanReader func(ctx context.Context, ref string) (*plan.Plan, Source, error)

// Loaded is a data file loaded by its kind.
type Loaded struct {
	// Head is the document's heading, as the engine, the archive and
	// the summaries know every document: its identity (type, number,
	// date, year, state, subject), issuer, signer and recipients. For a
	// plan it is the plan itself; another kind fills the fields it has.
	Head *plan.Plan
	// Data is what the kind's names read (compose.Env.Data).
	Data any
	// Stale are the texts not fit to issue: those that still name a year
	// before the document's year, a report's paragraphs still holding the
	// prompts its draft was written with; one problem each: warnings of a
	// check or a draft, reasons to refuse an issued document.
	Stale dataerr.List
	// Uses are the other data files the document was built from (a
	// report's plan), keyed by the reference its data file gives them,
	// so that an archived copy carries all it needs.
	Uses []Use
}

// Use is another data file a document was built from.
type Use struct {
	// Ref is the reference as the document's data file writes it.
	Ref string
	Source
}
