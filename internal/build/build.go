// Package build runs the whole pipeline for one plan: compute the figures,
// compose the document, render it, and write the files. Everything that can
// be prepared once (the parsed template, the renderers) is held by a Builder,
// which is safe for concurrent use.
package build

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// Builder builds documents from checked plans.
type Builder struct {
	composer *compose.Composer
	pdf      *pdf.Renderer
}

// New prepares a Builder: it parses the template and readies the renderers.
func New() (*Builder, error) {
	c, err := compose.New()
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	r, err := pdf.New()
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return &Builder{composer: c, pdf: r}, nil
}

// Document computes the figures of p and composes its document. p must have
// passed the checks of the loader.
func (b *Builder) Document(p *plan.Plan) (*doc.Document, error) {
	return b.composer.Compose(p, plan.Compute(p))
}

// PDF renders d as PDF to w.
func (b *Builder) PDF(w io.Writer, d *doc.Document) error {
	return b.pdf.Render(w, d)
}

// File loads the data file at path and writes its PDF into outDir, named
// after the data file (data/cam-lo-2021.toml → outDir/cam-lo-2021.pdf). It
// returns the paths written. On any error nothing is written; data errors
// come back as load.Errors.
func (b *Builder) File(path, outDir string) ([]string, error) {
	p, err := load.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := b.Document(p)
	if err != nil {
		return nil, fmt.Errorf("build %s: %w", path, err)
	}
	var buf bytes.Buffer
	if err := b.PDF(&buf, d); err != nil {
		return nil, fmt.Errorf("build %s: %w", path, err)
	}
	out := filepath.Join(outDir, OutputName(path)+".pdf")
	if err := output.WriteFile(out, func(w io.Writer) error {
		_, err := w.Write(buf.Bytes())
		return err
	}); err != nil {
		return nil, fmt.Errorf("build %s: %w", path, err)
	}
	return []string{out}, nil
}

// OutputName is the base name of the files built from the data file at
// path: its name without folder and extension.
func OutputName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
