package engine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/bounded"
	"github.com/kehoach/kehoach/internal/load"
)

// ReadSource reads the data file at path, named by path in messages, with
// its identity (for Inputs). Only a regular file is read, a folder, a
// device or a pipe is refused before reading. A file longer than
// load.MaxFileSize is refused as a data error that gives its size, without
// being read; no more than one byte past the bound is ever read, should the
// file grow meanwhile.
func ReadSource(path string) (Source, os.FileInfo, error) {
	// Look before opening: opening a pipe would wait for a writer.
	if fi, err := os.Stat(path); err != nil {
		return Source{}, nil, fmt.Errorf("engine: %w", err)
	} else if err := readable(path, fi); err != nil {
		return Source{}, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return Source{}, nil, fmt.Errorf("engine: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Source{}, nil, fmt.Errorf("engine: %w", err)
	}
	if err := readable(path, fi); err != nil {
		return Source{}, nil, err
	}
	if fi.Size() > load.MaxFileSize {
		return Source{}, nil, load.TooLarge(path, fi.Size())
	}
	data, err := bounded.Read(f, load.MaxFileSize)
	if errors.Is(err, bounded.ErrTooLarge) {
		return Source{}, nil, load.TooLarge(path, -1)
	}
	if err != nil {
		return Source{}, nil, fmt.Errorf("engine: %w", &os.PathError{Op: "read", Path: path, Err: err})
	}
	return Source{Name: path, Data: data}, fi, nil
}

// readable refuses what ReadSource does not read: a folder, anything but
// a regular file.
func readable(path string, fi os.FileInfo) error {
	switch {
	case fi.IsDir():
		return &os.PathError{Op: "read", Path: path, Err: ErrFolder}
	case !fi.Mode().IsRegular():
		return &os.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	return nil
}

// OutputName is the base name of the files built from the data file at
// path: its name without folder and extension (data/cam-lo-2021.toml →
// cam-lo-2021).
func OutputName(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
