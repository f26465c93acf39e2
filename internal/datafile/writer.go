// Package datafile writes TOML data files the way a clerk writes them:
// keys in a fixed order, each value with its Vietnamese comment aligned as
// in the sample data files, strings as the clerk reads them. Next year's
// plan and a report's data made from the communes' sheets are written
// with it; what it writes is loaded back by the loader, never parsed here.
package datafile

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// CommentCol is the column at which the comments after a value start, as
// in the sample data files.
const CommentCol = 28

// Writer writes a data file line by line. The zero Writer is ready.
type Writer struct {
	b strings.Builder
}

// Bytes returns what was written.
func (w *Writer) Bytes() []byte { return []byte(w.b.String()) }

// Line writes one line.
func (w *Writer) Line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

// KV writes key = value, and a comment aligned at CommentCol when given.
func (w *Writer) KV(key, value, comment string) {
	s := key + " = " + value
	if comment != "" {
		if n := utf8.RuneCountInString(s); n < CommentCol {
			s += strings.Repeat(" ", CommentCol-n)
		} else {
			s += "  "
		}
		s += "# " + comment
	}
	w.Line(s)
}

// Str writes a string value.
func (w *Writer) Str(key, value, comment string) { w.KV(key, Quote(value), comment) }

// Num writes a number value.
func (w *Writer) Num(key string, n int, comment string) { w.KV(key, strconv.Itoa(n), comment) }

// Opt writes an optional number, when given.
func (w *Writer) Opt(key string, n *int, comment string) {
	if n != nil {
		w.Num(key, *n, comment)
	}
}

// Inline writes a short list on one line.
func (w *Writer) Inline(key string, list []string, comment string) {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = Quote(s)
	}
	w.KV(key, "["+strings.Join(q, ", ")+"]", comment)
}

// Block writes a list one entry per line; an empty list is left out, as
// the data file may not write one.
func (w *Writer) Block(key string, list []string, comment string) {
	if len(list) == 0 {
		return
	}
	w.KV(key, "[", comment)
	for _, s := range list {
		w.Line("  " + Quote(s) + ",")
	}
	w.Line("]")
}
