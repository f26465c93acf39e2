package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
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
		tmplErr   *TemplateError
		phErr     *docx.PlaceholderError
		outErr    *output.Error
		zipErr    *docx.ArchiveError
		pathErr   *fs.PathError
		colErr    *batch.CollisionError
		existsErr *ExistsError
		failure   *archiveFailure
		template  = "mẫu Word có sẵn"
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
	case errors.As(err, &existsErr):
		return existsErr.Error()
	case errors.As(err, &failure):
		return failure.msg
	case errors.As(err, &outErr):
		return describeWrite(outErr, elsewhere)
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
	case errors.Is(e, syscall.ENAMETOOLONG):
		return "không đọc được " + p + ": tên tệp hoặc đường dẫn quá dài"
	}
	return fmt.Sprintf("không đọc được %s (%v)", p, e.Err)
}

// elsewhere is the hint of a write refused by where it goes, for the
// commands whose -o names the place.
const elsewhere = "hãy chọn thư mục khác bằng -o"

// describeWrite explains documents that cannot be written, naming the
// document or the folder, never a temporary file; hint tells how to write
// elsewhere, as the command lets the user.
func describeWrite(e *output.Error, hint string) string {
	p, dir := e.Path, filepath.Dir(e.Path)
	if e.Op == output.OpFolder {
		dir = e.Path
	}
	var (
		dangling *output.DanglingLinkError
		rollback *output.RollbackError
	)
	switch {
	case errors.As(e, &rollback) && rollback.Kept != "":
		return "không ghi được " + p + " và không trả lại được " + rollback.Path + " như cũ; nội dung cũ của " +
			rollback.Path + " vẫn còn trong tệp ẩn " + rollback.Kept + ": hãy chép tệp đó về chỗ cũ"
	case errors.As(e, &rollback):
		return "không ghi được " + p + " và không xóa lại được " + rollback.Path + " vừa ghi; hãy xóa tệp đó"
	case errors.Is(e, output.ErrNotRegular):
		return "không ghi được " + p + ": đó không phải tệp thường, và ổ đĩa này không giữ được bản cũ của nó để trả lại khi có lỗi; " + hint
	case errors.Is(e, engine.ErrInput):
		return "không ghi đè lên " + p + " (đó là tệp đầu vào: tệp dữ liệu hoặc mẫu Word đang dùng); " + hint
	case e.Op == output.OpFolder && (errors.Is(e, syscall.ENOTDIR) || errors.Is(e, fs.ErrExist)):
		what := inTheWay(dir)
		if what == "" {
			what = "một phần của đường dẫn là tệp, không phải thư mục"
		}
		return "không tạo được thư mục " + dir + ": " + what + "; " + hint
	case errors.As(e, &dangling):
		return "không ghi được " + p + ": " + danglingLink(p, dangling.Target) + "; kehoach không ghi qua liên kết và không thay liên kết"
	case errors.Is(e, output.ErrIsFolder), errors.Is(e, syscall.EISDIR):
		return "không ghi được " + p + ": đã có một thư mục cùng tên; hãy đổi tên hoặc xóa thư mục đó, hoặc " + strings.TrimPrefix(hint, "hãy ")
	case errors.Is(e, syscall.ENOTDIR):
		return "không tạo được thư mục " + dir + ": một phần của đường dẫn là tệp, không phải thư mục; " + hint
	case errors.Is(e, syscall.ELOOP):
		return "không ghi được " + p + ": đó là một liên kết tượng trưng (symlink); kehoach không ghi qua liên kết"
	case errors.Is(e, fs.ErrExist):
		return "không ghi được " + p + ": tệp đã có và không được ghi đè"
	case errors.Is(e, syscall.EROFS):
		return "không ghi được " + p + ": thư mục " + dir + " nằm trên ổ đĩa chỉ đọc; " + hint
	case errors.Is(e, fs.ErrPermission) && e.Op == output.OpFolder:
		return "không có quyền tạo thư mục " + dir + "; " + hint
	case errors.Is(e, fs.ErrPermission):
		return "không có quyền ghi vào thư mục " + dir + " (để ghi " + p + "); " + hint
	case errors.Is(e, syscall.ENOSPC), errors.Is(e, syscall.EDQUOT):
		return "không ghi được " + p + ": ổ đĩa đã đầy (hoặc hết hạn mức); hãy giải phóng chỗ trống rồi chạy lại"
	case errors.Is(e, syscall.ENAMETOOLONG) && e.Op == output.OpFolder:
		return "không tạo được thư mục " + dir + ": tên thư mục hoặc đường dẫn quá dài; " + hint
	case errors.Is(e, syscall.ENAMETOOLONG):
		return "không ghi được " + p + ": tên tệp hoặc đường dẫn quá dài; " + hint
	case errors.Is(e, output.ErrStopped):
		return "chưa ghi " + p + ": chương trình đang dừng"
	}
	return fmt.Sprintf("không ghi được %s (%v)", p, e.Err)
}

// inTheWay says what stands where the folder dir must be made: dir or the
// nearest of its parents that exists and is not a folder (a file, a link
// to nothing); "" when it finds none. It looks at the disk as it is when
// the message is made.
func inTheWay(dir string) string {
	for p := dir; ; p = filepath.Dir(p) {
		fi, err := os.Lstat(p)
		switch {
		case err != nil:
			if filepath.Dir(p) == p {
				return ""
			}
			continue
		case fi.IsDir():
			return ""
		case fi.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			to, err := os.Stat(p)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return danglingLink(p, target)
			case err == nil && !to.IsDir():
				return p + " là một liên kết tượng trưng (symlink) trỏ tới tệp " + target + ", không phải thư mục"
			}
			return ""
		case fi.Mode().IsRegular():
			return p + " là một tệp, không phải thư mục"
		}
		return p + " là thiết bị, ống dẫn hoặc socket, không phải thư mục"
	}
}

// danglingLink says that path is a symbolic link to target, where nothing
// exists.
func danglingLink(path, target string) string {
	return path + " là một liên kết tượng trưng (symlink) trỏ tới " + target + ", nơi không có tệp hay thư mục nào"
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
