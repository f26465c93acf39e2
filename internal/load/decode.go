package load

import (
	"reflect"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/fonts"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// Decoded is a data file of any document kind, decoded into the kind's
// struct by Decode with the plan's rules, whose problems are not yet all
// known: the kind's own checks add theirs with Finish.
type Decoded struct {
	name string
	data []byte
	raw  map[string]any
	s    *schema
}

// File is a data file parsed as TOML, not yet decoded into the struct of
// its document kind: its [document] type tells which kind it is.
type File struct {
	name string
	data []byte
	raw  map[string]any
}

// Parse bounds and parses data, the content of the file named name. A file
// beyond the bounds or with a syntax error gives a dataerr.List.
func Parse(name string, data []byte) (*File, error) {
	if e := checkLimits(data); e != nil {
		e.File = name
		return nil, dataerr.List{*e}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, dataerr.List{syntaxError(name, data, err)}
	}
	return &File{name: name, data: data, raw: raw}, nil
}

// Type returns the document type symbol the file writes ([document] type),
// trimmed and in NFC; "" when it writes none or not as a string.
func (f *File) Type() string {
	d, _ := f.raw["document"].(map[string]any)
	t, _ := d["type"].(string)
	return strings.TrimSpace(norm.NFC.String(t))
}

// Decode decodes the file into dst, as Decode does.
func (f *File) Decode(dst any) *Decoded {
	s := &schema{spoilt: map[string]bool{}}
	s.table(f.raw, reflect.ValueOf(dst).Elem(), "")
	return &Decoded{name: f.name, data: f.data, raw: f.raw, s: s}
}

// Plan decodes the file as a plan and checks it, as Read does.
func (f *File) Plan() (*plan.Plan, error) {
	p := &plan.Plan{}
	d := f.Decode(p)
	if err := d.Finish(plan.Check(p, plan.Input{CanDraw: fonts.CanDraw, Written: d.Written})); err != nil {
		return nil, err
	}
	return p, nil
}

// Written reports whether the file writes a value at path
// ("units[2].households_end").
func (d *Decoded) Written(path string) bool { return written(d.raw, path) }

// Finish returns nil when neither decoding nor the kind's checks found a
// problem, or else a dataerr.List of every problem with its line, in file
// order. checks are the problems the kind's checks found; a problem that
// follows from one of decoding's (a value of the wrong kind, an unknown key)
// is left out.
func (d *Decoded) Finish(checks []plan.Problem) error {
	found := d.s.problems
	for _, c := range checks {
		if !d.s.covers(c.Field) {
			found = append(found, problem{c.Field, c.Message})
		}
	}
	if len(found) == 0 {
		return nil
	}
	return locate(d.name, d.data, found)
}
