package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/render/docx"
)

// TemplateError is a Word template that kehoach cannot read or fill; Path
// is the file the clerk passed, empty for the embedded template.
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
		colErr   *batch.CollisionError
		template = "mẫu Word có sẵn"
	)
	if errors.As(err, &tmplErr) && tmplErr.Path != "" {
		template = "mẫu Word " + tmplErr.Path
	}
	switch {
	case errors.Is(err, context.Canceled):
		return "đã dừng theo yêu cầu"
	case errors.As(err, &colErr):
		return collisions(colErr)
	case errors.As(err, &phErr):
		return template + " không dùng được: " + placeholders(phErr)
	case errors.As(err, &zipErr):
		return template + " không phải tệp Word (.docx) dùng được: " + zipErr.Vietnamese()
	case errors.Is(err, docx.ErrTemplate):
		return template + " không phải tệp Word (.docx) dùng được: " + err.Error()
	case errors.As(err, &outErr):
		return describeWrite(outErr)
	case errors.As(err, &pathErr):
		return describeRead(pathErr)
	}
	return "lỗi: " + err.Error()
}

// describeRead explains a file or folder that cannot be read.
func describeRead(e *fs.PathError) string {
	p := e.Path
	switch {
	case errors.Is(e, engine.ErrFolder):
		return p + " là thư mục, không phải tệp dữ liệu; để lập mọi tệp .toml trong một thư mục, dùng lệnh kehoach batch"
	case errors.Is(e, engine.ErrNotRegular):
		return p + " không phải tệp thường (mà là thiết bị, ống dẫn hoặc socket); kehoach chỉ đọc tệp dữ liệu thường"
	case errors.Is(e, syscall.ENOTDIR):
		return "không có tệp " + p + ": một phần của đường dẫn là tệp, không phải thư mục"
	case errors.Is(e, syscall.ELOOP):
		return "không đọc được " + p + ": liên kết tượng trưng (symlink) trỏ vòng về chính nó"
	case errors.Is(e, fs.ErrNotExist):
		return "không có tệp " + p
	case errors.Is(e, fs.ErrPermission):
		return "không có quyền đọc " + p
	}
	return fmt.Sprintf("không đọc được %s (%v)", p, e.Err)
}

// describeWrite explains documents that cannot be written, naming the
// document or the folder, never a temporary file.
func describeWrite(e *output.Error) string {
	p, dir := e.Path, filepath.Dir(e.Path)
	if e.Op == output.OpFolder {
		dir = e.Path
	}
	switch {
	case errors.Is(e, engine.ErrInput):
		return "không ghi đè lên " + p + " (đó là tệp đầu vào: tệp dữ liệu hoặc mẫu Word đang dùng); hãy chọn thư mục khác bằng -o"
	case errors.Is(e, output.ErrIsFolder), errors.Is(e, syscall.EISDIR):
		return "không ghi được " + p + ": đã có một thư mục cùng tên; hãy đổi tên hoặc xóa thư mục đó, hoặc chọn thư mục khác bằng -o"
	case errors.Is(e, syscall.ENOTDIR):
		return "không tạo được thư mục " + dir + ": một phần của đường dẫn là tệp, không phải thư mục; hãy chọn thư mục khác bằng -o"
	case errors.Is(e, fs.ErrExist):
		return "không ghi được " + p + ": tệp đã có và không được ghi đè"
	case errors.Is(e, syscall.EROFS):
		return "không ghi được " + p + ": thư mục " + dir + " nằm trên ổ đĩa chỉ đọc; hãy chọn thư mục khác bằng -o"
	case errors.Is(e, fs.ErrPermission):
		return "không có quyền ghi vào thư mục " + dir + " (để ghi " + p + "); hãy chọn thư mục khác bằng -o"
	case errors.Is(e, syscall.ENOSPC), errors.Is(e, syscall.EDQUOT):
		return "không ghi được " + p + ": ổ đĩa đã đầy (hoặc hết hạn mức); hãy giải phóng chỗ trống rồi chạy lại"
	case errors.Is(e, output.ErrStopped):
		return "chưa ghi " + p + ": chương trình đang dừng"
	}
	return fmt.Sprintf("không ghi được %s (%v)", p, e.Err)
}

// collisions names every pair of data files whose documents would have the
// same name.
func collisions(e *batch.CollisionError) string {
	lines := make([]string, len(e.Collisions))
	for i, c := range e.Collisions {
		lines[i] = fmt.Sprintf("hai tệp dữ liệu %s và %s cùng cho ra văn bản %s.*", c.First, c.Second, c.Output)
	}
	return strings.Join(lines, "; ") + "; không ghi tệp nào. Hãy đổi tên một tệp, dùng lệnh batch (giữ cây thư mục) hoặc lập riêng từng tệp với -o khác nhau"
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
