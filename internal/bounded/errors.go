package bounded

import (
	"errors"
	"fmt"
)

// ErrTooLarge is the reason of every *SizeError.
var ErrTooLarge = errors.New("too large")

// SizeError reports a stream longer than the bound it was read under.
type SizeError struct {
	// Size is the length of the stream, when known, or -1.
	Size int64
	// Max is the bound.
	Max int64
}

func (e *SizeError) Error() string {
	if e.Size < 0 {
		return fmt.Sprintf("%v: more than %d bytes", ErrTooLarge, e.Max)
	}
	return fmt.Sprintf("%v: %d bytes, more than %d", ErrTooLarge, e.Size, e.Max)
}

// Unwrap returns ErrTooLarge.
func (e *SizeError) Unwrap() error { return ErrTooLarge }
