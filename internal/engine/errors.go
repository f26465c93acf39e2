package engine

import "errors"

// ErrFormat is an output format kehoach does not write.
var ErrFormat = errors.New("unknown output format")

// KeepError is a build that would write over a file it must keep.
type KeepError struct {
	Path string
}

func (e *KeepError) Error() string {
	return "build: refusing to write over " + e.Path
}
