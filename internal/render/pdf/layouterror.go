package pdf

import "fmt"

// LayoutError is a document that cannot be laid out on A4 pages: a piece
// that must not be split is taller than a page, or a figure is wider than
// its table allows. Its message, in Vietnamese, is for the user.
type LayoutError struct {
	// Field is the data field whose text does not fit ("units[3].name"),
	// from the document element's Field; empty when unknown.
	Field string
	// What names the part of the document, for developers ("body block 12:
	// table row 3").
	What string
	// Reason says in Vietnamese what does not fit.
	Reason string
	// Err is ErrTooTall or ErrFigureTooWide.
	Err error
}

// Error returns the user's message: "không dàn trang được: trường
// units[3].name: hàng của bảng cao 412 mm, …".
func (e *LayoutError) Error() string {
	msg := "không dàn trang được: "
	if e.Field != "" {
		msg += "trường " + e.Field + ": "
	}
	return msg + e.Reason
}

// Unwrap returns the sentinel error.
func (e *LayoutError) Unwrap() error { return e.Err }

// tooTall returns the error for box b, alone taller than page n can hold.
func tooTall(b *box, n int) *LayoutError {
	part := "đoạn văn bản"
	if b.table != nil {
		part = "hàng của bảng"
	}
	return &LayoutError{Field: b.field, What: b.what, Err: ErrTooTall,
		Reason: fmt.Sprintf("%s cao %.0f mm, vượt chiều cao vùng in của trang %d (%.0f mm)",
			part, b.h, n, bodyBottom-marginTop)}
}

// DataField returns Field: the engine reports the error as a problem of
// that field of the data file.
func (e *LayoutError) DataField() string { return e.Field }

// Vietnamese returns the message without the field, which the data error
// names on its own.
func (e *LayoutError) Vietnamese() string { return "không dàn trang được: " + e.Reason }
