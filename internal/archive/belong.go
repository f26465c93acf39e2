package archive

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

// inspect reads the PDF data of the file at path, which should be version
// n of a document: its data file, which must load (with the plans the PDF
// carries) and name an issued document, and its version, which must be n.
// It returns what the PDF carries and the document its data file loads
// to; why says in Vietnamese what is wrong, "" when nothing is.
func inspect(ctx context.Context, path string, data []byte, n int) (e *Embedded, res *engine.Result, id identity, why string) {
	e, err := ReadEmbedded(ctx, data)
	if msg := pdfFailure(err); msg != "" {
		return nil, nil, identity{}, msg
	}
	if err != nil {
		return nil, nil, identity{}, "không đọc được dữ liệu nhúng"
	}
	res, id, why = belongs(ctx, path, e, n)
	return e, res, id, why
}

// belongs checks what the PDF at path carries, e, as version n of a
// document and returns the document its data names, read from the PDF
// alone: a report's plan is the one the PDF carries. why says in
// Vietnamese what is wrong, "" when nothing is; res is the document the
// data loads to.
func belongs(ctx context.Context, path string, e *Embedded, n int) (res *engine.Result, id identity, why string) {
	if want := strings.TrimSuffix(versionFile(n), ".pdf"); e.Version != want {
		return nil, identity{}, fmt.Sprintf("siêu dữ liệu ghi phiên bản %q, không phải %q", e.Version, want)
	}
	res, err := e.document(ctx, path)
	if err != nil {
		return nil, identity{}, unloadable(err)
	}
	if why := stateProblem(res.Plan.State()); why != "" {
		return nil, identity{}, why
	}
	id, ok := identify(res.Plan)
	if !ok {
		return nil, identity{}, "dữ liệu nhúng không có số và ký hiệu hợp lệ"
	}
	return res, id, ""
}

// unloadable says in Vietnamese why the data an archived PDF carries does
// not load, err being what the engine said: its first problem, when it is
// about the data.
func unloadable(err error) string {
	const what = "dữ liệu nhúng không đọc được thành một văn bản"
	var errs dataerr.List
	if errors.As(err, &errs) && len(errs) > 0 {
		return what + " (" + errs[0].Error() + ")"
	}
	return what
}

// foreign is the problem of a version whose data names the document got,
// in the folder of the document want.
func foreign(got, want Document) string {
	return fmt.Sprintf("tệp này là của %s, không phải của %s mà thư mục này lưu; không ghi vào sổ. Hãy chuyển tệp ra khỏi thư mục lưu trữ", got.describe(), want.describe())
}

// misplaced is the problem of a version whose data names the document got,
// in a folder that is not got's and holds no manifest yet.
func misplaced(got Document) string {
	return fmt.Sprintf("tệp này là của %s, không phải của văn bản lưu ở thư mục này; không ghi vào sổ. Hãy chuyển tệp ra khỏi thư mục lưu trữ", got.describe())
}

// foreignFolder is the problem of a folder whose manifest names another
// document than the one being archived, doc.
func foreignFolder(dir string, m *Manifest, doc Document) string {
	return fmt.Sprintf("thư mục %s lưu %s, không phải %s; không ghi lẫn hai văn bản vào một thư mục. Hãy kiểm tra bằng lệnh kehoach archive verify",
		filepath.Clean(dir), m.Document.describe(), doc.describe())
}
