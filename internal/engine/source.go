package engine

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// MaxSourceSize is the largest data file kehoach reads, in bytes. A district's
// plan takes about 10 KB; the bound keeps a hostile file from reaching the
// parser at all.
const MaxSourceSize = 1 << 20

// ReadSource reads the data file at path, named by path in messages, with
// its identity (for Inputs). Only a regular file of at most MaxSourceSize
// bytes is read: a folder, a device or a pipe is refused before reading.
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
	data, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return Source{}, nil, fmt.Errorf("engine: %w", &os.PathError{Op: "read", Path: path, Err: err})
	}
	if len(data) > MaxSourceSize {
		return Source{}, nil, &os.PathError{Op: "read", Path: path, Err: ErrTooLarge}
	}
	return Source{Name: path, Data: data}, fi, nil
}

// readable refuses what ReadSource does not read: a folder, anything but
// a regular file, a file over MaxSourceSize.
func readable(path string, fi os.FileInfo) error {
	switch {
	case fi.IsDir():
		return &os.PathError{Op: "read", Path: path, Err: ErrFolder}
	case !fi.Mode().IsRegular():
		return &os.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	case fi.Size() > MaxSourceSize:
		return &os.PathError{Op: "read", Path: path, Err: ErrTooLarge}
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
