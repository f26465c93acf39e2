package pdfread

import "errors"

// ErrMalformed means the PDF could not be parsed; the error wrapping it
// gives the parser's words.
var ErrMalformed = errors.New("malformed pdf")

// ErrTimeout means the PDF took longer to read than Limits.Timeout.
var ErrTimeout = errors.New("pdf read took too long")

// ErrMemory means reading the PDF needed more memory than Limits.Memory,
// as the reading process said before it ended. A process refused memory
// may also crash without saying so: that is ErrCrashed.
var ErrMemory = errors.New("pdf read needed too much memory")

// ErrCrashed means the reading process ended without an answer.
var ErrCrashed = errors.New("pdf reader crashed")

// ErrTooLarge means the PDF is larger than MaxInput.
var ErrTooLarge = errors.New("pdf too large")
