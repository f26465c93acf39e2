package archive

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// inspect reads the PDF data of the file at path, which should be version
// n of a document: its data file, which must load and name an issued
// document, and its version, which must be n. It returns what the PDF
// carries and the plan its data file loads to; why says in Vietnamese what
// is wrong, "" when nothing is.
func inspect(ctx context.Context, path string, data []byte, n int) (e *Embedded, p *plan.Plan, id identity, why string) {
	e, err := ReadEmbedded(ctx, data)
	if msg := pdfFailure(err); msg != "" {
		return nil, nil, identity{}, msg
	}
	if err != nil {
		return nil, nil, identity{}, "không đọc được dữ liệu nhúng"
	}
	p, id, why = belongs(path, e, n)
	return e, p, id, why
}

// belongs checks what the PDF at path carries, e, as version n of a
// document and returns the document its data names. why says in
// Vietnamese what is wrong, "" when nothing is; p is the plan the data
// loads to.
func belongs(path string, e *Embedded, n int) (p *plan.Plan, id identity, why string) {
	if want := strings.TrimSuffix(versionFile(n), ".pdf"); e.Version != want {
		return nil, identity{}, fmt.Sprintf("siêu dữ liệu ghi phiên bản %q, không phải %q", e.Version, want)
	}
	p, err := load.Read(path+":"+e.SourceName, e.Source)
	if err != nil {
		return nil, identity{}, "dữ liệu nhúng không đọc được thành một kế hoạch"
	}
	if why := stateProblem(p.State()); why != "" {
		return nil, identity{}, why
	}
	id, ok := identify(p)
	if !ok {
		return nil, identity{}, "dữ liệu nhúng không có số và ký hiệu hợp lệ"
	}
	return p, id, ""
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
