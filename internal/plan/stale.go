package plan

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Mention is a text of a plan that names years before the plan's year.
type Mention struct {
	// Field is the text's path in the data file, "text.intro[0]".
	Field string
	// Years are the years it names, in the order of the text.
	Years []int
	// Excerpts are the pieces of the text around each of them.
	Excerpts []string
}

// Stale lists the texts of p that name a year before the plan's year, but
// those listed in document.keep_years: a plan carried over from last year
// still speaks of last year there. The names of the units, the date of
// issue and the number of a cited document ("07/2021/NĐ-CP") are not
// looked at: they do not go stale.
func Stale(p *Plan) []Mention {
	return StaleIn(p, p.Document.Year, p.Document.KeepYears)
}

// StaleIn lists the texts of the data of any document kind, data (a
// pointer to the struct of its data file), that name a year before year,
// but those whose path keep lists, as Stale does for a plan. The units,
// document.date and document.keep_years are not looked at.
func StaleIn(data any, year int, keep []string) []Mention {
	var out []Mention
	eachText(reflect.ValueOf(data).Elem(), func(at *fieldPath, s string, _ bool) {
		if at.hasPrefix("units[") || at.hasPrefix("document.keep_years") || at.is("document.date") {
			return
		}
		var m Mention
		from, to := -1, -1 // the run of years of the excerpt being made
		for at := 0; ; {
			loc, next, ok := nextYear(s, at)
			if !ok {
				break
			}
			at = next
			y, _ := strconv.Atoi(s[loc : loc+4])
			if y >= year || y < 1000 || citation(s, loc, loc+4) {
				continue
			}
			m.Years = append(m.Years, y)
			// Years close together ("2016 - 2020") share one excerpt.
			if from >= 0 && loc-to > excerptSide {
				m.Excerpts = append(m.Excerpts, excerpt(s, from, to))
				from = -1
			}
			if from < 0 {
				from = loc
			}
			to = loc + 4
		}
		if from >= 0 {
			m.Excerpts = append(m.Excerpts, excerpt(s, from, to))
		}
		if len(m.Years) > 0 {
			if m.Field = at.String(); !slices.Contains(keep, m.Field) {
				out = append(out, m)
			}
		}
	})
	return out
}

// citation reports whether the year at s[from:to] is the year of a cited
// document's number, written "07/2021/NĐ-CP": a number and a slash before
// it, a slash after it.
func citation(s string, from, to int) bool {
	return from >= 2 && s[from-1] == '/' && s[from-2] >= '0' && s[from-2] <= '9' &&
		to < len(s) && s[to] == '/'
}

// excerptSide is the number of characters an excerpt shows each side.
const excerptSide = 30

// excerpt returns the words of s around s[from:to], some thirty characters
// each side, with "…" where s goes on.
func excerpt(s string, from, to int) string {
	const side = excerptSide
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

// keepYears checks that every entry of document.keep_years names a text
// of p.
func (c *checker) keepYears(p *Plan) {
	if len(p.Document.KeepYears) == 0 {
		return
	}
	texts := map[string]bool{}
	eachText(reflect.ValueOf(p).Elem(), func(at *fieldPath, _ string, _ bool) { texts[at.String()] = true })
	for i, k := range p.Document.KeepYears {
		if !texts[k] || strings.HasPrefix(k, "document.keep_years") {
			c.add("document.keep_years["+strconv.Itoa(i)+"]",
				"không có câu nào ở trường %q: ghi đường dẫn của câu cần giữ nguyên, ví dụ \"text.tasks[3]\" (đếm từ 0)", k)
		}
	}
}
