package batch

import (
	"os"
	"path/filepath"
)

// walker walks folders for data files, following links to folders but
// entering each folder once: a link back to a parent, or two links to the
// same folder, are walked no more than once.
type walker struct {
	visited []os.FileInfo
}

// walk calls found for every data file under dir, in name order, with the
// folder it is in; path names dir as the user sees it. A folder that cannot
// be read is passed to found as itself, with its error.
func (w *walker) walk(path, dir string, found func(path, dir string, err error)) {
	fi, err := os.Stat(path)
	if err != nil {
		found(path, dir, err)
		return
	}
	for _, v := range w.visited {
		if os.SameFile(v, fi) {
			return
		}
	}
	w.visited = append(w.visited, fi)
	entries, err := os.ReadDir(path)
	if err != nil {
		found(path, dir, err)
		return
	}
	for _, e := range entries {
		name := e.Name()
		if hidden(name) {
			continue
		}
		sub := filepath.Join(path, name)
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if target, err := os.Stat(sub); err == nil {
				isDir = target.IsDir()
			}
		}
		switch {
		case isDir:
			w.walk(sub, sub, found)
		case isData(name):
			found(sub, path, nil)
		}
	}
}
