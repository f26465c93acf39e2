package figures

import "strings"

// digitWords are the Vietnamese words of the digits.
var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// words spells n, from 0 to plan.MaxCount, in Vietnamese words, the way a
// figure is read aloud: 1460 is "một nghìn bốn trăm sáu mươi", 1005 "một
// nghìn không trăm linh năm". A message names the number it guesses in
// words, so that "1.460" cannot be misread again.
func words(n int) string {
	if n <= 0 {
		return digitWords[0]
	}
	var out []string
	lead := true
	for _, g := range []struct {
		div  int
		name string
	}{{1_000_000_000, "tỷ"}, {1_000_000, "triệu"}, {1000, "nghìn"}, {1, ""}} {
		part := n / g.div % 1000
		if part == 0 {
			continue
		}
		out = append(out, hundreds(part, lead)...)
		if g.name != "" {
			out = append(out, g.name)
		}
		lead = false
	}
	return strings.Join(out, " ")
}

// hundreds spells n from 1 to 999; a group that does not lead the number
// says its empty hundreds ("không trăm").
func hundreds(n int, lead bool) []string {
	h, t, u := n/100, n/10%10, n%10
	var out []string
	if h > 0 || !lead {
		out = append(out, digitWords[h], "trăm")
	}
	switch {
	case t == 0 && u == 0:
		return out
	case t == 0:
		if len(out) > 0 {
			out = append(out, "linh")
		}
		return append(out, digitWords[u])
	case t == 1:
		out = append(out, "mười")
	default:
		out = append(out, digitWords[t], "mươi")
	}
	switch {
	case u == 0:
	case u == 5:
		out = append(out, "lăm")
	case u == 1 && t > 1:
		out = append(out, "mốt")
	case u == 4 && t > 1:
		out = append(out, "tư")
	default:
		out = append(out, digitWords[u])
	}
	return out
}
