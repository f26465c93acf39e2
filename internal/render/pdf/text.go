package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/layout"
)

// wrap breaks s into lines set in f at size points: the first line is at most
// first millimetres wide, the others at most rest. A word wider than a line
// is broken after a slash, hyphen or equals sign if that makes it fit, and
// between characters otherwise. An empty s gives no lines.
func (m *metrics) wrap(s string, f face, size, first, rest float64) []string {
	var lines []string
	var cur strings.Builder
	curW := 0.0
	space := m.width(f, size, " ")
	limit := first
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
		limit = rest
	}
	for _, w := range layout.Words(s) {
		ww := m.width(f, size, w)
		if cur.Len() > 0 {
			if curW+space+ww <= limit+eps {
				cur.WriteByte(' ')
				cur.WriteString(w)
				curW += space + ww
				continue
			}
			flush()
		}
		for ww > limit+eps {
			head, tail := m.split(w, f, size, limit)
			cur.WriteString(head)
			flush()
			w = tail
			ww = m.width(f, size, w)
		}
		cur.WriteString(w)
		curW = ww
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

// split breaks a word that is wider than limit into a head that fits and the
// tail. It breaks after an equals sign if that makes the head fit ("11=" and
// "10/1"), else after the last slash, hyphen or plus sign that does; failing
// that it takes as many characters as fit, and at least one.
func (m *metrics) split(w string, f face, size, limit float64) (head, tail string) {
	fit := 0    // byte length of the longest prefix that fits
	equals := 0 // the same, of the longest fitting prefix ending in '='
	other := 0  // the same, ending in '/', '-' or '+'
	width := 0.0
	for i, r := range w {
		n := i + utf8.RuneLen(r)
		width += m.width(f, size, string(r))
		if width > limit+eps {
			break
		}
		fit = n
		if n == len(w) {
			break
		}
		if i == 0 {
			continue // a leading sign is no place to break
		}
		switch r {
		case '=':
			equals = n
		case '/', '-', '+':
			other = n
		}
	}
	switch {
	case equals > 0:
		return w[:equals], w[equals:]
	case other > 0:
		return w[:other], w[other:]
	case fit > 0:
		return w[:fit], w[fit:]
	default:
		_, n := utf8.DecodeRuneInString(w)
		return w[:n], w[n:]
	}
}

// fits reports whether s, set in f at size points, wraps within width
// millimetres without breaking a word between two characters: every word
// fits, or breaks after '=', '/', '-' or '+' into pieces that do.
func (m *metrics) fits(s string, f face, size, width float64) bool {
	for _, w := range layout.Words(s) {
		for _, piece := range breakPieces(w) {
			if m.width(f, size, piece) > width+eps {
				return false
			}
		}
	}
	return true
}

// fitsUnbroken reports whether every word of s, kept whole, fits width.
func (m *metrics) fitsUnbroken(s string, f face, size, width float64) bool {
	for _, w := range layout.Words(s) {
		if m.width(f, size, w) > width+eps {
			return false
		}
	}
	return true
}

// breakPieces cuts a word after every '=', '/', '-' and '+' that is neither
// its first nor its last character.
func breakPieces(w string) []string {
	var out []string
	start := 0
	for i, r := range w {
		n := i + utf8.RuneLen(r)
		if i > 0 && n < len(w) && (r == '=' || r == '/' || r == '-' || r == '+') {
			out = append(out, w[start:n])
			start = n
		}
	}
	return append(out, w[start:])
}
