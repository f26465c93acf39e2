package pdfread

import (
	"context"
	"fmt"
)

// Bounds of a revision analysis.
const (
	// MaxRevisions is the most revisions of one PDF analysed.
	MaxRevisions = 32
	// maxSignatures is the most signature fields read in one revision.
	maxSignatures = 16
	// maxFieldDepth bounds the walk of the form's field tree and of the
	// page tree.
	maxFieldDepth = 8
	// maxPages is the most pages described in one revision.
	maxPages = 1000
	// MaxContents is the most bytes of a signature's Contents string
	// kept; a longer one comes back cut after MaxContents+1 bytes.
	MaxContents = 256 << 10
	// maxPageStream is the most decompressed bytes read of one page's
	// content or of one of its images and forms, to fingerprint it.
	maxPageStream = 16 << 20
)

// Revisions is what each revision of a PDF holds, read as a PDF of its own.
type Revisions struct {
	// Revisions are in the order of the ends asked for.
	Revisions []Revision
}

// Revision is the PDF made of a file's bytes up to one end.
type Revision struct {
	// End is the length of the prefix read.
	End int64
	// Signatures are the form's signature fields, in tree order.
	Signatures []Signature
	// Pages describe the pages, in order; at most 1,000.
	Pages []Page
}

// Signature is one signature field and its value.
type Signature struct {
	// Field is the field's full name (T entries joined by ".").
	Field string
	// Signed is set when the field has a signature dictionary as value.
	Signed bool
	// ByteRange holds the ByteRange array's entries; BadByteRange is set
	// when it is missing, not an array or holds something other than
	// integers.
	ByteRange    []int64
	BadByteRange bool
	// Contents is the decoded Contents string, cut after MaxContents+1
	// bytes; BadContents is set when it is not a string.
	Contents    []byte
	BadContents bool
	// Time (M) and SubFilter are the dictionary's entries.
	Time, SubFilter string
}

// Page describes one page by fingerprints of what it paints.
type Page struct {
	// Content is the SHA-256 of the decompressed content streams, in
	// order, each preceded by its length; "" when the page has none.
	Content string
	// Resources is a SHA-256 over the page's fonts, images and forms:
	// their names and, for streams, their decompressed bytes.
	Resources string
	// Annotations lists the subtype of each annotation.
	Annotations []string
	// Unreadable says why the page could not be fingerprinted, or "".
	Unreadable string
}

// ReadRevisions reads each prefix data[:end] for end in ends as a PDF of
// its own, in a child process under lim, like Read. The ends must lie in
// data, in increasing order, at most MaxRevisions.
func ReadRevisions(ctx context.Context, data []byte, ends []int64, lim Limits) (*Revisions, error) {
	if len(ends) > MaxRevisions {
		return nil, fmt.Errorf("pdfread: %w: %d revisions, at most %d", ErrTooLarge, len(ends), MaxRevisions)
	}
	for i, e := range ends {
		if e <= 0 || e > int64(len(data)) || (i > 0 && e <= ends[i-1]) {
			return nil, fmt.Errorf("pdfread: revision end %d out of order or outside the file", e)
		}
	}
	resp, err := run(ctx, &request{Data: data, Limits: lim, Ends: ends, Kind: kindRevisions})
	if err != nil {
		return nil, err
	}
	if resp.Revs == nil || len(resp.Revs.Revisions) != len(ends) {
		return nil, fmt.Errorf("pdfread: %w: empty answer", ErrCrashed)
	}
	return resp.Revs, nil
}
