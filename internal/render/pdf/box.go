package pdf

// align is how a line sits in its measure.
type align int

// The alignments.
const (
	alignLeft align = iota
	alignCentre
	alignRight
	alignJustify
)

// line is one line of text, laid out: its measure runs from x for w
// millimetres, and base is its baseline below the top of its box.
type line struct {
	text  string
	face  face
	size  float64 // points
	x, w  float64
	base  float64
	align align
}

// rule is a horizontal rule from x1 to x2 at y below the top of its box.
type rule struct {
	x1, x2, y float64
}

// rect is a stroked rectangle (a table cell), its top y below the top of its
// box.
type rect struct {
	x, y, w, h float64
}

// box is the unit of pagination: a piece of the page that is never split,
// such as one line of a paragraph, one group of table rows or the signature
// block. Everything in it is positioned relative to its top.
type box struct {
	// what names the part of the document the box holds, for errors.
	what string
	// field is the data field of the text that makes the box as tall as
	// it is, when known (doc.Block.Field and the like).
	field string
	h     float64
	// space is the room kept above the box, dropped at the top of a page.
	space float64
	// keep forbids a page break between this box and the next.
	keep bool
	// heading marks a line of a heading, which never ends a page.
	heading bool
	// body marks a line of body text, as against the header block, the
	// signature block and table rows.
	body bool
	// block is, on the boxes of a body block, 1 + the block's index in
	// the document's body; 0 on every other box. opens marks the first.
	block int
	opens bool
	// table is set on a group of table rows: a page on which the group
	// comes first among the table's rows repeats the header rows above it.
	table *tableLayout
	lines []line
	rules []rule
	rects []rect
}
