package docx

import (
	"fmt"
	"strings"
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

// wml builds WordprocessingML.
type wml struct {
	strings.Builder
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
	w.WriteString(escape(text))
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
	spacing := ""
	if after > 0 {
		spacing = fmt.Sprintf(`<w:spacing w:after="%d"/>`, after)
	}
	w.WriteString(fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/>%s<w:ind w:left="%d" w:right="%d" w:firstLine="0"/></w:pPr></w:p>`,
		styleRule, spacing, ind, ind))
}

// wrapRPr wraps inner run properties in <w:rPr>, or returns "" for none.
func wrapRPr(inner string) string {
	if inner == "" {
		return ""
	}
	return "<w:rPr>" + inner + "</w:rPr>"
}
