// Package compose turns a checked plan and its computed figures into the
// renderer-neutral document model (package doc). The words and the structure
// of the document come from the template in package templates, a TOML file
// parsed once by New; compose only fills its placeholders with the plan's
// values, numbers the headings and closes the body with "./.".
//
// Values are put into wording that is already parsed, so nothing in the
// data (quotes, braces, "%", brackets) can ever be read as template syntax.
package compose

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/tomlpos"
	"github.com/kehoach/kehoach/templates"
)

// Composer fills the plan template. It parses the template once; one
// Composer may compose many documents, from several goroutines at once.
type Composer struct {
	tmpl  *planTemplate
	names *Vocabulary
}

// New parses the embedded plan template.
func New() (*Composer, error) { return Open(templates.Plan, PlanNames) }

// Open parses the embedded template name (a path in templates.FS, as
// "plan/document.toml") with the names of its kind, v.
func Open(name string, v *Vocabulary) (*Composer, error) {
	src, err := templates.FS.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("compose: read template: %w", err)
	}
	return ParseWith(path.Join("templates", name), src, v)
}

// Parse parses a plan template; name is the file named in its errors. See
// ParseWith.
func Parse(name string, src []byte) (*Composer, error) { return ParseWith(name, src, PlanNames) }

// ParseWith parses the template of a document kind whose names are v;
// name is the file named in its errors. The
// template's problems (TOML syntax, unknown keys, unknown names, names used
// outside their each or if) come back together as a dataerr.List, each with
// its line.
func ParseWith(name string, src []byte, v *Vocabulary) (*Composer, error) {
	if len(src) > maxTemplate {
		return nil, fmt.Errorf("compose: parse template: %w", dataerr.List{{File: name,
			Message: fmt.Sprintf("mẫu dài %d byte, quá giới hạn %d byte", len(src), maxTemplate)}})
	}
	var raw rawFile
	md, err := toml.NewDecoder(bytes.NewReader(src)).Decode(&raw)
	if err != nil {
		e := dataerr.Error{File: name, Message: "lỗi cú pháp TOML: " + err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			e.Line, e.Message = pe.Position.Line, "lỗi cú pháp TOML: "+pe.Message
		}
		return nil, fmt.Errorf("compose: parse template: %w", dataerr.List{e})
	}
	t, problems := compile(&raw, v)
	for _, k := range md.Undecoded() {
		if !insideRawValue(k) {
			problems = append(problems, problem{k.String(), fmt.Sprintf(`khóa "%s" không dùng trong mẫu`, k[len(k)-1])})
		}
	}
	if len(problems) > 0 {
		// Positions are looked for only when there is a problem to locate.
		pos := tomlpos.New(src)
		errs := make(dataerr.List, len(problems))
		for i, p := range problems {
			errs[i] = dataerr.Error{File: name, Line: pos.LooseLine(p.path), Field: p.path, Message: p.msg}
		}
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
		return nil, fmt.Errorf("compose: parse template: %w", errs)
	}
	return &Composer{tmpl: t, names: v}, nil
}

// maxTemplate bounds the size of a template, read whole before parsing.
const maxTemplate = 1 << 20

// Compose builds the document of p, whose figures are f. p must have passed
// plan.Check, and c must be a plan's Composer.
func (c *Composer) Compose(p *plan.Plan, f plan.Computed) (*doc.Document, error) {
	return c.ComposeData(p, &f)
}

// ComposeData builds the document whose heading is head (the document's
// identity, issuer, signer and recipients, checked) and whose kind's names
// read data (Env.Data).
func (c *Composer) ComposeData(head *plan.Plan, data any) (*doc.Document, error) {
	date := plan.Date{Year: head.Document.Year, Month: 1, Day: 1}
	dated := strings.TrimSpace(head.Document.Date) != ""
	if dated || head.State() == plan.StateIssued {
		var err error
		if date, err = plan.ParseDate(head.Document.Date); err != nil {
			return nil, fmt.Errorf("compose: document date: %w", err)
		}
	}
	e := &Env{Head: head, Data: data, Date: date, Dated: dated, at: make([]int, len(c.names.lists))}
	d := c.tmpl.fill(e)
	d.Meta.Record = record(head, d, date, dated)
	if err := finish(d); err != nil {
		return nil, fmt.Errorf("compose: %w", err)
	}
	return d, nil
}
