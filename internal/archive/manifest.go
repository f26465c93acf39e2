package archive

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/bounded"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/output"
)

// Bounds of a manifest, checked before it is parsed: a real one holds a
// few hundred bytes per version.
const (
	// MaxManifestSize is the largest manifest read, in bytes.
	MaxManifestSize = 1 << 20
	// MaxVersions is the most versions one document may have.
	MaxVersions = 1000
)

// manifestFormat is the format number of the manifests this package writes.
const manifestFormat = 1

// Manifest is the register of one document: what it is and every version
// archived, in order.
type Manifest struct {
	Format   int       `json:"format"`
	Document Document  `json:"document"`
	Versions []Version `json:"versions"`
}

// Document identifies the archived document.
type Document struct {
	// Issuer is the issuing body's name, "Ủy ban nhân dân huyện Cam Lộ".
	Issuer string `json:"issuer"`
	// Number is the number and symbol, "44/KH-UBND".
	Number string `json:"number"`
	// Year is the year of issue; for a pending document, the plan's year.
	Year int `json:"year"`
	// Pending marks a document filed to be signed (trình ký số) before it
	// had a number: Number is "" until a signed original of one of its
	// versions brings the number stamped at issue, which the document then
	// holds (it joins its number). Symbol ("KH-UBND") and Subject name it.
	Pending bool   `json:"pending,omitempty"`
	Symbol  string `json:"symbol,omitempty"`
	Subject string `json:"subject,omitempty"`
}

// Version is the record of one archived version.
type Version struct {
	// Version counts from 1.
	Version int `json:"version"`
	// File is the PDF's name in the document's folder: "v1.pdf".
	File string `json:"file"`
	// PDFSHA256 and PDFSize are the PDF's SHA-256 (lower-case hex) and
	// length in bytes.
	PDFSHA256 string `json:"pdf_sha256"`
	PDFSize   int64  `json:"pdf_size"`
	// SourceSHA256 is the SHA-256 of the data file, which the PDF embeds.
	SourceSHA256 string `json:"source_sha256"`
	// Plans are the SHA-256 sums of the plans the document was built from
	// (a report's plan), which the PDF embeds beside its data file, by
	// the name each is embedded under: "ke-hoach-cam-lo-2021.toml".
	Plans map[string]string `json:"plans,omitempty"`
	// SourceName is the data file's name when it was archived.
	SourceName string `json:"source_name"`
	// Number and Date are the document's number and date of issue as the
	// data gives them: "44/KH-UBND", "18/03/2021".
	Number string `json:"number"`
	Date   string `json:"date"`
	// ArchivedAt is when the version was archived, in UTC.
	ArchivedAt time.Time `json:"archived_at"`
	// Kehoach and Revision identify the kehoach that built the PDF.
	Kehoach  string `json:"kehoach_version"`
	Revision string `json:"vcs_revision,omitempty"`
	// Recovered marks a version whose PDF a killed run had put in place
	// and a later run recorded; ArchivedAt is then the later run's time.
	Recovered bool `json:"recovered,omitempty"`
	// Signed are the signed originals of this version (signed.go).
	Signed []SignedOriginal `json:"signed,omitempty"`
	// Particulars are what the list and the register show of it.
	Particulars
}

// last returns the latest version, nil when there is none.
func (m *Manifest) last() *Version {
	if len(m.Versions) == 0 {
		return nil
	}
	return &m.Versions[len(m.Versions)-1]
}

// readManifest reads the manifest of the document folder dir, named by
// shown in messages. A folder without one gives (nil, nil). A manifest that
// is not a regular file, too large, malformed or naming a file outside its
// folder is a dataerr.List.
func readManifest(dir, shown string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestName)
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("archive: read manifest: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, manifestError(shown, "không phải một tệp thường (có thể là liên kết trỏ ra ngoài lưu trữ)")
	}
	if fi.Size() > MaxManifestSize {
		return nil, manifestError(shown, fmt.Sprintf("quá lớn (%d byte, tối đa %d byte)", fi.Size(), MaxManifestSize))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("archive: read manifest: %w", err)
	}
	defer f.Close()
	data, err := bounded.ReadFile(f, MaxManifestSize)
	if err != nil && !errors.Is(err, bounded.ErrTooLarge) {
		return nil, fmt.Errorf("archive: read manifest: %w", err)
	}
	return parseManifest(data, shown)
}

// parseManifest parses and checks a manifest; shown names it in messages.
func parseManifest(data []byte, shown string) (*Manifest, error) {
	if len(data) > MaxManifestSize {
		return nil, manifestError(shown, fmt.Sprintf("quá lớn (hơn %d byte)", MaxManifestSize))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, manifestError(shown, "không đọc được (JSON hỏng hoặc sai cấu trúc; chi tiết: "+err.Error()+")")
	}
	if dec.More() {
		return nil, manifestError(shown, "có dữ liệu thừa sau phần JSON")
	}
	if msg := m.check(); msg != "" {
		return nil, manifestError(shown, msg)
	}
	return &m, nil
}

// check returns what is wrong with m, in Vietnamese, or "".
func (m *Manifest) check() string {
	if m.Format != manifestFormat {
		return fmt.Sprintf("có định dạng %d, kehoach này chỉ đọc định dạng %d", m.Format, manifestFormat)
	}
	if len(m.Versions) > MaxVersions {
		return fmt.Sprintf("ghi %d phiên bản, quá giới hạn %d", len(m.Versions), MaxVersions)
	}
	for i, v := range m.Versions {
		where := fmt.Sprintf("mục versions[%d]", i)
		switch {
		case strings.ContainsAny(v.File, `/\`) || strings.Contains(v.File, ".."):
			return fmt.Sprintf("%s trỏ tới %q, nằm ngoài thư mục của văn bản", where, v.File)
		case v.Version != i+1:
			return fmt.Sprintf("%s ghi phiên bản %d, đúng ra là %d", where, v.Version, i+1)
		case v.File != versionFile(v.Version):
			return fmt.Sprintf("%s ghi tệp %q, đúng ra là %q", where, v.File, versionFile(v.Version))
		case !isSHA256(v.PDFSHA256) || !isSHA256(v.SourceSHA256) || !plansOK(v.Plans):
			return where + " có mã SHA-256 không hợp lệ (phải là 64 chữ số hệ 16 viết thường)"
		case v.PDFSize <= 0:
			return where + " có kích thước PDF không hợp lệ"
		case v.ArchivedAt.IsZero():
			return where + " thiếu thời điểm lưu"
		case v.Particulars.check() != "":
			return where + " " + v.Particulars.check()
		}
		if msg := checkSigned(v, where); msg != "" {
			return msg
		}
	}
	return ""
}

// plansOK reports whether the plans a version records are a few, each
// named as an embedded plan with a SHA-256 sum.
func plansOK(plans map[string]string) bool {
	if len(plans) > maxPlans {
		return false
	}
	for name, s := range plans {
		if !strings.HasPrefix(name, planPrefix) || strings.ContainsAny(name, `/\`) || !isSHA256(s) {
			return false
		}
	}
	return true
}

// isSHA256 reports whether s is a SHA-256 sum in lower-case hex.
func isSHA256(s string) bool {
	if len(s) != 64 || strings.ToLower(s) != s {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

// manifestError is the dataerr.List of a manifest that cannot be used.
func manifestError(shown, msg string) error {
	return dataerr.List{{File: shown, Message: "sổ lưu trữ " + msg}}
}

// writeManifest replaces the manifest of dir with m, atomically: staged,
// synced, then renamed over the old one.
func writeManifest(dir string, m *Manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("archive: write manifest: %w", err)
	}
	data = append(data, '\n')
	return output.WriteAll([]output.File{{Path: filepath.Join(dir, ManifestName), Data: data}}, nil)
}
