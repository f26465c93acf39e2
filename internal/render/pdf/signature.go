package pdf

import (
	"math"
	"slices"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// Signature block.
const (
	recipientLead  = layout.RecipientLead           // line pitch of the recipient lines, in em
	recipientFirst = float64(layout.RecipientFirst) // from the "Nơi nhận:" baseline to the first recipient's
	sigLead        = layout.SignatureLead           // line pitch of the signature lines, in em
)

// signatureBox lays out the signature (right column: authority and position
// lines, the blank space for the signature and seal, the signer's name) and
// the recipients (left column: "Nơi nhận:" level with the first signature
// line, then the recipient lines) as one box, kept on one page.
func (m *metrics) signatureBox(s doc.Signature, r doc.Recipients) *box {
	b := &box{what: "signature and recipients", space: sigGap}
	first := sizeBody * ptMM // first baseline, one em below the top

	// Right column.
	y := first
	var sig []string
	for _, s := range s.Lines {
		sig = append(sig, m.wrap(s, bold, sizeBody, rightColW, rightColW)...)
	}
	for i, l := range sig {
		if i > 0 {
			y += pitch(sizeBody, sigLead)
		}
		b.lines = append(b.lines, line{text: l, face: bold, size: sizeBody,
			x: rightColX, w: rightColW, base: y, align: alignCentre})
	}
	if s.Name != "" {
		if len(sig) > 0 {
			// The space runs from the baseline of the position line
			// to the top of the name's em box (layout.SignatureSpace).
			y += sigSpace + sizeBody*ptMM
		}
		for i, l := range m.wrap(s.Name, bold, sizeBody, rightColW, rightColW) {
			if i > 0 {
				y += pitch(sizeBody, sigLead)
			}
			b.lines = append(b.lines, line{text: l, face: bold, size: sizeBody,
				x: rightColX, w: rightColW, base: y, align: alignCentre})
		}
	}
	right := y
	sigLines := len(b.lines)

	// Left column.
	y = first
	if r.Label != "" {
		b.lines = append(b.lines, line{text: r.Label, face: boldItalic, size: sizeLabel,
			x: marginLeft, w: leftColW, base: y, align: alignLeft})
		y += recipientFirst - pitch(sizeRecipient, recipientLead)
	} else {
		y -= pitch(sizeRecipient, recipientLead)
	}
	// Continuation lines of an entry hang under its text, past the "- ".
	hang := m.width(regular, sizeRecipient, "- ")
	for _, entry := range r.Lines {
		for i, l := range m.wrap(entry, regular, sizeRecipient, leftColW, leftColW-hang) {
			y += pitch(sizeRecipient, recipientLead)
			x := marginLeft
			if i > 0 {
				x += hang
			}
			b.lines = append(b.lines, line{text: l, face: regular, size: sizeRecipient,
				x: x, w: leftColW, base: y, align: alignLeft})
		}
	}
	b.h = math.Max(right, y) + 0.3*sizeBody*ptMM
	// Draw the left column first, so that the text reads in the order of
	// the Word document's cells: recipients, then signature.
	b.lines = append(slices.Clone(b.lines[sigLines:]), b.lines[:sigLines]...)
	return b
}
