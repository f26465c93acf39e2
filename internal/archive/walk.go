package archive

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// tree is what an archive folder holds: its document folders and every
// entry that is not a folder, by path. A document folder has a manifest,
// a lock or a first version: Add locks the folder before it writes
// anything, and its first write is v1.pdf.
type tree struct {
	docs  []string               // document folders, sorted
	files map[string]fs.FileMode // path → type bits (0 for a regular file)
}

// walk lists the archive at root without following links.
func walk(root string) (*tree, error) {
	fi, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	if !fi.IsDir() {
		return nil, dataerr.List{{File: root, Message: "không phải thư mục lưu trữ (đây là một tệp)"}}
	}
	t := &tree{files: map[string]fs.FileMode{}}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		if name := d.Name(); name == ManifestName || name == lockName || name == versionFile(1) {
			t.docs = append(t.docs, filepath.Dir(path))
		}
		t.files[path] = d.Type()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	slices.Sort(t.docs)
	t.docs = slices.Compact(t.docs)
	return t, nil
}

// housekeeping reports whether the file name is one the archive keeps
// beside the versions: the lock, or a temporary file of a write that was
// interrupted (see package output), which holds nothing archived.
func housekeeping(name string) bool {
	if name == lockName {
		return true
	}
	base := strings.TrimSuffix(name, ".old")
	return strings.HasPrefix(base, ".") && strings.Contains(base, ".kehoach-") && strings.HasSuffix(base, ".tmp")
}

// Entry is one document of an archive.
type Entry struct {
	// Dir is the document's folder.
	Dir string
	// Manifest is its register.
	Manifest *Manifest
}

// List returns the documents of the archive at root, in path order. A
// manifest that cannot be used is reported in a dataerr.List after every
// document that can; the entries are returned all the same.
func List(root string) ([]Entry, error) {
	t, err := walk(root)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	var problems dataerr.List
	for _, dir := range t.docs {
		m, err := readManifest(dir, filepath.Join(dir, ManifestName))
		var de dataerr.List
		switch {
		case errors.As(err, &de):
			problems = append(problems, de...)
			continue
		case err != nil:
			return nil, err
		case m == nil:
			continue
		}
		entries = append(entries, Entry{Dir: dir, Manifest: m})
	}
	if len(problems) > 0 {
		return entries, problems
	}
	return entries, nil
}

// listReadable is List for a caller that works with the manifests it can
// read: an archive that does not exist yet holds none, and the manifests
// that cannot be read come back as problems beside the others.
func listReadable(root string) (entries []Entry, problems dataerr.List, err error) {
	entries, err = List(root)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, nil
	case errors.As(err, &problems):
		return entries, problems, nil
	}
	return entries, nil, err
}
