package nextyear

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/plan"
)

// Mention is a text carried over to next year's plan that names an old
// year, for the clerk to review.
type Mention struct {
	// Field is the text's path in the data file, "text.intro[0]".
	Field string
	// Years are the old years it names, in the order of the text.
	Years []int
	// Excerpts are the pieces of the text around each of them.
	Excerpts []string
}

// yearRE matches a year standing alone: four digits not inside a longer
// number.
var yearRE = regexp.MustCompile(`(?:^|[^0-9])([0-9]{4})(?:[^0-9]|$)`)

// mentions lists the texts of p, but the names of the units, that name one
// of the years old.
func mentions(p *plan.Plan, old []int) []Mention {
	var out []Mention
	walk(reflect.ValueOf(p).Elem(), "", func(field, s string) {
		if strings.HasPrefix(field, "units[") || field == "document.date" {
			return
		}
		var m Mention
		for _, loc := range yearRE.FindAllStringSubmatchIndex(s, -1) {
			y, _ := strconv.Atoi(s[loc[2]:loc[3]])
			if !slices.Contains(old, y) {
				continue
			}
			m.Years = append(m.Years, y)
			m.Excerpts = append(m.Excerpts, excerpt(s, loc[2], loc[3]))
		}
		if len(m.Years) > 0 {
			m.Field = field
			out = append(out, m)
		}
	})
	return out
}

// excerpt returns the words of s around s[from:to], some thirty characters
// each side, with "…" where s goes on.
func excerpt(s string, from, to int) string {
	const side = 30
	start := from
	for n := 0; start > 0 && n < side; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	end := to
	for n := 0; end < len(s) && n < side; n++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	// Cut at word boundaries, so that no word is shown in part.
	if start > 0 {
		if i := strings.IndexByte(s[start:from], ' '); i >= 0 {
			start += i + 1
		}
	}
	if end < len(s) {
		if i := strings.LastIndexByte(s[to:end], ' '); i >= 0 {
			end = to + i
		}
	}
	out := s[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(s) {
		out += "…"
	}
	return out
}

// walk calls fn for every string of v, with its field path in the data
// file.
func walk(v reflect.Value, path string, fn func(field, s string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			key, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
			if key == "" || key == "-" {
				continue
			}
			if path != "" {
				key = path + "." + key
			}
			walk(v.Field(i), key, fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walk(v.Index(i), path+"["+strconv.Itoa(i)+"]", fn)
		}
	}
}
