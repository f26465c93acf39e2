package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// Report is what Verify found.
type Report struct {
	// Documents and Versions count the documents whose manifest could be
	// read and the versions they list.
	Documents, Versions int
	// Problems are in path order; none means the archive is intact.
	Problems dataerr.List
}

// OK reports whether the archive is intact.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// Verify checks the archive at root: it recomputes the SHA-256 of every
// version's PDF and of the data file the PDF embeds and compares them with
// the manifest, and reports every listed file that is missing and every
// file that no manifest lists. Problems are in Vietnamese, one per file;
// an error is returned only when the archive cannot be walked at all.
func Verify(ctx context.Context, root string) (*Report, error) {
	t, err := walk(root)
	if err != nil {
		return nil, err
	}
	r := &Report{}
	known := map[string]bool{}
	problem := func(path, msg string) {
		r.Problems = append(r.Problems, dataerr.Error{File: path, Message: msg})
	}
	for _, dir := range t.docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		mpath := filepath.Join(dir, ManifestName)
		known[mpath] = true
		unlock, err := readLock(ctx, dir, DefaultLockWait)
		if err != nil {
			return nil, err
		}
		m, err := readManifest(dir, mpath)
		var de dataerr.List
		switch {
		case errors.As(err, &de):
			unlock()
			r.Problems = append(r.Problems, de...)
			// What the folder holds cannot be told without its manifest.
			for path := range t.files {
				if filepath.Dir(path) == dir {
					known[path] = true
				}
			}
			continue
		case err != nil:
			unlock()
			return nil, err
		case m == nil:
			// A first run under way or killed: its files are judged below.
			m = &Manifest{}
		default:
			r.Documents++
		}
		for _, v := range m.Versions {
			r.Versions++
			path := filepath.Join(dir, v.File)
			known[path] = true
			if msg := checkVersion(ctx, path, v); msg != "" {
				problem(path, msg)
			}
		}
		if err := ctx.Err(); err != nil {
			unlock()
			return nil, err
		}
		// The files were listed before the lock was taken: what a run
		// finished meanwhile is in the manifest now, and was checked.
		unlock()
		for path, mode := range t.files {
			if filepath.Dir(path) != dir || known[path] || !mode.IsRegular() {
				continue
			}
			name := filepath.Base(path)
			switch {
			case housekeeping(name):
				known[path] = true
			case name == versionFile(len(m.Versions)+1):
				known[path] = true
				problem(path, notRecorded)
			}
		}
	}
	for path, mode := range t.files {
		if known[path] {
			continue
		}
		if mode&fs.ModeSymlink != 0 {
			problem(path, "liên kết (symlink) lạ, không có trong sổ lưu trữ nào")
			continue
		}
		problem(path, "tệp lạ, không có trong sổ lưu trữ nào")
	}
	slices.SortFunc(r.Problems, func(a, b dataerr.Error) int { return strings.Compare(a.File, b.File) })
	return r, nil
}

// notRecorded is the problem of a version whose PDF is in place and not in
// the manifest.
const notRecorded = "phiên bản chưa được ghi vào sổ lưu trữ (một lần lưu bị ngắt giữa chừng); chạy lại kehoach archive cho văn bản này để ghi vào sổ"

// checkVersion says what is wrong with the version v whose PDF is at path,
// or "".
func checkVersion(ctx context.Context, path string, v Version) string {
	data, err := readVersion(path)
	var de dataerr.List
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "thiếu tệp: sổ lưu trữ có ghi phiên bản này nhưng tệp không còn"
	case errors.As(err, &de):
		return de[0].Message
	case err != nil:
		return fmt.Sprintf("không đọc được tệp (%v)", err)
	}
	if got := sum(data); got != v.PDFSHA256 {
		return fmt.Sprintf("nội dung đã bị thay đổi: SHA-256 hiện là %s, sổ lưu trữ ghi %s", got, v.PDFSHA256)
	}
	if int64(len(data)) != v.PDFSize {
		return fmt.Sprintf("kích thước %d byte khác với sổ lưu trữ (%d byte)", len(data), v.PDFSize)
	}
	e, err := ReadEmbedded(ctx, data)
	if msg := pdfFailure(err); msg != "" {
		return msg
	}
	if err != nil {
		return "không đọc được tệp dữ liệu nhúng trong PDF"
	}
	if got := sum(e.Source); got != v.SourceSHA256 {
		return fmt.Sprintf("tệp dữ liệu nhúng có SHA-256 %s, sổ lưu trữ ghi %s", got, v.SourceSHA256)
	}
	return ""
}
