// Package engine runs the whole pipeline for one plan: compute the figures,
// compose the document, render it, and write the files. Everything that can
// be prepared once (the parsed templates, the renderers) is held by a
// Builder, which is safe for concurrent use.
package engine

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/docx"
	"github.com/kehoach/kehoach/internal/render/pdf"
	"github.com/kehoach/kehoach/templates"
)

// Format is an output format, named by its file extension.
type Format string

// The output formats.
const (
	PDF  Format = "pdf"
	DOCX Format = "docx"
)

// Formats lists every format, in the order files are written.
var Formats = []Format{PDF, DOCX}

// Options set up a Builder.
type Options struct {
	// WordTemplate is the .docx template of the Word document; nil takes
	// the embedded one.
	WordTemplate []byte
	// Keep lists files that a build must never write over, such as the
	// template a clerk passed.
	Keep []string
}

// Builder builds documents from checked plans.
type Builder struct {
	composer *compose.Composer
	pdf      *pdf.Renderer
	docx     *docx.Renderer
	keep     []string
}

// New prepares a Builder: it parses the templates and readies the
// renderers.
func New(opt Options) (*Builder, error) {
	c, err := compose.New()
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	p, err := pdf.New()
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	tmpl := opt.WordTemplate
	if tmpl == nil {
		tmpl = templates.PlanDocx
	}
	w, err := docx.New(tmpl)
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return &Builder{composer: c, pdf: p, docx: w, keep: opt.Keep}, nil
}

// Document computes the figures of p and composes its document. p must have
// passed the checks of the loader.
func (b *Builder) Document(p *plan.Plan) (*doc.Document, error) {
	return b.composer.Compose(p, plan.Compute(p))
}

// Render writes d to w in format f; the PDF renderer stops when ctx is done.
func (b *Builder) Render(ctx context.Context, w io.Writer, d *doc.Document, f Format) error {
	switch f {
	case PDF:
		return b.pdf.Render(ctx, w, d)
	case DOCX:
		return b.docx.Render(w, d)
	}
	return fmt.Errorf("build: %w %q", ErrFormat, f)
}

// File loads the data file at path and writes its documents in the given
// formats into outDir, named after the data file (data/cam-lo-2021.toml →
// outDir/cam-lo-2021.pdf, .docx). It returns the paths written. Every
// format is rendered before any file is written, so on a data or render
// error nothing is written; data errors come back as dataerr.List.
func (b *Builder) File(path, outDir string, formats []Format) ([]string, error) {
	p, err := load.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := b.Document(p)
	if err != nil {
		return nil, fmt.Errorf("build %s: %w", path, err)
	}
	outs := make([]string, len(formats))
	bufs := make([]bytes.Buffer, len(formats))
	for i, f := range formats {
		outs[i] = filepath.Join(outDir, OutputName(path)+"."+string(f))
		if err := b.guard(outs[i]); err != nil {
			return nil, fmt.Errorf("build %s: %w", path, err)
		}
		if err := b.Render(context.Background(), &bufs[i], d, f); err != nil {
			return nil, fmt.Errorf("build %s: %w", path, err)
		}
	}
	for i, out := range outs {
		data := bufs[i].Bytes()
		if err := output.WriteFile(out, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}); err != nil {
			return outs[:i], fmt.Errorf("build %s: %w", path, err)
		}
	}
	return outs, nil
}

// guard refuses an output path that is one of the files to keep.
func (b *Builder) guard(out string) error {
	oi, err := os.Stat(out)
	for _, k := range b.keep {
		ki, kerr := os.Stat(k)
		same := err == nil && kerr == nil && os.SameFile(oi, ki)
		if same || filepath.Clean(k) == filepath.Clean(out) {
			return &KeepError{Path: out}
		}
	}
	return nil
}

// OutputName is the base name of the files built from the data file at
// path: its name without folder and extension.
func OutputName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
