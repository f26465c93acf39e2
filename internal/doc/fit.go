package doc

import (
	"strings"
	"unicode"
)

// Measure returns the width of s set in the face of a row style at size
// points. Header cells are measured as Bold.
type Measure func(s string, style RowStyle, size float64) float64

// IsFigure reports whether s is a figure: digits with only dots, commas,
// percent signs and plus or minus signs around them, such as "10.000.000",
// "1,75" or "-2%". A figure is never broken across lines.
func IsFigure(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(".,%+-\u2212", r):
		default:
			return false
		}
	}
	return digit
}

// FitColumns shares width among the columns of t in proportion to their
// relative widths, then widens each column that is too narrow for a figure
// of a body cell of its own (one column wide) set at size points with pad
// on either side. The room comes from the other columns, in proportion to
// what each can give: a column of text, which wraps, down to the width of
// its widest word, a column of figures down to that of its widest figure.
// It returns the widths, in the unit of width, pad and measure, and whether
// every figure fits.
//
// A table whose cells do not fill its grid keeps the proportional widths;
// its renderer reports the grid's error.
func FitColumns(t *Table, width, pad, size float64, measure Measure) ([]float64, bool) {
	n := len(t.Columns)
	w := make([]float64, n)
	total := 0.0
	for _, c := range t.Columns {
		total += max(c.Width, 0)
	}
	for i, c := range t.Columns {
		if total > 0 {
			w[i] = width * max(c.Width, 0) / total
		} else {
			w[i] = width / float64(n)
		}
	}
	body, err := Place(t.Body, n)
	if err != nil {
		return w, true
	}
	head, err := Place(t.Header, n)
	if err != nil {
		head = nil
	}
	need := make([]float64, n)  // the widest figure of each column, padded
	floor := make([]float64, n) // the widest word of each column, padded
	note := func(p Placed, style RowStyle) {
		if cs, _ := p.Span(); cs != 1 {
			return
		}
		if IsFigure(p.Text) {
			need[p.Col] = max(need[p.Col], measure(p.Text, style, size)+2*pad)
			return
		}
		for _, word := range strings.FieldsFunc(p.Text, unicode.IsSpace) {
			floor[p.Col] = max(floor[p.Col], measure(word, style, size)+2*pad)
		}
	}
	for r, row := range body {
		for _, p := range row {
			note(p, t.Body[r].Style)
		}
	}
	for _, row := range head {
		for _, p := range row {
			if !IsFigure(p.Text) {
				note(p, Bold)
			}
		}
	}

	deficit := 0.0
	for i := range w {
		deficit += max(need[i]-w[i], 0)
	}
	if deficit == 0 {
		return w, true
	}
	// What each column can give: a text column down to its widest word,
	// a figure column down to its widest figure (and header word). Each
	// gives in proportion to what it can give.
	spare := make([]float64, n)
	avail := 0.0
	for i := range w {
		if need[i] <= w[i] {
			spare[i] = max(w[i]-max(need[i], floor[i]), 0)
			avail += spare[i]
		}
	}
	share := 0.0
	if avail > 0 {
		share = min(deficit/avail, 1)
	}
	gained := avail * share
	for i := range w {
		if need[i] > w[i] {
			w[i] += (need[i] - w[i]) * gained / deficit
		} else {
			w[i] -= spare[i] * share
		}
	}
	left := deficit - gained
	return w, left <= 1e-9*width
}
