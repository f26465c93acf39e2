package report

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// Read decodes the report's data file (data, the content of the file
// named name), reads the plan it names with plans, and checks the report
// against it. It returns the report and its plan, or a dataerr.List of
// every problem with its line: the report's, or the plan's when the plan's
// own data has problems. Any other error is not about the data (ctx was
// done).
func Read(ctx context.Context, name string, data []byte, plans kind.PlanReader) (*Report, *plan.Plan, error) {
	f, err := load.Parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	return read(ctx, f, plans)
}

// read is Read on a parsed data file.
func read(ctx context.Context, f *load.File, plans kind.PlanReader) (*Report, *plan.Plan, error) {
	r := &Report{}
	dec := f.Decode(r)
	ref := strings.TrimSpace(r.Document.Plan)
	if ref == "" {
		return nil, nil, dec.Finish([]plan.Problem{{Field: "document.plan",
			Message: `thiếu trường bắt buộc: kế hoạch được báo cáo, là tệp dữ liệu hoặc tệp PDF đã lưu của kế hoạch (ví dụ plan = "cam-lo-2021.toml")`}})
	}
	p, _, err := plans(ctx, ref)
	var planErrs dataerr.List
	switch {
	case errors.As(err, &planErrs):
		return nil, nil, planErrs
	case err != nil && ctx.Err() != nil:
		return nil, nil, err
	case err != nil:
		return nil, nil, dec.Finish([]plan.Problem{{Field: "document.plan", Message: unreadable(ref, err)}})
	}
	found := CheckDocument(r, p, fonts.CanDraw, dec.Written)
	found = append(found, Check(p.Units, r.Units, dec.Written)...)
	found = append(found, plan.CheckSignature(r.Signer, r.Recipients)...)
	if err := dec.Finish(found); err != nil {
		return nil, nil, err
	}
	return r, p, nil
}

// unreadable says why the plan ref cannot be read.
func unreadable(ref string, err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return `không tìm thấy tệp kế hoạch "` + ref + `" (đường dẫn tính từ thư mục chứa tệp báo cáo)`
	}
	return `không đọc được tệp kế hoạch "` + ref + `": ` + readFailure(err)
}

// readFailure says in Vietnamese why a file could not be read.
func readFailure(err error) string {
	switch {
	case errors.Is(err, kind.ErrFolder):
		return "đó là thư mục, không phải tệp dữ liệu"
	case errors.Is(err, kind.ErrNotRegular):
		return "đó không phải tệp thường (mà là thiết bị, ống dẫn hoặc socket)"
	case errors.Is(err, fs.ErrPermission):
		return "không có quyền đọc"
	case errors.Is(err, syscall.ENOTDIR):
		return "một phần của đường dẫn là tệp, không phải thư mục"
	case errors.Is(err, syscall.ELOOP):
		return "liên kết tượng trưng (symlink) trỏ vòng về chính nó"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "tên tệp hoặc đường dẫn quá dài"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "lỗi khi đọc (chi tiết: " + err.Error() + ")"
}
