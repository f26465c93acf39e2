package output

import (
	"errors"
	"io/fs"
)

// Operations named by an Error.
const (
	// OpFolder is creating the destination's folder.
	OpFolder = "create folder"
	// OpWrite is writing the content.
	OpWrite = "write"
	// OpReplace is putting the finished file in place of the destination.
	OpReplace = "replace"
	// OpGuard is the check that the destination may be written.
	OpGuard = "guard"
)

// ErrIsFolder means a destination is an existing folder.
var ErrIsFolder = errors.New("destination is a folder")

// ErrStopped means the process is stopping at once: RemoveStaged was
// called and no file is written any more.
var ErrStopped = errors.New("stopping: no more files are written")

// ErrNotRegular means a file to be replaced is neither a regular file nor a
// symbolic link, and the file system has no links to keep it by for undo:
// it is not replaced.
var ErrNotRegular = errors.New("not a regular file")

// RollbackError means a file put in place could not be undone after a later
// file failed. Path is the destination; Kept, when not empty, is the file
// that still holds Path's former content.
type RollbackError struct {
	Path string
	Kept string
	Err  error
}

func (e *RollbackError) Error() string {
	if e.Kept != "" {
		return "cannot restore " + e.Path + " (its former content is kept in " + e.Kept + "): " + e.Err.Error()
	}
	return "cannot remove " + e.Path + " again: " + e.Err.Error()
}

func (e *RollbackError) Unwrap() error { return e.Err }

// DanglingLinkError means a destination that must not be replaced is a
// symbolic link to Target, where nothing exists: no file would be lost, but
// the link is there. It matches fs.ErrExist.
type DanglingLinkError struct {
	Target string
}

func (e *DanglingLinkError) Error() string {
	return "destination is a symbolic link to " + e.Target + ", which does not exist"
}

// Is reports whether target is fs.ErrExist.
func (e *DanglingLinkError) Is(target error) bool { return target == fs.ErrExist }

// Error is a file that could not be written. Path is the destination or the
// folder the user named, never a temporary file; Err is the cause.
type Error struct {
	Op   string
	Path string
	Err  error
}

func (e *Error) Error() string { return "output: " + e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }
