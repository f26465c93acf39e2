package release

import "errors"

// ErrVersion means a version is not a plain version string such as
// "v1.2.0" or "1.2.0-rc.1".
var ErrVersion = errors.New("not a version: letters, digits, '.', '+' and '-' only")

// ErrRevision means a revision is not a hexadecimal commit hash.
var ErrRevision = errors.New("not a commit hash")

// ErrNoSample means the source tree has no sample data file to pack.
var ErrNoSample = errors.New("no sample data file (*.toml)")

// ErrExists means a release file is already in the output folder.
var ErrExists = errors.New("already exists; remove it or choose another folder")
