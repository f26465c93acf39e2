// Package docxpack assembles an Office Open XML package (a .docx file) from
// its parts, kept unpacked as separate files so that they can be reviewed in
// diffs. The same parts always give the same bytes.
package docxpack

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// The parts that open every package, in this order: readers that sniff the
// format look for the content types first.
const (
	// ContentTypes is the part that maps every part to its content type.
	ContentTypes = "[Content_Types].xml"
	// PackageRels is the part that points to the main document.
	PackageRels = "_rels/.rels"
)

// ErrMissingPart is returned when the parts lack ContentTypes or PackageRels.
var ErrMissingPart = errors.New("required part missing")

// dosDate1980 is 1980-01-01 as an MS-DOS date (year 0 from 1980, month 1,
// day 1), the earliest valid one; the time of day is 00:00:00, zero.
const dosDate1980 = 0<<9 | 1<<5 | 1

// Pack returns a .docx holding every file of fsys as a part named by its
// path. ContentTypes comes first, then PackageRels, then the other parts
// sorted by path. Every entry is deflated and stamped 1980-01-01 00:00:00,
// with no extra field and no comment, so that the result depends only on the
// parts (and on the compress/flate of the Go release that packs them).
// Parts named *.xml or *.rels must be well-formed XML.
func Pack(fsys fs.FS) ([]byte, error) {
	names, err := partNames(fsys)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		if err := addPart(zw, fsys, name); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docxpack: %w", err)
	}
	return buf.Bytes(), nil
}

// partNames lists the files of fsys in package order.
func partNames(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			names = append(names, name)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("docxpack: %w", err)
	}
	for _, must := range []string{ContentTypes, PackageRels} {
		if !slices.Contains(names, must) {
			return nil, fmt.Errorf("docxpack: part %s: %w", must, ErrMissingPart)
		}
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := rank(a) - rank(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return names, nil
}

// rank orders ContentTypes before PackageRels before every other part.
func rank(name string) int {
	switch name {
	case ContentTypes:
		return 0
	case PackageRels:
		return 1
	}
	return 2
}

// addPart checks the part called name and writes it to zw.
func addPart(zw *zip.Writer, fsys fs.FS, name string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("docxpack: part %s: %w", name, err)
	}
	if isXML(name) {
		if err := checkXML(data); err != nil {
			return fmt.Errorf("docxpack: part %s: %w", name, err)
		}
	}
	// The time goes in the MS-DOS fields directly: setting
	// FileHeader.Modified would make archive/zip add an extended-timestamp
	// extra field to every entry.
	hdr := &zip.FileHeader{Name: name, Method: zip.Deflate}
	//lint:ignore SA1019 the MS-DOS field alone: Modified would add an extra field.
	hdr.ModifiedDate = dosDate1980
	w, err := zw.CreateHeader(hdr)
	if err != nil {
		return fmt.Errorf("docxpack: part %s: %w", name, err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("docxpack: part %s: %w", name, err)
	}
	return nil
}
