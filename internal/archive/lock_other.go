//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package archive

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"time"
)

// staleLock is the age past which a lock file is taken to be left by a
// killed run: no archive run holds its lock that long.
const staleLock = 10 * time.Minute

// tryLock creates the lock file at path exclusively, with the process id
// in it, and removes it to unlock. A lock file older than staleLock was
// left by a run that was killed and is removed.
func tryLock(path string) (unlock func(), busy bool, err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(path)
		}
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	f.Close()
	return func() { os.Remove(path) }, false, nil
}

// tryReadLock is busy while the lock file exists and is not stale.
func tryReadLock(path string) (unlock func(), busy bool, err error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return func() {}, false, nil
	case err != nil:
		return nil, false, err
	case time.Since(fi.ModTime()) > staleLock:
		return func() {}, false, nil
	}
	return nil, true, nil
}
