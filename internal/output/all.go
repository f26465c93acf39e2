package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Guard is asked about each existing destination before anything is put in
// place; an error refuses the whole write. A caller uses it to protect the
// files it read (a data file, a template) by their identity, whatever path
// names them.
type Guard func(dest string, existing os.FileInfo) error

// WriteAll writes every file or, when it returns an error, none. All files
// are staged and synced first; then every existing destination is checked (a
// folder is refused, guard is asked, an Exclusive file must not exist); only
// then are they put in place. If putting one in place fails, those already
// in place are rolled back to their former content. A crash while they are
// put in place is not rolled back: some files may be new and others old,
// each one whole. guard may be nil.
func WriteAll(files []File, guard Guard) (err error) {
	tmps := make([]string, len(files))
	defer func() {
		for _, t := range tmps {
			if t != "" {
				discard(t)
			}
		}
	}()
	for i, f := range files {
		dir := filepath.Dir(f.Path)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &Error{Op: OpFolder, Path: dir, Err: unwrapPath(err)}
		}
		removeStale(dir)
		if tmps[i], err = stage(f.Path, f.Data); err != nil {
			return &Error{Op: OpWrite, Path: f.Path, Err: err}
		}
	}
	for _, f := range files {
		fi, err := os.Lstat(f.Path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return &Error{Op: OpReplace, Path: f.Path, Err: unwrapPath(err)}
		case fi.IsDir():
			return &Error{Op: OpReplace, Path: f.Path, Err: ErrIsFolder}
		case f.Exclusive:
			return &Error{Op: OpReplace, Path: f.Path, Err: existing(f.Path, fi)}
		}
		if guard != nil {
			if err := guard(f.Path, fi); err != nil {
				return &Error{Op: OpGuard, Path: f.Path, Err: err}
			}
		}
	}
	var placed []placement
	for i, f := range files {
		p, err := place(tmps[i], f)
		if err != nil {
			for j := len(placed) - 1; j >= 0; j-- {
				if rerr := placed[j].undo(); rerr != nil {
					err = errors.Join(err, rerr)
				}
			}
			return &Error{Op: OpReplace, Path: f.Path, Err: err}
		}
		tmps[i] = ""
		placed = append(placed, p)
	}
	for _, p := range placed {
		p.done()
	}
	syncDirs(files)
	return nil
}

// rename puts a staged file in place, and a former file back when a write
// is rolled back; link keeps a former file, or puts an exclusive file in
// place; renameExclusive puts an exclusive file in place without links.
// Variables so that a test can make them fail.
var (
	rename          = os.Rename
	link            = os.Link
	renameExclusive = renameExclusiveSys
)

// existing is why the existing destination path, described by fi, is not
// replaced: fs.ErrExist, or a *DanglingLinkError when path is a symbolic
// link to nothing.
func existing(path string, fi os.FileInfo) error {
	if fi.Mode()&fs.ModeSymlink != 0 {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			target, _ := os.Readlink(path)
			return &DanglingLinkError{Target: target}
		}
	}
	return fs.ErrExist
}

// placement is a file put in place, with what it takes to undo it.
type placement struct {
	dest string
	// backup holds the former file that was replaced; "" when there was
	// none.
	backup string
}

// place puts the staged file tmp, holding f.Data, at f.Path.
//
// An exclusive file is linked, so that a file created meanwhile is never
// replaced; where the file system has no links, it is renamed without
// replacing, or else created exclusively and written. Any other file first
// keeps the file it replaces for undo (a link, or else a copy); when the
// former file cannot be kept, nothing is replaced and place fails.
func place(tmp string, f File) (placement, error) {
	p := placement{dest: f.Path}
	if f.Exclusive {
		err := link(tmp, f.Path)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			err = createExclusive(tmp, f.Path, f.Data)
		}
		if err != nil {
			return p, unwrapLink(err)
		}
		discard(tmp)
		return p, nil
	}
	fi, err := os.Lstat(f.Path)
	switch {
	case err == nil:
		if p.backup, err = keep(f.Path, fi, tmp+".old"); err != nil {
			return p, unwrapLink(err)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return p, unwrapPath(err)
	}
	if err := rename(tmp, f.Path); err != nil {
		p.done()
		return p, unwrapLink(err)
	}
	staged.Delete(tmp)
	return p, nil
}

// undo restores the former file, or removes the new one when there was
// none. When the former file cannot be renamed back, its content is copied
// over the new one; when that fails too, the former file is left where it
// was kept and the *RollbackError names it.
func (p placement) undo() error {
	if p.backup == "" {
		if err := os.Remove(p.dest); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return &RollbackError{Path: p.dest, Err: unwrapPath(err)}
		}
		return nil
	}
	err := rename(p.backup, p.dest)
	if err == nil {
		staged.Delete(p.backup)
		return nil
	}
	if copyOver(p.backup, p.dest) == nil {
		discard(p.backup)
		return nil
	}
	staged.Delete(p.backup) // it holds the former content: never removed
	return &RollbackError{Path: p.dest, Kept: p.backup, Err: unwrapLink(err)}
}

// done forgets the former file.
func (p placement) done() {
	if p.backup != "" {
		discard(p.backup)
	}
}

// unwrapLink drops the *os.LinkError around err, which names the temporary
// file.
func unwrapLink(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return unwrapPath(err)
}

// syncDirs syncs the folders written into, so that the new names survive a
// power loss. Failures are ignored: not every file system syncs folders.
func syncDirs(files []File) {
	seen := map[string]bool{}
	for _, f := range files {
		dir := filepath.Dir(f.Path)
		if seen[dir] {
			continue
		}
		seen[dir] = true
		if d, err := os.Open(dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
}
