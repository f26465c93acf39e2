package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
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
	// Signed counts the signed originals checked (signed.go).
	Signed int
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
		var placed *identity // the document, as a sound version names it
		for _, v := range m.Versions {
			r.Versions++
			path := filepath.Join(dir, v.File)
			known[path] = true
			msg, id, pdf := checkVersion(ctx, path, v, m.Document)
			switch {
			case msg != "":
				problem(path, msg)
			case placed == nil:
				placed = id
			}
			for _, s := range v.Signed {
				r.Signed++
				spath := filepath.Join(dir, s.File)
				known[spath] = true
				if msg := checkSignedOriginal(ctx, dir, v, pdf, s); msg != "" {
					problem(spath, msg)
				}
			}
		}
		if placed != nil {
			if msg := misplacedFolder(root, dir, *placed); msg != "" {
				problem(mpath, msg)
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
				problem(path, judgeOrphan(ctx, root, dir, path, len(m.Versions)+1, m))
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

// judgeOrphan says what the PDF at path, version n of the folder dir of
// the archive at root and not in its manifest m, is: a version that a
// killed run put in place, which the next run of archive records, or a
// file that archive refuses. The folder's document is the manifest's, or
// when there is none yet, the one that belongs in the folder.
func judgeOrphan(ctx context.Context, root, dir, path string, n int, m *Manifest) string {
	data, err := readVersion(path)
	var de dataerr.List
	switch {
	case errors.As(err, &de):
		return "tệp lạ, không có trong sổ lưu trữ (" + de[0].Message + ")"
	case err != nil:
		return fmt.Sprintf("tệp lạ, không có trong sổ lưu trữ (không đọc được: %v)", err)
	}
	_, _, id, why := inspect(ctx, path, data, n)
	if why != "" {
		return "tệp lạ, không có trong sổ lưu trữ và không phải một phiên bản do kehoach lưu (" + why + ")"
	}
	got := id.document()
	if m.Document == (Document{}) {
		// No manifest yet: the folder is the document's whose place it is.
		rel, err := filepath.Rel(root, dir)
		if err != nil || (rel != id.Dir() && rel != id.legacyDir()) {
			return misplaced(got)
		}
		return notRecorded
	}
	if !sameDocument(got, m.Document) {
		return foreign(got, m.Document)
	}
	return notRecorded
}

// misplacedFolder says what is wrong with the folder dir of the archive at
// root holding the document id, or "": it must be the document's folder,
// or its folder of the earlier layout. A folder copied or moved by hand
// elsewhere is not.
func misplacedFolder(root, dir string, id identity) string {
	rel, err := filepath.Rel(root, dir)
	if err == nil && (rel == id.Dir() || rel == id.legacyDir()) {
		return ""
	}
	return fmt.Sprintf("sổ lưu trữ này ghi %s, nhưng thư mục không phải chỗ của văn bản ấy (đúng ra là %s): có thể đã bị chép hay chuyển từ nơi khác tới",
		id.document().describe(), filepath.Join(root, id.Dir()))
}

// readRecorded reads the file at path and checks it against the SHA-256
// and size that the manifest records for it. It returns what it read (nil
// when it could read nothing) and what is wrong, in Vietnamese, or "";
// missing is what to say when there is no file.
func readRecorded(path, sha string, size int64, missing string) (data []byte, problem string) {
	data, err := readVersion(path)
	var de dataerr.List
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, missing
	case errors.As(err, &de):
		return nil, de[0].Message
	case err != nil:
		return nil, fmt.Sprintf("không đọc được tệp (%v)", err)
	}
	if got := sum(data); got != sha {
		return data, fmt.Sprintf("nội dung đã bị thay đổi: SHA-256 hiện là %s, sổ lưu trữ ghi %s", got, sha)
	}
	if int64(len(data)) != size {
		return data, fmt.Sprintf("kích thước %d byte khác với sổ lưu trữ (%d byte)", len(data), size)
	}
	return data, ""
}

// checkVersion says what is wrong with the version v of the document doc,
// whose PDF is at path, or "" and the document as the version's data
// names it; and the PDF as read, nil when it could not be, for the check
// of the version's signed originals.
func checkVersion(ctx context.Context, path string, v Version, doc Document) (string, *identity, []byte) {
	data, problem := readRecorded(path, v.PDFSHA256, v.PDFSize, "thiếu tệp: sổ lưu trữ có ghi phiên bản này nhưng tệp không còn")
	if problem != "" {
		return problem, nil, data
	}
	e, err := ReadEmbedded(ctx, data)
	if msg := pdfFailure(err); msg != "" {
		return msg, nil, data
	}
	if err != nil {
		return "không đọc được tệp dữ liệu nhúng trong PDF", nil, data
	}
	if got := sum(e.Source); got != v.SourceSHA256 {
		return fmt.Sprintf("tệp dữ liệu nhúng có SHA-256 %s, sổ lưu trữ ghi %s", got, v.SourceSHA256), nil, data
	}
	if !maps.Equal(e.planSums(), v.Plans) {
		return "kế hoạch nhúng trong PDF khác với kế hoạch mà sổ lưu trữ ghi cho phiên bản này", nil, data
	}
	_, id, why := belongs(ctx, path, e, v.Version)
	if why != "" {
		return "không chứng minh được phiên bản này thuộc văn bản ghi trong sổ (" + why + ")", nil, data
	}
	if got := id.document(); !sameDocument(got, doc) {
		return fmt.Sprintf("phiên bản này là của %s, không phải của %s mà sổ lưu trữ ghi: hai văn bản đã bị lưu lẫn vào một thư mục", got.describe(), doc.describe()), nil, data
	}
	return "", &id, data
}
