package docx

import (
	"encoding/xml"
	"sort"
	"strings"
)

// edit replaces the bytes of at with text.
type edit struct {
	at   span
	text string
}

// splice applies edits, which must not overlap, to part.
func splice(part string, edits []edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].at.start < edits[j].at.start })
	var b strings.Builder
	b.Grow(len(part))
	pos := 0
	for _, e := range edits {
		b.WriteString(part[pos:e.at.start])
		b.WriteString(e.text)
		pos = e.at.end
	}
	b.WriteString(part[pos:])
	return b.String()
}

// mergeRuns rewrites the text nodes of every paragraph so that each
// placeholder lies whole in the text node where it starts, written
// canonically ("{{ body }}" becomes "{{body}}"). Word splits what a clerk
// types across runs when it records editing sessions or spelling marks
// ("{{", "plac", "e_date}}"); the rest of each run, and its formatting, stay
// as they were.
func mergeRuns(part string, sc *scanned) string {
	var edits []edit
	for _, p := range sc.paras {
		text := p.text()
		matches := placeholderRE.FindAllStringSubmatchIndex(text, -1)
		if len(matches) == 0 {
			continue
		}
		off := 0
		for _, n := range p.texts {
			lo, hi := off, off+len(n.text)
			off = hi
			var b strings.Builder
			pos := lo
			for _, m := range matches {
				ms, me := m[0], m[1]
				if me <= lo || ms >= hi {
					continue
				}
				// Text of this node before the placeholder.
				if ms > pos {
					b.WriteString(text[pos:ms])
				}
				if ms >= lo {
					b.WriteString("{{" + text[m[2]:m[3]] + "}}")
				}
				pos = min(me, hi)
			}
			if pos < hi {
				b.WriteString(text[pos:hi])
			}
			if s := b.String(); s != n.text {
				edits = append(edits, edit{n.at, escape(s)})
			}
		}
	}
	return splice(part, edits)
}

// escape returns s as XML character data.
func escape(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
