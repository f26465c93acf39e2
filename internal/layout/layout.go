// Package layout holds the layout facts of a KẾ HOẠCH that the PDF and the
// Word renderers share: page, margins, columns, type sizes, line pitch,
// paragraph spacing, indent, rules, table padding, signature space. Both
// renderers and the Word template take them from here, so that the two
// documents cannot drift apart.
//
// The values follow Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức và kỹ
// thuật trình bày văn bản hành chính); where the decree gives a range, the
// value is the one of its sample layout. Lengths are in millimetres (MM),
// type sizes and spacing in typographic points (Pt); line pitches are in em
// of the type size.
package layout

import "math"

// MM is a length in millimetres.
type MM float64

// Pt is a length in typographic points (1/72 inch).
type Pt float64

// PtMM is one point in millimetres.
const PtMM = 25.4 / 72

// MM returns p in millimetres.
func (p Pt) MM() MM { return MM(float64(p) * PtMM) }

// Twips returns p in twentieths of a point, Word's unit of length, rounded.
func (p Pt) Twips() int { return int(math.Round(float64(p) * 20)) }

// HalfPoints returns p in half-points, Word's unit of type size, rounded.
func (p Pt) HalfPoints() int { return int(math.Round(float64(p) * 2)) }

// Eighths returns p in eighths of a point, Word's unit of border width,
// rounded.
func (p Pt) Eighths() int { return int(math.Round(float64(p) * 8)) }

// TwipsPerMM is the number of twentieths of a point in a millimetre.
const TwipsPerMM = 20 / PtMM

// Twips returns m in twentieths of a point, rounded.
func (m MM) Twips() int { return int(math.Round(float64(m) / PtMM * 20)) }

// Page: A4 portrait, margins top 20–25, bottom 20–25, left 30–35, right
// 15–20 mm (NĐ 30, Phụ lục I, khổ giấy, kiểu trình bày, định lề trang).
const (
	PageWidth    MM = 210
	PageHeight   MM = 297
	MarginTop    MM = 20
	MarginBottom MM = 20
	MarginLeft   MM = 30
	MarginRight  MM = 15
	// TextWidth is the width between the side margins: 165 mm.
	TextWidth = PageWidth - MarginLeft - MarginRight
)

// The header block and the signature block are two columns without
// borders: the issuing body, "Số:" and the recipients on the left; the
// quốc hiệu and tiêu ngữ, the place and date and the signature on the
// right. The quốc hiệu, 88 mm wide in 12 pt bold, needs about 96 mm.
const (
	LeftColumn  MM = 69
	RightColumn    = TextWidth - LeftColumn // 96 mm
)

// Widths within which the PDF wraps the header lines: Word wraps them in
// the template's cells.
const (
	// IssuerWidth is the width an issuing-body line wraps within: the
	// left column less some room on either side.
	IssuerWidth = LeftColumn - 4
	// SubjectWidth is the width the subject line wraps within, so that a
	// long subject stands clear of the margins.
	SubjectWidth = TextWidth - 20
)

// PageNumberBaseline is where the baseline of the page number sits, from
// the top edge: inside the top margin (NĐ 30, Phụ lục I, số trang: centred
// in the top margin, from page 2).
const PageNumberBaseline MM = 13

// Type sizes (NĐ 30, Phụ lục I, mẫu chữ và chi tiết trình bày thể thức).
const (
	// SizeBody is the body text, the headings, the title (tên loại and
	// trích yếu) and the signature block: 13–14 pt.
	SizeBody Pt = 14
	// SizeHeader is the superior and the issuing body and the quốc hiệu:
	// 12–13 pt.
	SizeHeader Pt = 12
	// SizeMotto is the tiêu ngữ: 13–14 pt.
	SizeMotto Pt = 13
	// SizeNumber is "Số: …" and the place and date: 13 pt (13–14 pt for the
	// place and date).
	SizeNumber Pt = 13
	// SizeLabel is "Nơi nhận:": 12 pt.
	SizeLabel Pt = 12
	// SizeRecipient is the recipient lines: 11 pt.
	SizeRecipient Pt = 11
	// SizePageNumber is the page number: 13–14 pt.
	SizePageNumber Pt = 14
	// SizeTable is the text of a table's cells when its figures fit; the
	// decree sets none, common practice is 11–13 pt. A table may set a
	// smaller size of its own (doc.Table.Size) to start from.
	SizeTable Pt = 11
	// SizeTableMin is the smallest the body cells of a table shrink to so
	// that no figure breaks inside its cell.
	SizeTableMin Pt = 8
	// SizeTableHeadMin is the smallest a table's header cells shrink to.
	SizeTableHeadMin Pt = 10
	// SizeTableNote is the italic row of column numbers under a table's
	// header.
	SizeTableNote Pt = 7
	// SizeTableStep is the step by which a table's cells shrink, from
	// SizeTable down to their smallest, until their figures fit.
	SizeTableStep Pt = 0.5
)

// TableSize is the size a table's cells start from: size, the table's own
// (doc.Table.Size), when it is set and smaller than SizeTable; SizeTable
// otherwise.
func TableSize(size float64) Pt {
	if size > 0 && size < float64(SizeTable) {
		return Pt(size)
	}
	return SizeTable
}

// Body text: justified, first-line indent 1–1.27 cm, at least 6 pt between
// paragraphs, line spacing from single to 1.5 lines (NĐ 30, Phụ lục I, nội
// dung văn bản).
const (
	// Leading is the line pitch of body text, in em: single spacing of
	// Times New Roman (1.15 em) a little opened.
	Leading = 1.2
	// Indent is the first-line indent of a paragraph.
	Indent MM = 12.7
	// ParaSpace is the space between paragraphs, and between a table and
	// the paragraph after it.
	ParaSpace Pt = 6
)

// Rules: solid lines under the issuing body (1/3 to 1/2 of its text), under
// the tiêu ngữ (as long as it) and under the trích yếu (1/3 to 1/2 of it)
// (NĐ 30, Phụ lục I, mục tên cơ quan, quốc hiệu và tiêu ngữ, trích yếu).
const (
	// RuleRatio is the length of the rules under the issuing body and the
	// subject, as a share of the widest line above.
	RuleRatio = 0.4
	// MottoRuleRatio is the length of the rule under the tiêu ngữ.
	MottoRuleRatio = 1.0
	// RuleWidth is the thickness of every rule and of a table's grid.
	RuleWidth Pt = 0.5
	// RuleGap is the distance from a baseline down to the rule under it.
	RuleGap MM = 2.2
	// RuleLine is the height of the Word paragraph whose top border is a
	// rule.
	RuleLine Pt = 4
	// SubjectRuleAfter is the space from the rule under the subject down
	// to the body; the body's first paragraph then adds ParaSpace.
	SubjectRuleAfter MM = 4
)

// Header block and title, measured between baselines as the PDF draws them.
const (
	// HeaderFirst is the first baseline of the header block below the top
	// margin, in em of its size.
	HeaderFirst = 1.0
	// HeaderLead is the line pitch of the header lines, in em of
	// SizeNumber.
	HeaderLead = 1.2
	// NumberGap is the distance from the lower rule of the header block
	// down to the baseline of "Số:".
	NumberGap MM = 6.5
	// TitleGap is the distance from the baseline of "Số:" down to the
	// baseline of the tên loại "KẾ HOẠCH".
	TitleGap MM = 14
)

// Tables in the body.
const (
	// CellPadX is the space between a cell's grid and its text, left and
	// right.
	CellPadX MM = 0.75
	// CellPadY is the space between a cell's grid and its text, top and
	// bottom.
	CellPadY MM = 0.8
	// TableLead is the line pitch of the text in a cell, in em.
	TableLead = 1.15
)

// Signature block (NĐ 30, Phụ lục I, chữ ký, họ tên người ký).
const (
	// SignatureGap is the space between the end of the body and the
	// signature block.
	SignatureGap Pt = 12
	// SignatureSpace is the space for the signature and seal, from the
	// baseline of the position line to the top of the signer's name's em
	// box: the name's baseline is SignatureSpace and one em (SizeBody)
	// under the position line's. The blank from the position line's
	// descent (0.216 em) to the name's ascent (0.891 em) is then 26.5 mm,
	// within the 25–30 mm of NĐ 30 (Phụ lục I, II.7), with nothing else
	// in the right column at that height.
	SignatureSpace MM = 27
	// SignatureLead is the line pitch of the signature lines, in em of
	// SizeBody.
	SignatureLead = 1.2
	// RecipientFirst is the distance from the baseline of "Nơi nhận:" down
	// to that of the first recipient.
	RecipientFirst MM = 5.5
	// RecipientLead is the line pitch of the recipient lines, in em of
	// SizeRecipient.
	RecipientLead = 1.15
)

// The mark of a draft: "DỰ THẢO", bold, boxed, at the top left above the
// header block.
const (
	// SizeDraft is the type size of the mark.
	SizeDraft = SizeHeader
	// DraftPad is the space between the mark and its box.
	DraftPad MM = 1.5
	// DraftGap is the distance from the box down to the header block.
	DraftGap MM = 3
)
