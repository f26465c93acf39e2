//go:build unix

package engine

import (
	"os"
	"syscall"
)

// fileID is a file's identity: its device and inode, as os.SameFile
// compares them.
type fileID struct {
	dev, ino uint64
}

// identity returns fi's identity, when the system gives it.
func identity(fi os.FileInfo) (fileID, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}
