package doc

// Align is the horizontal alignment of a table column's cells.
type Align string

// Alignments.
const (
	Left   Align = "left"
	Center Align = "center"
	Right  Align = "right"
)

// Table is a grid with header rows that repeat on every page it spans.
type Table struct {
	// Columns gives each column's relative width and its body alignment.
	Columns []Column `json:"columns" toml:"columns"`
	// Size is the type size, in points, of the table's header and body
	// text before any shrinking (see layout.SizeTable); 0 is
	// layout.SizeTable. A wide table sets a smaller size, so that its
	// header's words fit its narrow columns whole.
	Size float64 `json:"size,omitempty" toml:"size"`
	// Header rows are bold and centred unless their row says otherwise, and
	// are repeated at the top of each page the table spans. Cells may span.
	Header []Row `json:"header" toml:"header"`
	// Body rows, one per unit, then the totals; a row is never split.
	Body []Row `json:"body" toml:"body"`
}

// Column describes one column.
type Column struct {
	// Width is a relative width: renderers share the text width among the
	// columns in proportion to it.
	Width float64 `json:"width" toml:"width"`
	// Align is the alignment of the column's body cells.
	Align Align `json:"align" toml:"align"`
}

// RowStyle is how a row's text is set.
type RowStyle string

// Row styles.
const (
	Normal RowStyle = ""
	Bold   RowStyle = "bold"
	Italic RowStyle = "italic"
)

// Row is one table row.
type Row struct {
	Style RowStyle `json:"style,omitempty" toml:"style"`
	Cells []Cell   `json:"cells" toml:"cells"`
}

// Cell is one cell. A cell covered by a span of another cell is not listed:
// a row lists only the cells that start in it, left to right.
type Cell struct {
	Text string `json:"text" toml:"text"`
	// ColSpan and RowSpan are 0 or 1 for a single cell.
	ColSpan int `json:"col_span,omitempty" toml:"cols"`
	RowSpan int `json:"row_span,omitempty" toml:"rows"`
	// Field is the data field the text comes from ("units[3].name"), as
	// Block.Field; empty for computed figures and fixed headings.
	Field string `json:"field,omitempty" toml:"field"`
}

// Span returns the cell's column and row spans, at least 1 each.
func (c Cell) Span() (cols, rows int) {
	cols, rows = c.ColSpan, c.RowSpan
	if cols < 1 {
		cols = 1
	}
	if rows < 1 {
		rows = 1
	}
	return cols, rows
}
