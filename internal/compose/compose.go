// Package compose turns a checked plan and its computed figures into the
// renderer-neutral document model (package doc). The words and the structure
// of the document come from the template in package templates; compose only
// fills it, numbers the headings and closes the body with "./.".
package compose

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/templates"
)

// Composer fills the plan template. It parses the template once; one
// Composer may compose many documents, from several goroutines at once.
type Composer struct {
	tmpl *template.Template
}

// New parses the embedded plan template.
func New() (*Composer, error) {
	src, err := templates.FS.ReadFile(templates.Plan)
	if err != nil {
		return nil, fmt.Errorf("compose: read template: %w", err)
	}
	return Parse(templates.Plan, string(src))
}

// Parse parses a plan template given as text; name is used in errors.
func Parse(name, text string) (*Composer, error) {
	t, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("compose: parse template: %w", err)
	}
	return &Composer{tmpl: t}, nil
}

// view is what the template sees.
type view struct {
	Plan    *plan.Plan
	Figures plan.Figures
	Date    plan.Date
}

// Compose builds the document of p, whose figures are f. p must have passed
// plan.Check.
func (c *Composer) Compose(p *plan.Plan, f plan.Figures) (*doc.Document, error) {
	date, err := plan.ParseDate(p.Document.Date)
	if err != nil {
		return nil, fmt.Errorf("compose: document date: %w", err)
	}
	var buf bytes.Buffer
	if err := c.tmpl.Execute(&buf, view{Plan: p, Figures: f, Date: date}); err != nil {
		return nil, fmt.Errorf("compose: fill template: %w", err)
	}
	var d doc.Document
	md, err := toml.NewDecoder(&buf).Decode(&d)
	if err != nil {
		return nil, fmt.Errorf("compose: template %s wrote an invalid document: %w", c.tmpl.Name(), err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		names := make([]string, len(keys))
		for i, k := range keys {
			names[i] = k.String()
		}
		return nil, fmt.Errorf("compose: template %s: %w: %s", c.tmpl.Name(), ErrUnknownKey, strings.Join(names, ", "))
	}
	if err := finish(&d); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	return &d, nil
}
