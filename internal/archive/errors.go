package archive

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"time"

	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// ErrNoSource means a PDF carries no data file: it was not made by the
// archive.
var ErrNoSource = errors.New("pdf has no embedded data file")

// BusyError means another run held a document's lock longer than Add
// would wait.
type BusyError struct {
	Dir  string
	Wait time.Duration
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("archive: lock %s: still held by another run after %s", e.Dir, e.Wait)
}

// Vietnamese says what happened, for the user.
func (e *BusyError) Vietnamese() string {
	return fmt.Sprintf("thư mục %s đang được một lần lưu khác dùng; đã chờ %s mà chưa xong, hãy thử lại sau", e.Dir, e.Wait)
}

// ErrReason means the reason given for a version cannot be recorded.
var ErrReason = errors.New("bad reason")

// ErrTwoSources means a PDF embeds more than one data file.
var ErrTwoSources = errors.New("pdf embeds more than one data file")

// ErrTooManyPlans means a PDF embeds more plans than a document is built
// from (maxPlans).
var ErrTooManyPlans = errors.New("pdf embeds too many plans")

// ErrPlanName means a PDF embeds a plan under a name that planAttachment
// never gives, one that could name a file outside a folder.
var ErrPlanName = errors.New("pdf embeds a plan under a bad name")

// ErrChecksum means an embedded file does not match the checksum stored
// with it.
var ErrChecksum = errors.New("embedded file does not match its checksum")

// SizeError is a file larger than the archive reads.
type SizeError struct {
	What      string // what the file is, in Vietnamese
	Size, Max int64
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("file too large: %d bytes, at most %d", e.Size, e.Max)
}

// Vietnamese says what is too large, for the user: "tệp dữ liệu nhúng lớn
// hơn giới hạn 1 MiB (1.048.576 byte)". A Size of Max and one is all a
// bounded read knows of a larger file, so no size is given then.
func (e *SizeError) Vietnamese() string {
	limit := fmt.Sprintf("giới hạn %d MiB (%s byte)", e.Max>>20, vnfmt.Int(int(e.Max)))
	if e.Max%(1<<20) != 0 {
		limit = fmt.Sprintf("giới hạn %s byte", vnfmt.Int(int(e.Max)))
	}
	if e.Size > e.Max+1 {
		return fmt.Sprintf("%s dài %s byte, lớn hơn %s", e.What, vnfmt.Int(int(min(e.Size, math.MaxInt))), limit)
	}
	return e.What + " lớn hơn " + limit
}

// reason says in Vietnamese why an archived PDF or the data file it
// carries cannot be read: known causes in words of their own; a cause
// found by the PDF library is said to be a damaged PDF, with the library's
// own words as detail.
func reason(err error) string {
	var size *SizeError
	switch {
	case errors.As(err, &size):
		return size.Vietnamese()
	case errors.Is(err, ErrTwoSources):
		return "PDF nhúng hơn một tệp dữ liệu .toml của văn bản, bản lưu trữ của kehoach chỉ nhúng một"
	case errors.Is(err, ErrPlanName):
		return "PDF nhúng một kế hoạch dưới tên tệp không hợp lệ (có dấu /, \\, : hoặc ký tự điều khiển)"
	case errors.Is(err, ErrTooManyPlans):
		return fmt.Sprintf("PDF nhúng hơn %d kế hoạch, bản lưu trữ của kehoach không nhúng nhiều như vậy", maxPlans)
	}
	return "PDF hỏng hoặc không đúng cấu trúc (chi tiết: " + err.Error() + ")"
}

// writeError says that the archive could not make a folder or file of its
// own, op being output.OpFolder or output.OpWrite: the same error as any
// document that cannot be written, naming the path that failed rather than
// an operation of the file system, so that it is not taken for an input
// that cannot be read.
func writeError(op string, err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return &output.Error{Op: op, Path: pathErr.Path, Err: pathErr.Err}
	}
	return err
}
