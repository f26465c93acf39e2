// Package output writes generated files safely. Every file is staged in a
// temporary file beside its destination, synced, and renamed into place only
// when it is complete, so that a failed or interrupted run never leaves a
// partial file. WriteAll lands a set of files together: when it returns an
// error, none of them has changed. A crash while it puts the files in place
// (SIGKILL, power loss) may leave some of them new and the others old, each
// one whole.
//
// Temporary files are named ".<name>.kehoach-<host>-<pid>-<random>.tmp",
// <host> a tag of the computer's name. A run that was killed (SIGKILL, power
// loss) may leave one behind; the next write into the same folder from the
// same computer removes those whose process is gone, and never a file of
// another computer sharing the folder.
//
// Hard links keep a replaced file until every file is in place; where the
// file system has none (FAT, exFAT, some network shares), a copy does. An
// exclusive file is then renamed in place by a rename that never replaces;
// only where the system has no such rename either is it created and written
// in place, and a crash while it is written may leave it partial.
package output

import (
	"bytes"
	"io"
)

// File is one file to write: its destination and its whole content.
type File struct {
	Path string
	Data []byte
	// Exclusive refuses to replace an existing file at Path: the write
	// fails with an error matching fs.ErrExist and the old file stays.
	Exclusive bool
}

// WriteFile creates or replaces path with the bytes that write produces.
// Nothing is left at path, nor beside it, when write fails.
func WriteFile(path string, write func(w io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return &Error{Op: OpWrite, Path: path, Err: err}
	}
	return WriteAll([]File{{Path: path, Data: buf.Bytes()}}, nil)
}
