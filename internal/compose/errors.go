package compose

import "errors"

// Errors of a template that does not describe a valid document.
var (
	// ErrBlockKind: a body block has a kind the model does not know.
	ErrBlockKind = errors.New("unknown block kind")
	// ErrNoClosing: the body has no paragraph or list item to end with "./.".
	ErrNoClosing = errors.New("no text to close the body")
)
