package engine

import (
	"slices"
	"strings"
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

// ParseFormats reads a comma-separated list of formats such as "pdf,docx",
// in any case, without repeats; an unknown name is a *FormatError.
func ParseFormats(s string) ([]Format, error) {
	var out []Format
	for _, name := range strings.Split(s, ",") {
		f := Format(strings.ToLower(strings.TrimSpace(name)))
		if !slices.Contains(Formats, f) {
			return nil, &FormatError{Name: strings.TrimSpace(name)}
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
}
