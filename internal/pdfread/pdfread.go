// Package pdfread reads what a PDF from outside carries (its embedded
// files and the Info entries kehoach writes) without letting the PDF take
// the program down.
//
// A PDF is parsed by github.com/ledongthuc/pdf, which loops for ever on
// some crafted cross-reference tables and allocates without bound on
// others. Read therefore parses in a child process: the running program,
// started again with childEnv set, which this package's init turns into a
// reader of one PDF (so the kehoach binary and every test binary that
// imports the package serve it). The PDF goes to the child on its standard
// input and what it carries comes back on its standard output. The child
// runs under a wall-clock limit and a memory limit, and is killed at once
// when the caller's context is done.
//
// ReadRevisions asks the child a second kind of question: for each
// revision of a signed PDF (each prefix of the file that ends at one of
// its "%%EOF" markers), its signature fields and fingerprints of what its
// pages paint, which package signed judges.
package pdfread

import (
	"time"
)

// Default limits of one read.
const (
	// DefaultTimeout is how long a PDF may take to read; kehoach's own
	// PDFs take a few milliseconds.
	DefaultTimeout = 10 * time.Second
	// DefaultMemory is the memory the child may use, beyond what the Go
	// runtime holds when it starts.
	DefaultMemory = 1 << 30
	// defaultMaxFile is the most bytes read of one embedded file.
	defaultMaxFile = 1 << 20
	// MaxInput is the largest PDF that Read takes.
	MaxInput = 64 << 20
	// maxFiles is the most embedded files read from one PDF.
	maxFiles = 16
	// maxNameTreeDepth bounds the walk of the EmbeddedFiles name tree.
	maxNameTreeDepth = 8
	// maxText is the most bytes kept of an Info entry.
	maxText = 64 << 10
	// maxPageCount is the largest page count believed.
	maxPageCount = 100_000
)

// Limits bound one read; a zero field takes its default.
type Limits struct {
	// Timeout is the wall-clock time the read may take (DefaultTimeout).
	Timeout time.Duration
	// Memory is the memory the child may use, in bytes (DefaultMemory).
	Memory int64
	// MaxFile is the most bytes read of one embedded file; a longer one
	// comes back with its first MaxFile+1 bytes and TooLarge set
	// (1 MiB).
	MaxFile int64
}

// withDefaults returns l with its zero fields set to their defaults.
func (l Limits) withDefaults() Limits {
	if l.Timeout <= 0 {
		l.Timeout = DefaultTimeout
	}
	if l.Memory <= 0 {
		l.Memory = DefaultMemory
	}
	if l.MaxFile <= 0 {
		l.MaxFile = defaultMaxFile
	}
	return l
}

// Document is what a PDF carries beyond its pages.
type Document struct {
	// Keywords and Producer are the Info dictionary's entries.
	Keywords, Producer string
	// Pages is the page count the page tree gives, 0 when it gives none
	// that can be one (negative, or more than maxPageCount).
	Pages int
	// Files are the embedded files of the EmbeddedFiles name tree, in
	// tree order, at most 16.
	Files []File
}

// File is one embedded file.
type File struct {
	// Name is the file specification's UF entry, or F when UF is empty.
	Name string
	// Data is the decompressed content, cut after Limits.MaxFile+1 bytes.
	Data []byte
	// TooLarge is set when the content is longer than Limits.MaxFile.
	TooLarge bool
	// CheckSum is the MD5 sum stored with the file, nil when none.
	CheckSum []byte
	// NotStream is set when the specification names no file stream.
	NotStream bool
}
