package pdf

import "github.com/kehoach/kehoach/internal/layout"

// Page geometry in millimetres, after Nghị định 30/2020: A4 portrait with
// margins of 20 mm top and bottom, 30 mm left and 15 mm right.
const (
	pageW        = float64(layout.PageWidth)
	pageH        = float64(layout.PageHeight)
	marginTop    = float64(layout.MarginTop)
	marginBottom = float64(layout.MarginBottom)
	marginLeft   = float64(layout.MarginLeft)
	marginRight  = float64(layout.MarginRight)
	textW        = pageW - marginLeft - marginRight // 165 mm
	bodyBottom   = pageH - marginBottom

	// leftColW and rightColW split the text width into the two columns of
	// the header block and of the signature block. The right column holds
	// the quốc hiệu, 88 mm wide in 12 pt bold.
	leftColW  = float64(layout.LeftColumn)
	rightColW = textW - leftColW // 96 mm
	rightColX = marginLeft + leftColW

	// ptMM is one typographic point in millimetres.
	ptMM = layout.PtMM

	// ruleW is the thickness of every rule and of the table grid (0.5 pt).
	ruleW = float64(layout.RuleWidth) * ptMM

	// pageNumBase is the baseline of the page number, from the top edge.
	pageNumBase = float64(layout.PageNumberBaseline)
)

// Type sizes in points.
const (
	sizeBody      = float64(layout.SizeBody)      // body text, headings, title, signature
	sizeHeader    = float64(layout.SizeHeader)    // superior and issuing body, quốc hiệu
	sizeHeaderBig = float64(layout.SizeMotto)     // tiêu ngữ, number, place and date
	sizeLabel     = float64(layout.SizeLabel)     // "Nơi nhận:"
	sizeRecipient = float64(layout.SizeRecipient) // recipient lines
	sizePageNum   = float64(layout.SizePageNumber)
)

// Body text layout.
const (
	leading   = layout.Leading                      // line pitch of body text, in em
	indent    = float64(layout.Indent)              // first-line indent, mm
	paraSpace = float64(layout.ParaSpace) * ptMM    // space between paragraphs
	sigSpace  = float64(layout.SignatureSpace)      // blank space for the signature and seal, mm
	sigGap    = float64(layout.SignatureGap) * ptMM // space between the body and the signature block
	ruleGap   = float64(layout.RuleGap)             // from a baseline down to the rule under it, mm
	subjectW  = float64(layout.SubjectWidth)        // the subject wraps within this width
	issuerW   = float64(layout.IssuerWidth)         // an issuing-body line wraps within this width
	ruleRatio = layout.RuleRatio                    // short rules: this share of the text above
	eps       = 1e-6                                // slack when comparing lengths
)

// The draft mark: "DỰ THẢO", bold, boxed, at the top left above the header
// block (Nghị định 30/2020, thể thức of a draft).
const (
	draftSize = float64(layout.SizeDraft) // points
	draftPad  = float64(layout.DraftPad)  // between the text and the box, mm
	draftGap  = float64(layout.DraftGap)  // from the box down to the header block, mm
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
