package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/bounded"
	"github.com/kehoach/kehoach/internal/dataerr"
)

// recordOrphans records, in m and then in the manifest of dir, the versions whose
// PDF is in place but not listed: a run killed after linking its PDF and
// before replacing the manifest leaves one. Such a PDF is complete (it was
// synced before it got its name); its data file and metadata give its
// record, with now as the time it was recorded. A PDF that cannot be read
// as one, or whose data names another document than doc, is refused, and
// nothing is written.
func recordOrphans(ctx context.Context, dir string, m *Manifest, doc Document, now time.Time) ([]Version, error) {
	var found []Version
	for {
		n := len(m.Versions) + 1
		path := filepath.Join(dir, versionFile(n))
		data, err := readVersion(path)
		if errors.Is(err, fs.ErrNotExist) {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(m.Versions) >= MaxVersions {
			return nil, manifestError(filepath.Join(dir, ManifestName), fmt.Sprintf("đã có %d phiên bản, tối đa %d", len(m.Versions), MaxVersions))
		}
		v, err := adopt(ctx, path, n, data, doc, now)
		if err != nil {
			return nil, err
		}
		m.Versions = append(m.Versions, v)
		found = append(found, v)
	}
	if len(found) > 0 {
		if err := writeManifest(dir, m); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// adopt makes the record of version n of the document doc from its PDF,
// whose data must name doc, with the particulars that data gives, so that
// nothing reads the PDF again for them.
func adopt(ctx context.Context, path string, n int, data []byte, doc Document, now time.Time) (Version, error) {
	e, res, id, why := inspect(ctx, path, data, n)
	if err := ctx.Err(); err != nil {
		return Version{}, fmt.Errorf("archive: read %s: %w", path, err)
	}
	if why != "" {
		return Version{}, dataerr.List{{File: path, Message: "tệp này không có trong sổ lưu trữ và không phải một phiên bản do kehoach lưu (" + why + "); hãy kiểm tra bằng lệnh kehoach archive verify"}}
	}
	if got := id.document(); !sameDocument(got, doc) {
		return Version{}, dataerr.List{{File: path, Message: foreign(got, doc)}}
	}
	return Version{
		Version:      n,
		File:         versionFile(n),
		PDFSHA256:    sum(data),
		PDFSize:      int64(len(data)),
		SourceSHA256: sum(e.Source),
		Plans:        e.planSums(),
		SourceName:   e.SourceName,
		Number:       id.Number,
		Date:         id.Date,
		ArchivedAt:   now.UTC().Truncate(time.Second),
		Kehoach:      strings.TrimPrefix(e.Producer, producerPrefix),
		Recovered:    true,
		Particulars:  particularsOf(res, e.Pages, ""),
	}, nil
}

// readVersion reads the PDF at path: a regular file (not a link) of at
// most MaxPDFSize bytes.
func readVersion(path string) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, dataerr.List{{File: path, Message: "không phải một tệp thường (có thể là liên kết trỏ ra ngoài lưu trữ)"}}
	}
	if fi.Size() > MaxPDFSize {
		return nil, dataerr.List{{File: path, Message: fmt.Sprintf("tệp quá lớn (%d byte, tối đa %d byte)", fi.Size(), MaxPDFSize)}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := bounded.ReadFile(f, MaxPDFSize)
	var se *bounded.SizeError
	switch {
	case errors.As(err, &se) && se.Size >= 0:
		return nil, dataerr.List{{File: path, Message: fmt.Sprintf("tệp quá lớn (%d byte, tối đa %d byte)", se.Size, MaxPDFSize)}}
	case errors.As(err, &se):
		return nil, dataerr.List{{File: path, Message: fmt.Sprintf("tệp quá lớn (tối đa %d byte)", MaxPDFSize)}}
	case err != nil:
		return nil, fmt.Errorf("archive: read %s: %w", path, err)
	}
	return data, nil
}
