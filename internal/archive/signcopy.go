package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

// Archived is one archived version and its PDF, read from the archive and
// checked against the manifest: the file that goes to signing, byte for
// byte.
type Archived struct {
	// Dir is the document's folder; Document is the document its manifest
	// names.
	Dir      string
	Document Document
	// Version is the version, as the manifest records it.
	Version Version
	// PDF is the version's file, whose SHA-256 and size are the manifest's.
	PDF []byte
}

// Path is the version's PDF in the archive.
func (a *Archived) Path() string { return filepath.Join(a.Dir, a.Version.File) }

// VersionOf returns the archived version of the document built from src
// whose data file is src's, byte for byte, and so are the plans it was
// built from (a report's). A draft, data with errors, or data not
// archived yet is a dataerr.List.
func (a *Archive) VersionOf(ctx context.Context, src engine.Source) (*Archived, error) {
	res, id, rel, err := a.place(ctx, src)
	if err != nil {
		return nil, err
	}
	plans, err := planAttachments(src, res, id.label())
	if err != nil {
		return nil, err
	}
	planSums := sums(plans)
	dir := filepath.Join(a.root, rel)
	m, err := readManifest(dir, filepath.Join(dir, ManifestName))
	if err != nil {
		return nil, err
	}
	notYet := dataerr.List{{File: src.Name, Message: fmt.Sprintf(
		"dữ liệu này chưa được lưu trữ trong %s (không phiên bản nào của văn bản số %s lập từ đúng tệp này); hãy chạy kehoach archive trước",
		a.root, id.Number)}}
	if m == nil || !sameDocument(m.Document, id.document()) {
		return nil, notYet
	}
	s := sum(src.Data)
	for i := len(m.Versions) - 1; i >= 0; i-- {
		if v := m.Versions[i]; v.SourceSHA256 == s && maps.Equal(v.Plans, planSums) {
			return readArchived(dir, m, m.Versions[i])
		}
	}
	return nil, notYet
}

// FolderVersion returns version n of the document folder dir, its latest
// version when n is 0.
func FolderVersion(dir string, n int) (*Archived, error) {
	shown := filepath.Join(dir, ManifestName)
	m, err := readManifest(dir, shown)
	if err != nil {
		return nil, err
	}
	if m == nil {
		if _, err := os.Lstat(dir); err != nil {
			return nil, fmt.Errorf("archive: %w", err)
		}
		return nil, dataerr.List{{File: dir, Message: "không phải thư mục của một văn bản trong lưu trữ (không có sổ " + ManifestName + ")"}}
	}
	switch {
	case len(m.Versions) == 0:
		return nil, manifestError(shown, "chưa ghi phiên bản nào")
	case n == 0:
		return readArchived(dir, m, *m.last())
	case n < 0 || n > len(m.Versions):
		return nil, dataerr.List{{File: shown, Message: fmt.Sprintf("không có phiên bản %d; phiên bản mới nhất là v%d",
			n, len(m.Versions))}}
	}
	return readArchived(dir, m, m.Versions[n-1])
}

// readArchived reads version v of the folder dir, whose manifest is m, and
// checks its bytes against the manifest.
func readArchived(dir string, m *Manifest, v Version) (*Archived, error) {
	path := filepath.Join(dir, v.File)
	data, err := readVersion(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, dataerr.List{{File: path, Message: "sổ lưu trữ ghi phiên bản " + strings.TrimSuffix(v.File, ".pdf") + " mà tệp không còn"}}
	}
	if err != nil {
		return nil, err
	}
	if sum(data) != v.PDFSHA256 || int64(len(data)) != v.PDFSize {
		return nil, dataerr.List{{File: path, Message: "tệp đã bị sửa sau khi lưu: mã SHA-256 hoặc kích thước không khớp sổ lưu trữ (" +
			strconv.FormatInt(v.PDFSize, 10) + " byte, SHA-256 " + v.PDFSHA256 + "); không dùng tệp này để ký số"}}
	}
	return &Archived{Dir: dir, Document: m.Document, Version: v, PDF: data}, nil
}
