//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package archive

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// tryLock takes an exclusive flock on the file at path, creating it. The
// kernel releases the lock when its process ends, however it ends, so a
// killed run never leaves a stale lock. The file itself stays: removing it
// would let two runs lock two different files. A link in its place is not
// followed.
func tryLock(path string) (unlock func(), busy bool, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, 0o644)
	if err != nil {
		return nil, false, err
	}
	return flock(f, syscall.LOCK_EX)
}

// tryReadLock takes a shared flock on the file at path, when there is one:
// a folder without a lock file was never written by Add.
func tryReadLock(path string) (unlock func(), busy bool, err error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return func() {}, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return flock(f, syscall.LOCK_SH)
}

// flock locks f in mode without waiting; f is closed unless locked.
func flock(f *os.File, mode int) (unlock func(), busy bool, err error) {
	if err := syscall.Flock(int(f.Fd()), mode|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR) {
			return nil, true, nil
		}
		return nil, false, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, false, nil
}
