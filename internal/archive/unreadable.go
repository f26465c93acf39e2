package archive

import (
	"errors"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// pdfFailure says in Vietnamese why a PDF could not be read when the
// reader was stopped, or "" when it was not: the PDF took too long, needed
// too much memory, or crashed the reader.
func pdfFailure(err error) string {
	const hostile = ": tệp có thể bị hỏng hoặc được cố ý tạo ra để gây lỗi"
	switch {
	case errors.Is(err, pdfread.ErrTimeout):
		return "đọc PDF quá lâu nên đã dừng" + hostile
	case errors.Is(err, pdfread.ErrMemory):
		return "đọc PDF cần quá nhiều bộ nhớ nên đã dừng" + hostile
	case errors.Is(err, pdfread.ErrCrashed):
		return "trình đọc PDF gặp lỗi và đã dừng" + hostile
	}
	return ""
}
