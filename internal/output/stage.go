package output

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// staged holds the temporary files of this process that are not yet in
// place, so that RemoveStaged can take them away when the process must stop
// at once.
var staged sync.Map // path → struct{}

// stagedMu is held, shared, while a temporary file is created and
// registered, and held alone by RemoveStaged, which then refuses new ones:
// no file is created that RemoveStaged does not see.
var (
	stagedMu sync.RWMutex
	stopped  bool
)

// register runs create, which makes a temporary file and returns its name,
// and records the file in staged; after RemoveStaged it creates nothing
// and fails with ErrStopped.
func register(create func() (string, error)) (string, error) {
	stagedMu.RLock()
	defer stagedMu.RUnlock()
	if stopped {
		return "", ErrStopped
	}
	name, err := create()
	if err == nil {
		staged.Store(name, struct{}{})
	}
	return name, err
}

// tmpPattern is the os.CreateTemp pattern of the temporary file of dest: it
// names this computer and process, for removeStale.
func tmpPattern(dest string) string {
	host, _ := thisHost()
	return "." + filepath.Base(dest) + ".kehoach-" + host + "-" + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// stage writes data to a new temporary file beside dest and syncs it. The
// caller renames or removes it; it stays registered until then.
func stage(dest string, data []byte) (tmp string, err error) {
	dir := filepath.Dir(dest)
	var f *os.File
	_, err = register(func() (string, error) {
		f, err = os.CreateTemp(dir, tmpPattern(dest))
		if err != nil {
			return "", err
		}
		return f.Name(), nil
	})
	if err != nil {
		return "", fmt.Errorf("create temporary file: %w", unwrapPath(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			discard(f.Name())
		}
	}()
	if err = f.Chmod(0o644); err != nil {
		return "", unwrapPath(err)
	}
	if err = fill(f, bytes.NewReader(data)); err != nil {
		return "", unwrapPath(err)
	}
	return f.Name(), nil
}

// fill writes what r holds to the file f, syncs and closes it. On
// failure f may still be open: the caller closes and removes it.
func fill(f *os.File, r io.Reader) error {
	if _, err := io.Copy(f, r); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// discard removes a temporary file and forgets it.
func discard(tmp string) {
	os.Remove(tmp)
	staged.Delete(tmp)
}

// RemoveStaged removes every temporary file this process has staged and not
// yet put in place, and makes every later write fail with ErrStopped. A
// command calls it before exiting at once on a second interrupt.
func RemoveStaged() {
	stagedMu.Lock()
	defer stagedMu.Unlock()
	stopped = true
	staged.Range(func(k, _ any) bool {
		os.Remove(k.(string))
		staged.Delete(k)
		return true
	})
}

// unwrapPath drops the *fs.PathError around err, whose path is a temporary
// file the user never named; the caller names the destination instead.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
