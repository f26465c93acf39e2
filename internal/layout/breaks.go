package layout

import "strings"

// placeStart reports whether words[i] opens the name of an administrative
// unit (tỉnh, thành phố, huyện, quận, thị xã, thị trấn, xã, phường, thôn),
// in any case; a name line breaks before one rather than inside a place
// name ("ỦY BAN NHÂN DÂN / HUYỆN CAM LỘ", never "… HUYỆN CAM / LỘ").
func placeStart(words []string, i int) bool {
	next := ""
	if i+1 < len(words) {
		next = strings.ToLower(words[i+1])
	}
	switch strings.ToLower(words[i]) {
	case "tỉnh", "huyện", "quận", "phường", "thôn":
		return true
	case "thành":
		return next == "phố"
	case "thị":
		return next == "xã" || next == "trấn"
	case "xã":
		return next != "hội" // "xã hội" is no place
	}
	return false
}

// BreakLines breaks s, centred in a header block or the title, into the
// fewest lines no wider than width, as measure gives the width of a text.
// Among the breaks that give that many lines it takes the one that breaks
// before the name of an administrative unit most often, then the one whose
// widest line is the narrowest. Both the PDF and the Word document print
// the lines it returns, so that they break at the same words. A word wider
// than width stands on a line of its own; the caller breaks it further if
// it must. Spaces between words are collapsed; an empty s gives no lines.
func BreakLines(s string, width float64, measure func(string) float64) []string {
	words := Words(s)
	n := len(words)
	if n == 0 {
		return nil
	}
	// w(i, j) is the width of words i..j-1 on one line.
	w := func(i, j int) float64 { return measure(strings.Join(words[i:j], " ")) }
	const slack = 1e-6
	// best[j] is the best way to set the first j words: its number of
	// lines, its breaks that miss a place name, its widest line, and
	// where its last line starts.
	type state struct {
		lines, misses int
		widest        float64
		from          int
		ok            bool
	}
	better := func(a, b state) bool {
		if !b.ok {
			return true
		}
		if a.lines != b.lines {
			return a.lines < b.lines
		}
		if a.misses != b.misses {
			return a.misses < b.misses
		}
		return a.widest < b.widest-slack
	}
	best := make([]state, n+1)
	best[0] = state{ok: true}
	for j := 1; j <= n; j++ {
		for i := j - 1; i >= 0; i-- {
			lw := w(i, j)
			if lw > width+slack && i < j-1 {
				break // longer lines only get wider
			}
			if !best[i].ok {
				continue
			}
			c := state{lines: best[i].lines + 1, misses: best[i].misses,
				widest: max(best[i].widest, lw), from: i, ok: true}
			if i > 0 && !placeStart(words, i) {
				c.misses++
			}
			if better(c, best[j]) {
				best[j] = c
			}
		}
	}
	var lines []string
	for j := n; j > 0; j = best[j].from {
		lines = append(lines, strings.Join(words[best[j].from:j], " "))
	}
	for i, k := 0, len(lines)-1; i < k; i, k = i+1, k-1 {
		lines[i], lines[k] = lines[k], lines[i]
	}
	return lines
}
