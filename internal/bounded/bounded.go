// Package bounded reads a whole stream or file from outside, holding no
// more of it than a bound: every file kehoach reads may be hostile, so its
// size is bounded before it is parsed.
package bounded

import (
	"io"
	"os"
)

// Read reads r to its end when it holds at most max bytes. It never reads
// more than max+1 bytes: a longer stream returns those bytes and a
// *SizeError, so that a caller that refuses the data later, by its length,
// may still have it.
func Read(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return data, err
	}
	if int64(len(data)) > max {
		return data, &SizeError{Size: -1, Max: max}
	}
	return data, nil
}

// ReadFile reads the file f with Read. The *SizeError of a regular file
// longer than max tells its size.
func ReadFile(f *os.File, max int64) ([]byte, error) {
	data, err := Read(f, max)
	if se, ok := err.(*SizeError); ok {
		if fi, serr := f.Stat(); serr == nil && fi.Mode().IsRegular() && fi.Size() > max {
			se.Size = fi.Size()
		}
	}
	return data, err
}
