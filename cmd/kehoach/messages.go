package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/render/docx"
)

// TemplateError is a Word template that kehoach cannot fill; Path is the
// file the clerk passed, empty for the embedded template.
type TemplateError struct {
	Path string
	Err  error
}

func (e *TemplateError) Error() string { return "template " + e.Path + ": " + e.Err.Error() }

func (e *TemplateError) Unwrap() error { return e.Err }

// describe says in Vietnamese what went wrong; errors kehoach does not know
// are shown as they are.
func describe(err error) string {
	var (
		tmplErr  *TemplateError
		phErr    *docx.PlaceholderError
		outErr   *output.Error
		zipErr   *docx.ArchiveError
		pathErr  *fs.PathError
		template = "mẫu Word có sẵn"
	)
	if errors.As(err, &tmplErr) && tmplErr.Path != "" {
		template = "mẫu Word " + tmplErr.Path
	}
	switch {
	case errors.Is(err, context.Canceled):
		return "đã dừng theo yêu cầu"
	case errors.As(err, &phErr):
		return template + " không dùng được: " + placeholders(phErr)
	case errors.As(err, &zipErr):
		return template + " không phải tệp Word (.docx) dùng được: " + zipErr.Vietnamese()
	case errors.Is(err, docx.ErrTemplate):
		return template + " không phải tệp Word (.docx) dùng được: " + err.Error()
	case errors.Is(err, engine.ErrInput) && errors.As(err, &outErr):
		return "không ghi đè lên " + outErr.Path + " (đó là tệp đầu vào: tệp dữ liệu hoặc mẫu Word đang dùng); hãy chọn thư mục khác bằng -o"
	case errors.As(err, &pathErr) && errors.Is(err, fs.ErrNotExist):
		return "không có tệp " + pathErr.Path
	case errors.As(err, &pathErr) && errors.Is(err, fs.ErrPermission):
		return "không có quyền truy cập tệp " + pathErr.Path
	case errors.As(err, &pathErr):
		return fmt.Sprintf("không đọc hoặc ghi được tệp %s (%v)", pathErr.Path, pathErr.Err)
	}
	return "lỗi: " + err.Error()
}

// placeholders lists the placeholder problems of a template in Vietnamese.
func placeholders(e *docx.PlaceholderError) string {
	var parts []string
	add := func(what string, names []string) {
		if len(names) == 0 {
			return
		}
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = "{{" + n + "}}"
		}
		parts = append(parts, what+" "+strings.Join(quoted, ", "))
	}
	add("thiếu chỗ trống", e.Missing)
	add("có chỗ trống lạ", e.Unknown)
	add("chỗ trống phải đứng riêng một đoạn", e.NotAlone)
	add("chỗ trống xuất hiện hai lần", e.Twice)
	add("chưa điền được chỗ trống", e.Unfilled)
	return strings.Join(parts, "; ")
}
