package pdf

import "errors"

// Errors of a document that cannot be rendered. Render wraps them with the
// place in the document they concern.
var (
	// ErrNoDocument is returned for a nil document.
	ErrNoDocument = errors.New("no document")
	// ErrGlyph is returned for text with a character that the embedded
	// fonts cannot draw (a control character, or one outside their
	// coverage).
	ErrGlyph = errors.New("character the fonts cannot draw")
	// ErrDate is returned when Meta.Date is not a YYYY-MM-DD date.
	ErrDate = errors.New("document date is not YYYY-MM-DD")
	// ErrBlockKind is returned for a body block of an unknown kind.
	ErrBlockKind = errors.New("unknown block kind")
	// ErrNoTable is returned for a table block without a table.
	ErrNoTable = errors.New("table block without a table")
	// ErrTableColumns is returned for a table without columns or with a
	// column whose width is not a positive number.
	ErrTableColumns = errors.New("table columns must have positive widths")
	// ErrTooTall is returned when one unbreakable piece of the document,
	// such as a table row, is taller than a page.
	ErrTooTall = errors.New("taller than a page")
	// ErrFigureTooWide is returned when a figure of a table cannot fit on
	// one line even in the widest column the table can give it.
	ErrFigureTooWide = errors.New("figure wider than its table allows")
	// ErrFont is returned when an embedded font cannot be loaded.
	ErrFont = errors.New("embedded font cannot be loaded")
	// ErrInfoDates is returned when the date entries of an undated
	// document's Info dictionary are not where fpdf writes them, so that
	// they cannot be blanked.
	ErrInfoDates = errors.New("info dictionary dates not found once")
)
