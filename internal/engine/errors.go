package engine

import (
	"errors"

	"github.com/kehoach/kehoach/internal/kind"
)

// ErrFormat is an output format kehoach does not write.
var ErrFormat = errors.New("unknown output format")

// FormatError is a format name that is not one of Formats.
type FormatError struct {
	Name string
}

func (e *FormatError) Error() string { return "engine: " + ErrFormat.Error() + " " + e.Name }

// Unwrap returns ErrFormat.
func (e *FormatError) Unwrap() error { return ErrFormat }

// ErrInput means an output would replace one of the files read to make it
// (a data file or the Word template).
var ErrInput = errors.New("output would replace an input")

// TemplateError is a Word template that cannot be used.
type TemplateError struct {
	// Embedded is true for the template built into kehoach.
	Embedded bool
	Err      error
}

func (e *TemplateError) Error() string { return "word template: " + e.Err.Error() }

func (e *TemplateError) Unwrap() error { return e.Err }

// Errors of ReadSource, wrapped in an *fs.PathError naming the file.
var (
	// ErrFolder means a data file named is a folder.
	ErrFolder = kind.ErrFolder
	// ErrNotRegular means a data file named is a device, a pipe or a
	// socket.
	ErrNotRegular = kind.ErrNotRegular
)

// ErrPlanPDF means a document names a plan's PDF where only data files
// are read (Options.ReadPlan is not set).
var ErrPlanPDF = errors.New("plan pdf not readable here")

// PlanPDFError is a plan's PDF named where only data files are read.
type PlanPDFError struct {
	Path string
}

func (e *PlanPDFError) Error() string { return "engine: " + e.Path + ": " + ErrPlanPDF.Error() }

// Unwrap returns ErrPlanPDF.
func (e *PlanPDFError) Unwrap() error { return ErrPlanPDF }
