package load

import (
	"reflect"

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

// Decode bounds, decodes and normalises data (the content of the file named
// name) into dst, a pointer to the struct of a document kind whose field
// tags are the keys of the file, as Read does for a plan: bounds first,
// strict keys and kinds, every string trimmed and in NFC. A file beyond the
// bounds or with a syntax error gives a dataerr.List; every other problem
// waits for Finish.
func Decode(name string, data []byte, dst any) (*Decoded, error) {
	if e := checkLimits(data); e != nil {
		e.File = name
		return nil, dataerr.List{*e}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, dataerr.List{syntaxError(name, data, err)}
	}
	s := &schema{spoilt: map[string]bool{}}
	s.table(raw, reflect.ValueOf(dst).Elem(), "")
	return &Decoded{name: name, data: data, raw: raw, s: s}, nil
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
