//go:build !unix

package engine

import "os"

// fileID is a file's identity; without one from the system, files are
// compared with os.SameFile.
type fileID struct{}

// identity reports that the system gives no identity.
func identity(os.FileInfo) (fileID, bool) { return fileID{}, false }
