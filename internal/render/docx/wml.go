package docx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/layout"
)

// Style IDs of the template that the body refers to.
const (
	styleBody      = "KHBody"
	stylePart      = "Heading1"
	styleItem      = "Heading2"
	styleTableText = "KHTableText"
	styleTableHead = "KHTableHead"
	styleRule      = "KHRule"
)

// wml builds WordprocessingML in a buffer.
type wml struct {
	*bytes.Buffer
	// tableSize and headSize are the sizes of the current table's body
	// and header text when they differ from the styles'; 0 keeps the
	// style's.
	tableSize, headSize layout.Pt
}

// para writes a paragraph of style with one run of text. extraPPr and rPr
// are inner XML added to the paragraph and run properties.
func (w *wml) para(style, extraPPr, rPr, text string) {
	w.WriteString(`<w:p><w:pPr><w:pStyle w:val="`)
	w.WriteString(style)
	w.WriteString(`"/>`)
	w.WriteString(extraPPr)
	w.WriteString(`</w:pPr>`)
	w.run(wrapRPr(rPr), text)
	w.WriteString(`</w:p>`)
}

// slotPara writes a paragraph with the properties of a template slot, whose
// pPr and rPr are whole elements (or empty).
func (w *wml) slotPara(s slot, text string) {
	w.WriteString(`<w:p>`)
	w.WriteString(s.pPr)
	w.run(s.rPr, text)
	w.WriteString(`</w:p>`)
}

// run writes a run with properties rPr (a whole element or empty) holding
// text, if any.
func (w *wml) run(rPr, text string) {
	if text == "" {
		return
	}
	w.WriteString(`<w:r>`)
	w.WriteString(rPr)
	w.WriteString(`<w:t xml:space="preserve">`)
	w.escape(text)
	w.WriteString(`</w:t></w:r>`)
}

// rule writes an empty paragraph whose top border is the rule: centred, of
// length twips, in a column of width avail twips, followed by after twips
// of space (0 keeps the style's).
func (w *wml) rule(length float64, avail, after int) {
	ind := int((float64(avail) - length) / 2)
	if ind < 0 {
		ind = 0
	}
	w.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleRule + `"/>`)
	if after > 0 {
		w.WriteString(`<w:spacing w:after="` + strconv.Itoa(after) + `"/>`)
	}
	in := strconv.Itoa(ind)
	w.WriteString(`<w:ind w:left="` + in + `" w:right="` + in + `" w:firstLine="0"/></w:pPr></w:p>`)
}

// escape writes s as XML character data, as xml.EscapeText does.
func (w *wml) escape(s string) {
	if plain(s) {
		w.WriteString(s)
		return
	}
	xml.EscapeText(w, []byte(s))
}

// plain reports whether xml.EscapeText leaves s as it is: valid UTF-8 of
// characters XML allows, none of them special.
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20, c == '"', c == '\'', c == '&', c == '<', c == '>':
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r > 0xD7FF && r < 0xE000 || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += n
	}
	return true
}

// wrapRPr wraps inner run properties in <w:rPr>, or returns "" for none.
func wrapRPr(inner string) string {
	if inner == "" {
		return ""
	}
	return "<w:rPr>" + inner + "</w:rPr>"
}
