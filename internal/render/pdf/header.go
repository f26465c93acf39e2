package pdf

import (
	"math"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Header block and title, in millimetres below the top margin unless said
// otherwise.
const (
	headerFirst = layout.HeaderFirst               // first baseline below the top margin, in em of its size
	headerLead  = layout.HeaderLead                // line pitch of the header lines, in em
	numberGap   = float64(layout.NumberGap)        // from the lower rule down to the baseline of "Số:"
	titleGap    = float64(layout.TitleGap)         // from the baseline of "Số:" down to "KẾ HOẠCH"
	titleAfter  = float64(layout.SubjectRuleAfter) // from the rule under the subject down to the body
)

// headerBox lays out page 1's header block (issuing body and number on the
// left, quốc hiệu, tiêu ngữ and date on the right) and the title under it,
// as one box that starts at the top margin.
func (m *metrics) headerBox(h doc.Header, t doc.Title) *box {
	b := &box{what: "header and title"}
	leftX, rightX := marginLeft, rightColX

	// Left column: superior body (regular), issuing body (bold), rule.
	// The left lines keep the pitch of the right ones, so that the second
	// issuer line sits level with the tiêu ngữ.
	y := 0.0
	next := func(size float64) float64 {
		if y == 0 {
			y = headerFirst * size * ptMM
		} else {
			y += pitch(sizeHeaderBig, headerLead)
		}
		return y
	}
	for _, s := range h.Superior {
		for _, l := range m.breakLines(s, regular, sizeHeader, issuerW) {
			b.lines = append(b.lines, line{text: l, face: regular, size: sizeHeader,
				x: leftX, w: leftColW, base: next(sizeHeader), align: alignCentre})
		}
	}
	widest := 0.0
	for _, s := range h.Issuer {
		for _, l := range m.breakLines(s, bold, sizeHeader, issuerW) {
			b.lines = append(b.lines, line{text: l, face: bold, size: sizeHeader,
				x: leftX, w: leftColW, base: next(sizeHeader), align: alignCentre})
			widest = math.Max(widest, m.width(bold, sizeHeader, l))
		}
	}
	leftRule := y + ruleGap
	if widest > 0 {
		b.rules = append(b.rules, centredRule(leftX+leftColW/2, ruleRatio*widest, leftRule))
	}

	// Right column: quốc hiệu, tiêu ngữ ruled under its whole width.
	rightRule := 0.0
	if h.National != "" || h.Motto != "" {
		qh := headerFirst * sizeHeader * ptMM
		b.lines = append(b.lines, line{text: h.National, face: bold, size: sizeHeader,
			x: rightX, w: rightColW, base: qh, align: alignCentre})
		tn := qh + pitch(sizeHeaderBig, headerLead)
		b.lines = append(b.lines, line{text: h.Motto, face: bold, size: sizeHeaderBig,
			x: rightX, w: rightColW, base: tn, align: alignCentre})
		rightRule = tn + ruleGap
		if h.Motto != "" {
			b.rules = append(b.rules, centredRule(rightX+rightColW/2,
				m.width(bold, sizeHeaderBig, h.Motto), rightRule))
		}
	}

	// "Số:" on the left and the date on the right share a baseline.
	no := math.Max(leftRule, rightRule) + numberGap
	b.lines = append(b.lines,
		line{text: h.Number, face: regular, size: sizeHeaderBig,
			x: leftX, w: leftColW, base: no, align: alignCentre},
		line{text: h.PlaceDate, face: italic, size: sizeHeaderBig,
			x: rightX, w: rightColW, base: no, align: alignCentre})

	// Title: the document type, the subject wrapped and centred, a short
	// rule under the subject.
	y = no + titleGap
	b.lines = append(b.lines, line{text: t.Kind, face: bold, size: sizeBody,
		x: marginLeft, w: textW, base: y, align: alignCentre})
	widest = 0
	for _, l := range m.breakLines(t.Subject, bold, sizeBody, subjectW) {
		y += pitch(sizeBody, leading)
		b.lines = append(b.lines, line{text: l, face: bold, size: sizeBody,
			x: marginLeft, w: textW, base: y, align: alignCentre})
		widest = math.Max(widest, m.width(bold, sizeBody, l))
	}
	y += ruleGap
	if widest > 0 {
		b.rules = append(b.rules, centredRule(marginLeft+textW/2, ruleRatio*widest, y))
	}
	b.h = y + titleAfter
	m.draftMark(b, h.Draft)
	return b
}

// breakLines breaks a header line or the subject, set in f at size points,
// into lines no wider than width millimetres where layout.BreakLines puts
// the breaks, as the Word document does; a word wider than a line is
// broken further, as wrap does.
func (m *metrics) breakLines(s string, f face, size, width float64) []string {
	lines := layout.BreakLines(s, width, func(s string) float64 { return m.width(f, size, s) })
	var out []string
	for _, l := range lines {
		if m.width(f, size, l) > width+eps {
			out = append(out, m.wrap(l, f, size, width, width)...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// centredRule returns a rule of length w centred on cx at y.
func centredRule(cx, w, y float64) rule {
	return rule{x1: cx - w/2, x2: cx + w/2, y: y}
}
