package load

import (
	"strings"
	"unicode/utf8"
)

// nearest returns the known key that an unknown one most likely misspells, or
// "" when none is close: the one at the smallest edit distance, ignoring
// case, within a third of its length (at least one edit).
func nearest(unknown string, known []string) string {
	best, bestDist := "", -1
	u := strings.ToLower(unknown)
	for _, k := range known {
		d := distance(u, strings.ToLower(k))
		if d > max(1, utf8.RuneCountInString(k)/3) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, counted in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
