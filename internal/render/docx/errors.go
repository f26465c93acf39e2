package docx

import (
	"errors"
	"slices"
	"strings"
)

// Errors of the Word renderer.
var (
	// ErrTemplate: the template is not a Word document kehoach can fill.
	ErrTemplate = errors.New("unusable word template")
	// ErrNoDocument: Render was given no document.
	ErrNoDocument = errors.New("no document")
	// ErrTable: a table of the document does not fit its grid.
	ErrTable = errors.New("table does not fit its grid")
)

// PlaceholderError lists the placeholders of a template that kehoach
// cannot fill: unknown names, required ones the template lacks, block
// placeholders that share their paragraph with other text, placeholders
// written twice, and, after filling, any left in the output.
type PlaceholderError struct {
	Unknown  []string
	Missing  []string
	NotAlone []string
	Twice    []string
	Unfilled []string
}

func (e *PlaceholderError) any() bool {
	return len(e.Unknown)+len(e.Missing)+len(e.NotAlone)+len(e.Twice)+len(e.Unfilled) > 0
}

func (e *PlaceholderError) sort() {
	for _, l := range [][]string{e.Unknown, e.Missing, e.NotAlone, e.Twice, e.Unfilled} {
		slices.Sort(l)
	}
}

// Error lists the placeholders by kind.
func (e *PlaceholderError) Error() string {
	var parts []string
	add := func(what string, names []string) {
		if len(names) > 0 {
			parts = append(parts, what+" "+braced(names))
		}
	}
	add("unknown", e.Unknown)
	add("missing", e.Missing)
	add("not alone in their paragraph", e.NotAlone)
	add("written twice", e.Twice)
	add("left unfilled", e.Unfilled)
	return "word template placeholders: " + strings.Join(parts, "; ")
}

// braced writes names as "{{a}}, {{b}}".
func braced(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = marker(n)
	}
	return strings.Join(out, ", ")
}
