// Package load reads a plan's data file: it decodes the TOML strictly,
// normalises the text, checks the plan, and reports every problem of the file
// at once, each with its line, in Vietnamese.
package load

import (
	"sort"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/tomlpos"
)

// Read decodes data (the content of the file named name), normalises every
// string to NFC, runs plan.Check with fonts.CanDraw and returns the plan, or
// a dataerr.List listing every problem with its line.
//
// A file beyond the bounds of a data file (MaxFileSize, and the length of
// its lines, the parts of its keys, the nesting of its brackets and the
// number of its keys and entries) is refused before it is decoded, so that
// no input makes Read run long. Decoding is strict: an unknown key and a
// value of the wrong kind are problems too. Every string is trimmed of
// surrounding white space. The returned error is always a dataerr.List, so
// that errors.As(err, &dataerr.List{}) tells a data problem from an error of
// reading the file.
func Read(name string, data []byte) (*plan.Plan, error) {
	f, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	return f.Plan()
}

// covers reports whether a check's problem at field follows from a problem
// the schema already reported: the field, a value inside it or the table
// around it was removed.
func (s *schema) covers(field string) bool {
	for sp := range s.spoilt {
		if field == sp || within(field, sp) || within(sp, field) {
			return true
		}
	}
	return false
}

// within reports whether path lies inside the value at outer.
func within(path, outer string) bool {
	return strings.HasPrefix(path, outer+".") || strings.HasPrefix(path, outer+"[")
}

// locate gives each problem its line in data and puts them in file order;
// problems whose line is unknown come last, in the order found.
func locate(name string, data []byte, found []problem) dataerr.List {
	ix := tomlpos.New(data)
	errs := make(dataerr.List, len(found))
	for i, f := range found {
		errs[i] = dataerr.Error{File: name, Line: ix.Line(f.field), Field: f.field, Message: f.message}
	}
	sort.SliceStable(errs, func(i, j int) bool {
		a, b := errs[i].Line, errs[j].Line
		return a != 0 && (b == 0 || a < b)
	})
	return errs
}
