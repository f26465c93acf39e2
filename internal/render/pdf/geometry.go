package pdf

// Page geometry in millimetres, after Nghị định 30/2020: A4 portrait with
// margins of 20 mm top and bottom, 30 mm left and 15 mm right.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginTop    = 20.0
	marginBottom = 20.0
	marginLeft   = 30.0
	marginRight  = 15.0
	textW        = pageW - marginLeft - marginRight // 165 mm
	bodyBottom   = pageH - marginBottom

	// leftColW and rightColW split the text width into the two columns of
	// the header block and of the signature block. The right column holds
	// the quốc hiệu, 88 mm wide in 12 pt bold.
	leftColW  = 69.0
	rightColW = textW - leftColW // 96 mm
	rightColX = marginLeft + leftColW

	// ptMM is one typographic point in millimetres.
	ptMM = 25.4 / 72

	// ruleW is the thickness of every rule and of the table grid (0.5 pt).
	ruleW = 0.5 * ptMM

	// pageNumBase is the baseline of the page number, from the top edge.
	pageNumBase = 13.0
)

// Type sizes in points.
const (
	sizeBody      = 14.0 // body text, headings, title, signature
	sizeHeader    = 12.0 // superior and issuing body, quốc hiệu
	sizeHeaderBig = 13.0 // tiêu ngữ, number, place and date
	sizeLabel     = 12.0 // "Nơi nhận:"
	sizeRecipient = 11.0 // recipient lines
	sizePageNum   = 14.0
)

// Body text layout.
const (
	leading   = 1.2          // line pitch of body text, in em
	indent    = 12.7         // first-line indent, mm
	paraSpace = 6 * ptMM     // space between paragraphs
	sigSpace  = 27.0         // blank space for the signature and seal, mm
	sigGap    = 12 * ptMM    // space between the body and the signature block
	ruleGap   = 2.2          // from a baseline down to the rule under it, mm
	subjectW  = textW - 20.0 // the subject wraps within this width
	issuerW   = leftColW - 4 // an issuing-body line wraps within this width
	ruleRatio = 0.4          // short rules: this share of the text above
	eps       = 1e-6         // slack when comparing lengths
)

// pitch returns the line pitch in millimetres for a size in points and a
// leading in em.
func pitch(size, lead float64) float64 { return size * lead * ptMM }

// baselineIn returns where the baseline of a line of the given size sits in a
// line box of height h (both in millimetres from the box top): the glyphs'
// em box centred in the line box.
func baselineIn(h, size float64) float64 {
	em := size * ptMM
	return (h-em)/2 + 0.8*em
}
