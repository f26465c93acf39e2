// Package archive keeps every issued version of a document (a plan, a
// year-end report), proves that none was changed, and gives each version's
// data back. A report is a document of its own, of its own type; its PDF
// carries the plan it was built from beside its data (see plans.go).
//
// An archive is a folder tree, one folder per document:
//
//	<root>/<issuing body>-<hash>/<year>/<number-type-symbol>-<hash>/
//	    manifest.json   the register: the document, one record per version
//	    v1.pdf, v2.pdf  the versions, each carrying its data file
//
// for example uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3/2021/44-KH-UBND-cee207ee/v2.pdf.
// Folder names come from the data, folded to ASCII letters, digits and
// hyphens, so that no data can name a path outside the archive, and end
// with a short hash of the document's identity (issuer, year, number and
// symbol), so that two documents whose folded names agree still get two
// folders. Names are compared by nameKey: case, spacing and where a tone
// mark sits do not tell two names apart, any other letter or mark does.
//
// A plan to be signed (trình ký số) has no number yet: it is filed in
// <issuing body>-<hash>/<year>/chua-so-<type-symbol>-<hash>/, the hash
// taken of its issuer, year, symbol and exact subject, and joins the
// number stamped at issue when its signed original is archived (see
// joinNumber); it stays in that folder.
//
// The manifest names its document, and every version must prove that it
// belongs there: the data file it carries names the same document. Add
// refuses a folder whose manifest names another document, and a PDF of
// another document left where its next version goes; Verify reports both,
// and a document folder copied or moved out of its place.
// A document archived before folder names carried a hash stays in its old
// folder (see identity.legacyDir) and gets its next versions there.
//
// A version is never replaced or removed. Its PDF is staged, synced and
// linked into place (failing if the name exists), and only then is the
// manifest replaced, atomically, by a staged copy. Runs on one document
// take turns through a lock on its folder; a run killed between the two
// steps leaves a complete PDF that the register does not list yet, which
// the next run records (see Add). Every PDF embeds the data file it was
// built from and names its version in its metadata, so that Extract gives
// the data back and rebuilding it gives the same bytes.
//
// The package never reads the clock: the time of archiving comes from the
// caller.
package archive

import (
	"context"
	"time"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// Builder builds a plan's checked data and document from a source, and
// renders its PDF with extras, telling its number of pages; an
// *engine.Engine is one.
type Builder interface {
	Build(ctx context.Context, src engine.Source, formats []engine.Format) (*engine.Result, error)
	RenderPDF(ctx context.Context, src engine.Source, res *engine.Result, x pdf.Extras) (data []byte, pages int, err error)
}

// Tool identifies the kehoach that archives: its module version ("(devel)"
// for a build from a source tree without a version) and, when the build
// recorded it, the revision of its source.
type Tool struct {
	Version  string
	Revision string
}

// Step is a point of Add that Options.Hook is told about.
type Step string

// The steps of Add, in order.
const (
	// StepLocked: the document's folder is locked, nothing written yet.
	StepLocked Step = "locked"
	// StepPlaced: the new version's PDF is in place, the manifest does
	// not list it yet.
	StepPlaced Step = "placed"
	// StepRecorded: the manifest lists the new version.
	StepRecorded Step = "recorded"
)

// DefaultLockWait is how long Add waits for another run on the same
// document by default.
const DefaultLockWait = 2 * time.Minute

// Options set up an Archive.
type Options struct {
	// Tool is recorded with every version and in every PDF's Producer.
	Tool Tool
	// LockWait is how long Add waits for another run on the same
	// document before giving up; 0 means DefaultLockWait.
	LockWait time.Duration
	// Hook, when set, is called at each Step of Add; tests use it to stop
	// a run midway.
	Hook func(Step)
}

// Archive is an archive folder and what it takes to add versions to it.
type Archive struct {
	root    string
	builder Builder
	opt     Options
}

// New returns the archive rooted at the folder root (created on the first
// Add), building and rendering with b.
func New(root string, b Builder, opt Options) *Archive {
	if opt.LockWait <= 0 {
		opt.LockWait = DefaultLockWait
	}
	return &Archive{root: root, builder: b, opt: opt}
}

// hook tells Options.Hook that Add reached s.
func (a *Archive) hook(s Step) {
	if a.opt.Hook != nil {
		a.opt.Hook(s)
	}
}
