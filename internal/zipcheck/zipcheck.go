// Package zipcheck bounds a zip archive (a Word template, an Excel
// workbook) by what its directory declares, before anything is inflated:
// the number of entries, their methods, their inflated sizes, alone and
// together, and their compression ratio. archive/zip refuses to inflate an
// entry past its declared size, so the declared sizes bound what a reader
// of the archive will inflate.
package zipcheck

import (
	"archive/zip"
	"bytes"
)

// Limits bounds an archive.
type Limits struct {
	// Entries is the largest number of entries.
	Entries int
	// EntrySize is the largest inflated size of one entry, in bytes.
	EntrySize uint64
	// Total is the largest inflated size of all entries together.
	Total uint64
	// Ratio is the largest ratio of inflated to compressed size of an
	// entry larger than RatioFree: XML deflates some 5 to 20 times, a zip
	// bomb about 1000 times. Small entries cannot hurt, whatever their
	// ratio.
	Ratio, RatioFree uint64
}

// The ratio bound of every archive kehoach reads, for Limits.Ratio and
// Limits.RatioFree.
const (
	// MaxRatio is the largest ratio of inflated to compressed size of an
	// entry larger than RatioFree: XML deflates some 5 to 20 times, a zip
	// bomb about 1000 times.
	MaxRatio = 100
	// RatioFree is the inflated size below which an entry's ratio is not
	// checked.
	RatioFree = 1 << 20
)

// dirSig is the signature that starts every record of a zip's central
// directory.
var dirSig = []byte("PK\x01\x02")

// Records checks the number of entries of the archive data before
// archive/zip reads its directory and allocates one entry per record.
func (l Limits) Records(data []byte) error {
	if bytes.Count(data, dirSig) > l.Entries {
		return &Error{Err: ErrEntries}
	}
	return nil
}

// Entry checks what the directory declares of f, and adds its inflated
// size to *total, which the entries checked so far add up to.
func (l Limits) Entry(f *zip.File, total *uint64) error {
	switch {
	case f.Flags&0x1 != 0 || f.Method != zip.Store && f.Method != zip.Deflate:
		return &Error{Entry: f.Name, Err: ErrMethod}
	case f.UncompressedSize64 > l.EntrySize:
		return &Error{Entry: f.Name, Err: ErrEntrySize}
	case f.UncompressedSize64 > l.RatioFree && f.UncompressedSize64 > l.Ratio*f.CompressedSize64:
		return &Error{Entry: f.Name, Err: ErrRatio}
	}
	*total += f.UncompressedSize64
	if *total > l.Total {
		return &Error{Err: ErrTotal}
	}
	return nil
}

// Check checks the number of entries and every entry of r.
func (l Limits) Check(r *zip.Reader) error {
	if len(r.File) > l.Entries {
		return &Error{Err: ErrEntries}
	}
	var total uint64
	for _, f := range r.File {
		if err := l.Entry(f, &total); err != nil {
			return err
		}
	}
	return nil
}

// ReadLimit returns how many bytes a reader of entry f may inflate: its
// declared size, within EntrySize, left (what is left of Total) and the
// ratio bound. archive/zip fails by itself on more bytes than declared; a
// reader that reads one byte past the limit must meet the end of the entry.
func (l Limits) ReadLimit(f *zip.File, left int64) int64 {
	limit := min(int64(f.UncompressedSize64), int64(l.EntrySize), max(left, 0))
	free := int64(l.RatioFree)
	if c := int64(l.Ratio) * int64(f.CompressedSize64); limit > free && limit > c {
		limit = max(c, free)
	}
	return limit
}
