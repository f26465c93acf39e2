package archive

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"github.com/gofrs/flock"
)

// tryLock takes an exclusive lock on the file at path, creating it. The
// lock is the operating system's (flock on Unix, LockFileEx on Windows),
// which the system releases when its process ends, however it ends, so a
// killed run never leaves a stale lock. The file itself stays: removing it
// would let two runs lock two different files. A link in its place is not
// followed where the system can refuse it.
func tryLock(path string) (unlock func(), busy bool, err error) {
	f := flock.New(path, flock.SetFlag(os.O_RDONLY|os.O_CREATE|noFollow), flock.SetPermissions(0o644))
	return try(f, f.TryLock)
}

// tryReadLock takes a shared lock on the file at path, when there is one:
// a folder without a lock file was never written by Add.
func tryReadLock(path string) (unlock func(), busy bool, err error) {
	f := flock.New(path, flock.SetFlag(os.O_RDONLY|noFollow))
	unlock, busy, err = try(f, f.TryRLock)
	if errors.Is(err, fs.ErrNotExist) {
		return func() {}, false, nil
	}
	return unlock, busy, err
}

// try calls lock, one of f's TryLock methods, once.
func try(f *flock.Flock, lock func() (bool, error)) (unlock func(), busy bool, err error) {
	locked, err := lock()
	if errors.Is(err, syscall.EINTR) {
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	if !locked {
		return nil, true, nil
	}
	return func() { f.Close() }, false, nil
}
