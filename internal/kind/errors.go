package kind

import "errors"

// Errors of reading a data file, wrapped in an *fs.PathError naming the
// file: the engine's ReadSource gives them for every data file, a plan
// that a report names included.
var (
	// ErrFolder means a data file named is a folder.
	ErrFolder = errors.New("is a folder")
	// ErrNotRegular means a data file named is a device, a pipe or a
	// socket.
	ErrNotRegular = errors.New("not a regular file")
)
