package zipcheck

import (
	"errors"
	"fmt"
)

// The problems an archive may have, wrapped in an *Error.
var (
	ErrEntries   = errors.New("too many entries")
	ErrMethod    = errors.New("entry encrypted or compressed by an unsupported method")
	ErrEntrySize = errors.New("entry too large inflated")
	ErrRatio     = errors.New("entry compressed too much: a zip bomb")
	ErrTotal     = errors.New("entries too large inflated together")
)

// Error is a problem of an archive; Entry names the entry when the problem
// is one entry's.
type Error struct {
	Entry string
	Err   error
}

func (e *Error) Error() string {
	if e.Entry == "" {
		return "zip: " + e.Err.Error()
	}
	return fmt.Sprintf("zip: %s: %v", e.Entry, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
