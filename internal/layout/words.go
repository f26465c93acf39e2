package layout

import "strings"

// Words splits s at spaces, dropping empty words, so that a line is always
// its words joined by single spaces. Other white space (a no-break space)
// stays inside its word.
func Words(s string) []string {
	// A space is one byte, never part of another character's bytes.
	n := 0
	for i := range len(s) {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	out := make([]string, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// Announces reports whether a paragraph announces what follows ("… như
// sau:"): it ends with a colon, and keeps with the next paragraph in both
// formats.
func Announces(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), ":")
}
