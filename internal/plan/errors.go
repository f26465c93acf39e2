package plan

import "errors"

// Errors returned by ParseDate.
var (
	// ErrDateFormat means the text is not in the form "dd/mm/yyyy".
	ErrDateFormat = errors.New("not in the form dd/mm/yyyy")
	// ErrDateImpossible means the text has the right form but names a day
	// that does not exist, such as 31/4 or 29/2 of a common year.
	ErrDateImpossible = errors.New("no such day")
)
