package docx

import (
	"strings"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// placeholders are the names a plan template must hold, each written
// "{{name}}".
var placeholders = []string{
	"superior", "issuer", "national", "motto", "number", "place_date",
	"title", "subject", "body",
	"recipients_label", "recipients", "signature", "signer",
}

// optional are the placeholders a template may hold or not: those added
// after templates that clerks have edited, which keep working without them.
// "draft" is the draft mark, boxed above the header.
var optional = []string{"draft"}

// blockOnly are the placeholders that become several paragraphs or a
// paragraph with a rule under it: each must be alone in its paragraph.
var blockOnly = []string{"draft", "superior", "issuer", "motto", "subject", "body", "recipients", "signature"}

// Rules under header lines: their length as a share of the text above.
const (
	issuerRule  = layout.RuleRatio      // under the issuing body: 1/3 to 1/2 of its widest line
	subjectRule = layout.RuleRatio      // under the subject line: 1/3 to 1/2 of it
	mottoRule   = layout.MottoRuleRatio // under the tiêu ngữ: as long as it
)

// Sizes of the header lines, in points, as the template's styles set them;
// they serve to measure the rules.
const (
	sizeIssuer  = float64(layout.SizeHeader)
	sizeMotto   = float64(layout.SizeMotto)
	sizeSubject = float64(layout.SizeBody)
)

// afterSubject is the space after the paragraph of the rule under the
// subject, in twips: the rule is at the paragraph's top, so the space from
// the rule to the body's first paragraph, which adds ParaSpace before
// itself as in the PDF, is the paragraph's height and this.
var afterSubject = layout.SubjectRuleAfter.Twips() - layout.RuleLine.Twips()

// lines is what a slot receives: lines of text, each a paragraph, and
// optionally a rule under them.
type lines struct {
	text  []string
	rule  float64 // length of the rule in twips; 0 for none
	after int     // space after the rule in twips; 0 keeps the style's
}

// slotLines returns what each paragraph placeholder receives from d; body
// is handled apart.
func slotLines(d *doc.Document, textW int) map[string]lines {
	widest := func(f fonts.Face, size float64, ls ...string) float64 {
		w := 0.0
		for _, l := range ls {
			w = max(w, fonts.TextWidth(f, size, l))
		}
		return w * layout.TwipsPerMM
	}
	superior := breakLines(d.Header.Superior, fonts.RegularFace, sizeIssuer, layout.IssuerWidth)
	issuer := breakLines(d.Header.Issuer, fonts.BoldFace, sizeIssuer, layout.IssuerWidth)
	subject := breakLines([]string{d.Title.Subject}, fonts.BoldFace, sizeSubject, layout.SubjectWidth)
	subjectW := min(widest(fonts.BoldFace, sizeSubject, subject...), float64(textW))
	return map[string]lines{
		"draft":            {text: nonEmpty(d.Header.Draft)},
		"superior":         {text: superior},
		"issuer":           {text: issuer, rule: issuerRule * widest(fonts.BoldFace, sizeIssuer, issuer...)},
		"national":         {text: []string{d.Header.National}},
		"motto":            {text: []string{d.Header.Motto}, rule: mottoRule * widest(fonts.BoldFace, sizeMotto, d.Header.Motto)},
		"number":           {text: []string{d.Header.Number}},
		"place_date":       {text: []string{d.Header.PlaceDate}},
		"title":            {text: []string{d.Title.Kind}},
		"subject":          {text: subject, rule: subjectRule * subjectW, after: afterSubject},
		"recipients_label": {text: []string{d.Recipients.Label}},
		"recipients":       {text: d.Recipients.Lines},
		"signature":        {text: d.Signature.Lines},
		"signer":           {text: []string{d.Signature.Name}},
	}
}

// breakLines breaks each of ls, set in f at size points, where the PDF
// breaks it (layout.BreakLines within width), each line a paragraph of its
// own, so that Word and LibreOffice do not choose other breaks.
func breakLines(ls []string, f fonts.Face, size float64, width layout.MM) []string {
	measure := func(s string) float64 { return fonts.TextWidth(f, size, s) }
	var out []string
	for _, l := range ls {
		out = append(out, layout.BreakLines(l, float64(width), measure)...)
	}
	return out
}

// nonEmpty returns s as the one line of a slot, or no line when s is empty,
// so that the slot's paragraph goes.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// oneLine joins lines for a placeholder that stands inside other text:
// never a line break, which would land inside <w:t>: Word breaks a line
// only at a <w:br/>.
func oneLine(ls []string) string {
	return strings.Join(strings.Fields(strings.Join(ls, " ")), " ")
}
