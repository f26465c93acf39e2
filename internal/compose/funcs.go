package compose

import (
	"fmt"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// funcs are the functions the template may call. They hold no state.
var funcs = template.FuncMap{
	"s":          tomlString,
	"q":          func(format string, args ...any) string { return tomlString(fmt.Sprintf(format, args...)) },
	"num":        vnfmt.Int,
	"pct":        func(r plan.Rate) string { return vnfmt.Hundredths(int64(r)) },
	"docnum":     vnfmt.DocNumber,
	"day":        vnfmt.Day,
	"month":      vnfmt.Month,
	"upper":      strings.ToUpper,
	"lowerfirst": lowerFirst,
	"join":       strings.Join,
	"inc":        func(i int) int { return i + 1 },
	"signer":     signerLines,
}

// tomlString writes s as a TOML basic string, escaping what TOML requires so
// that any text of the data file stays literal.
func tomlString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\u`)
			b.WriteString(fmt.Sprintf("%04X", r))
		case r == utf8.RuneError:
			b.WriteString(`\uFFFD`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// lowerFirst lower-cases the first letter of s, for a subject line used
// inside a sentence: "Thực hiện …" → "thực hiện …".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
