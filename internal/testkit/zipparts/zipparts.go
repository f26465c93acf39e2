// Package zipparts reads and rewrites the entries of a zip archive (a Word
// document, a workbook, a release archive), for the tests of every package.
package zipparts

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"time"
)

// Part is one entry of an archive.
type Part struct {
	Name     string
	Mode     fs.FileMode
	Modified time.Time
	Data     []byte
}

// Read returns the entries of the zip archive data, in their order.
func Read(data []byte) ([]Part, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("zipparts: %w", err)
	}
	out := make([]Part, 0, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("zipparts: %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("zipparts: %s: %w", f.Name, err)
		}
		out = append(out, Part{Name: f.Name, Mode: f.Mode(), Modified: f.Modified, Data: b})
	}
	return out, nil
}

// Map returns the entries of the zip archive data by name.
func Map(data []byte) (map[string][]byte, error) {
	ps, err := Read(data)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(ps))
	for _, p := range ps {
		out[p.Name] = p.Data
	}
	return out, nil
}

// Edit returns a copy of the zip archive data, deflated, whose entries are
// those of data in their order, each with the content edit returns for it
// (its name and content); an error of edit stops the copy.
func Edit(data []byte, edit func(name string, content []byte) ([]byte, error)) ([]byte, error) {
	ps, err := Read(data)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range ps {
		b, err := edit(p.Name, p.Data)
		if err != nil {
			return nil, fmt.Errorf("zipparts: %s: %w", p.Name, err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.Name, Method: zip.Deflate, Modified: p.Modified})
		if err != nil {
			return nil, fmt.Errorf("zipparts: %w", err)
		}
		if _, err := w.Write(b); err != nil {
			return nil, fmt.Errorf("zipparts: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("zipparts: %w", err)
	}
	return out.Bytes(), nil
}
