package plan

import "unicode/utf8"

// nextYear finds the first year standing alone in s from byte from on: four
// digits not inside a longer number, the way the expression
// (?:^|[^0-9])([0-9]{4})(?:[^0-9]|$) finds them one after another: the
// character before the year and the one after it belong to the match, so a
// year right after the previous match's end is found only if it opens s,
// and "2016-2020" names 2016 alone. It returns where the year's digits start
// and where the search for the next one starts; ok is false when there is
// none. The year of a document's number ("07/2021/NĐ-CP") is told apart by
// its neighbours (see citation).
func nextYear(s string, from int) (at, next int, ok bool) {
	for d := from; d+4 <= len(s); d++ {
		if !digits4(s[d : d+4]) {
			continue
		}
		// The character before: none at the start of s; else a non-digit
		// that the search has not passed yet (a digit is one byte and a
		// character of more bytes ends in a byte that is no digit).
		if d > 0 && (d == from || isDigit(s[d-1])) {
			continue
		}
		// The character after: none, or a non-digit, taken with the match.
		end := d + 4
		if end < len(s) {
			if isDigit(s[end]) {
				continue
			}
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		return d, end, true
	}
	return 0, 0, false
}

// digits4 reports whether the four bytes of s are ASCII digits.
func digits4(s string) bool {
	return isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }
