package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/kehoach/kehoach/internal/bounded"
	"github.com/kehoach/kehoach/internal/zipcheck"
)

// Bounds on a template. A real plan template is some tens of kilobytes;
// these leave room for logos and pictures and stop a hostile file before it
// costs much memory or time.
const (
	// MaxTemplateSize is the largest template file kehoach reads, in bytes.
	MaxTemplateSize = 20 << 20
	// maxParts is the largest number of zip entries of a template.
	maxParts = 1000
	// maxPartSize is the largest inflated size of one part, in bytes.
	maxPartSize = 32 << 20
	// maxTotalSize is the largest inflated size of all parts together.
	maxTotalSize = 64 << 20
)

// limits are the bounds above, for package zipcheck.
var limits = zipcheck.Limits{Entries: maxParts, EntrySize: maxPartSize, Total: maxTotalSize,
	Ratio: zipcheck.MaxRatio, RatioFree: zipcheck.RatioFree}

// mainPart is the part that holds the body of a Word document.
const mainPart = "word/document.xml"

// part is one entry of a template: its zip header and inflated bytes.
type part struct {
	header zip.FileHeader
	data   []byte
}

// ReadTemplate reads a template from r, refusing with an *ArchiveError
// (ErrTemplateSize) a stream longer than MaxTemplateSize; it never holds
// more than that in memory.
func ReadTemplate(r io.Reader) ([]byte, error) {
	data, err := bounded.Read(r, MaxTemplateSize)
	if errors.Is(err, bounded.ErrTooLarge) {
		return nil, archiveErr("", ErrTemplateSize, "tệp lớn hơn %s", mib(MaxTemplateSize))
	}
	if err != nil {
		return nil, fmt.Errorf("read template: %w", err)
	}
	return data, nil
}

// ReadTemplateFile reads the template file at path with ReadTemplate.
func ReadTemplateFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadTemplate(f)
}

// readParts checks the zip of a template and inflates its parts, in the
// order of the zip, under the bounds above. Nothing is inflated before the
// file size, the number of entries, their names, methods and declared
// sizes have passed; each part is then read through a limit, so a header
// that understates a part's size gets no further than the bound.
func readParts(data []byte) ([]part, error) {
	switch {
	case len(data) == 0:
		return nil, archiveErr("", ErrNotZip, "tệp rỗng")
	case len(data) > MaxTemplateSize:
		return nil, archiveErr("", ErrTemplateSize, "tệp lớn hơn %s", mib(MaxTemplateSize))
	case limits.Records(data) != nil:
		// Every directory record starts with the signature, so this
		// bounds the entries before archive/zip allocates one per record.
		return nil, archiveErr("", ErrTooManyParts, "có hơn %d phần", maxParts)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if errors.Is(err, zip.ErrInsecurePath) {
		return nil, archiveErr("", ErrPartName, "có phần mang tên không hợp lệ (có \"..\" hoặc đường dẫn tuyệt đối)")
	}
	if err != nil {
		return nil, archiveErr("", ErrNotZip, "không phải tệp .docx (tệp nén zip) hoặc đã bị hỏng, cắt cụt")
	}
	if len(zr.File) > maxParts {
		return nil, archiveErr("", ErrTooManyParts, "có %d phần, nhiều hơn %d", len(zr.File), maxParts)
	}
	if err := checkHeaders(zr.File); err != nil {
		return nil, err
	}
	parts := make([]part, 0, len(zr.File))
	var total int64
	for _, f := range zr.File {
		b, err := inflate(f, maxTotalSize-total)
		if err != nil {
			return nil, err
		}
		total += int64(len(b))
		parts = append(parts, part{header: f.FileHeader, data: b})
	}
	return parts, nil
}

// checkHeaders checks what the zip directory says of every entry, before
// any is inflated.
func checkHeaders(files []*zip.File) error {
	seen := make(map[string]bool, len(files))
	var total uint64 // what the parts checked so far inflate to
	hasMain := false
	for _, f := range files {
		name := f.Name
		if !validPartName(name) {
			return archiveErr(name, ErrPartName, "có tên không hợp lệ (có \"..\", đường dẫn tuyệt đối hoặc ký tự lạ)")
		}
		key := strings.ToLower(name) // part names ignore case
		if seen[key] {
			return archiveErr(name, ErrDuplicatePart, "có hai lần trong tệp")
		}
		seen[key] = true
		hasMain = hasMain || name == mainPart
		err := limits.Entry(f, &total)
		switch {
		case errors.Is(err, zipcheck.ErrMethod):
			return archiveErr(name, ErrPartMethod, "được mã hóa hoặc nén theo cách không hỗ trợ")
		case errors.Is(err, zipcheck.ErrEntrySize):
			return archiveErr(name, ErrPartSize, "giải nén ra hơn %s", mib(maxPartSize))
		case errors.Is(err, zipcheck.ErrRatio):
			return archiveErr(name, ErrRatio, "giải nén ra gấp hơn %d lần khi nén (có thể là bom nén)", zipcheck.MaxRatio)
		case errors.Is(err, zipcheck.ErrTotal):
			return archiveErr("", ErrTotalSize, "các phần giải nén ra tổng cộng hơn %s", mib(maxTotalSize))
		}
	}
	if !hasMain {
		return archiveErr(mainPart, ErrNoMainPart, "bị thiếu (đó là nội dung chính của văn bản Word)")
	}
	return nil
}

// validPartName reports whether name is a relative, clean path: no "..",
// no leading "/", no empty or "." element, no backslash or NUL. A folder
// entry ends with "/".
func validPartName(name string) bool {
	if strings.ContainsAny(name, "\\\x00:") {
		return false
	}
	return fs.ValidPath(strings.TrimSuffix(name, "/"))
}

// inflate reads one part, through limits.ReadLimit. Reading one byte past
// the limit must meet the end of the part, where archive/zip checks the
// CRC.
func inflate(f *zip.File, left int64) ([]byte, error) {
	limit := limits.ReadLimit(f, left)
	rc, err := f.Open()
	if err != nil {
		return nil, archiveErr(f.Name, ErrPartCorrupt, "không đọc được")
	}
	defer rc.Close()
	b := make([]byte, limit)
	if _, err := io.ReadFull(rc, b); err != nil {
		return nil, archiveErr(f.Name, ErrPartCorrupt, "bị hỏng hoặc ngắn hơn kích thước ghi trong tệp")
	}
	var one [1]byte
	n, err := io.ReadFull(rc, one[:])
	switch {
	case n > 0 || errors.Is(err, zip.ErrFormat):
		return nil, archiveErr(f.Name, ErrPartSize, "giải nén ra nhiều hơn kích thước ghi trong tệp hoặc hơn giới hạn cho phép")
	case err != nil && !errors.Is(err, io.EOF):
		return nil, archiveErr(f.Name, ErrPartCorrupt, "bị hỏng")
	}
	return b, nil
}

// mib writes a size in whole mebibytes.
func mib(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }
