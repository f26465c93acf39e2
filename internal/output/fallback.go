package output

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Where a file system has no hard links (FAT and exFAT, some network
// shares), the writer does without them and keeps its promises: an
// exclusive file never replaces a file created meanwhile, a replaced file
// is kept until every file is in place, and a failed write leaves every
// destination as it was.

// createExclusive puts the staged file tmp, holding data, at dest when dest
// cannot be linked to it, and fails with an error matching fs.ErrExist when
// dest exists. It renames tmp without replacing where the system can
// (renameExclusive), and otherwise creates dest exclusively and writes data
// to it, removing it again when that fails.
func createExclusive(tmp, dest string, data []byte) error {
	err := renameExclusive(tmp, dest)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	return createCopy(dest, data)
}

// createCopy creates dest, which must not exist, and writes data to it. While
// it is being written, dest is registered as staged, so that RemoveStaged
// takes away a partial file.
func createCopy(dest string, data []byte) (err error) {
	var f *os.File
	_, err = register(func() (string, error) {
		f, err = os.OpenFile(dest, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		return dest, err
	})
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			discard(dest) // created above: ours to remove
			return
		}
		staged.Delete(dest)
	}()
	return fill(f, bytes.NewReader(data))
}

// keep keeps the existing file dest, described by fi, under the new name
// backup, for undo: a hard link where the file system has them, else a
// copy of it. A symbolic link is kept as a link to the same target (some
// systems' links follow it). backup is registered as staged.
func keep(dest string, fi os.FileInfo, backup string) (string, error) {
	return register(func() (string, error) {
		if fi.Mode()&fs.ModeSymlink != 0 {
			return backup, copyFile(dest, fi, backup)
		}
		err := link(dest, backup)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			err = copyFile(dest, fi, backup)
		}
		return backup, err
	})
}

// copyFile copies src, described by fi, to dst, which must not exist; on
// failure nothing is left at dst.
func copyFile(src string, fi os.FileInfo, dst string) (err error) {
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("keep %s: %w", fi.Mode().Type(), ErrNotRegular)
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fi.Mode().Perm())
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			out.Close()
			os.Remove(dst)
		}
	}()
	return fill(out, in)
}

// copyOver writes the content of src over the file dst, for an undo whose
// rename failed.
func copyOver(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if err = fill(out, in); err != nil {
		out.Close()
	}
	return err
}
