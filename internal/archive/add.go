package archive

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// Added is what Add did.
type Added struct {
	// Dir is the document's folder, under the archive's root.
	Dir string
	// Version is the version added, or the latest one when the data was
	// unchanged.
	Version Version
	// Unchanged is true when the data was the latest version's: nothing
	// was added.
	Unchanged bool
	// Recovered lists versions that a killed run had put in place and
	// this run recorded.
	Recovered []Version
}

// Path is the added (or unchanged latest) version's PDF.
func (a *Added) Path() string { return filepath.Join(a.Dir, a.Version.File) }

// Add archives the document built from src as its next version, at time
// now. A draft is refused, as data with errors is, with a dataerr.List.
// When the data is byte for byte the latest version's, nothing is added
// and Added.Unchanged says so.
//
// Add holds the document folder's lock from reading the manifest to
// replacing it. It first records a version whose PDF a killed run put in
// place but did not record; then it renders the new version's PDF, links
// it into place (never over an existing file) and only then replaces the
// manifest with one listing it.
func (a *Archive) Add(ctx context.Context, src engine.Source, now time.Time) (*Added, error) {
	return a.AddWithReason(ctx, src, now, "")
}

// AddWithReason is Add recording why the version is archived, reason, in
// its record (one line, see CheckReason). A plan whose subject is not that
// of the document already archived under its number is refused, as
// another document that reuses the number, with a dataerr.List naming both
// subjects and the next free number.
func (a *Archive) AddWithReason(ctx context.Context, src engine.Source, now time.Time, reason string) (*Added, error) {
	if msg := CheckReason(reason); msg != "" {
		return nil, fmt.Errorf("archive: %w: %s", ErrReason, msg)
	}
	res, id, rel, err := a.place(ctx, src)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(a.root, rel)
	if err := makeDirs(a.root, rel); err != nil {
		return nil, err
	}
	unlock, err := lock(ctx, dir, a.opt.LockWait)
	if err != nil {
		return nil, err
	}
	defer unlock()
	a.hook(StepLocked)

	shown := filepath.Join(dir, ManifestName)
	m, err := readManifest(dir, shown)
	if err != nil {
		return nil, err
	}
	doc := id.document()
	switch {
	case m == nil:
		m = &Manifest{Format: manifestFormat, Document: doc}
	case !sameDocument(m.Document, doc):
		return nil, dataerr.List{{File: shown, Message: foreignFolder(dir, m, doc)}}
	}
	added := &Added{Dir: dir}
	if added.Recovered, err = recordOrphans(ctx, dir, m, doc, now); err != nil {
		return nil, err
	}
	sourceSum := sum(src.Data)
	plans, err := planAttachments(src, res, id.label())
	if err != nil {
		return nil, err
	}
	planSums := sums(plans)
	if last := m.last(); last != nil && last.SourceSHA256 == sourceSum && maps.Equal(last.Plans, planSums) {
		added.Version, added.Unchanged = *last, true
		return added, nil
	}
	if err := a.checkSubject(ctx, src, res.Plan, dir, m); err != nil {
		return nil, err
	}
	if err := a.checkJoined(ctx, src, res, id, dir); err != nil {
		return nil, err
	}
	if len(m.Versions) >= MaxVersions {
		return nil, manifestError(shown, fmt.Sprintf("đã có %d phiên bản, tối đa %d", len(m.Versions), MaxVersions))
	}

	n := len(m.Versions) + 1
	data, pages, err := a.builder.RenderPDF(ctx, src, res, a.extras(id, n, src.Data, plans))
	if err != nil {
		return nil, err
	}
	about := particularsOf(res, pages, reason)
	v := Version{
		Version:      n,
		File:         versionFile(n),
		PDFSHA256:    sum(data),
		PDFSize:      int64(len(data)),
		SourceSHA256: sourceSum,
		Plans:        planSums,
		SourceName:   filepath.Base(src.Name),
		Number:       id.Number,
		Date:         id.Date,
		ArchivedAt:   now.UTC().Truncate(time.Second),
		Kehoach:      a.opt.Tool.Version,
		Revision:     a.opt.Tool.Revision,
		Particulars:  about,
	}
	pdfPath := filepath.Join(dir, v.File)
	if err := output.WriteAll([]output.File{{Path: pdfPath, Data: data, Exclusive: true}}, nil); err != nil {
		return nil, err
	}
	a.hook(StepPlaced)
	m.Versions = append(m.Versions, v)
	if err := writeManifest(dir, m); err != nil {
		return nil, err
	}
	a.hook(StepRecorded)
	added.Version = v
	return added, nil
}

// extras are what version n's PDF carries: its data file, the plans it
// was built from and its version.
func (a *Archive) extras(id identity, n int, source []byte, plans []pdf.Attachment) pdf.Extras {
	return pdf.Extras{
		Attachments: append([]pdf.Attachment{{
			Name:        id.sourceName(),
			Description: "Dữ liệu nguồn (TOML) của văn bản " + id.label(),
			Content:     source,
		}}, plans...),
		Version:  strings.TrimSuffix(versionFile(n), ".pdf"),
		Producer: a.opt.Tool.Producer(),
	}
}

// label names the document id in an attachment's description: its number,
// or "trình ký số" and its symbol for one that has none yet.
func (id identity) label() string {
	if id.Pending {
		return "trình ký số …/" + id.Symbol
	}
	return id.Number
}

// checkJoined refuses the issued plan of res, from src, when a pending
// document that joined its number (see joinNumber) has another subject:
// that document keeps its own folder, so checkSubject does not see it.
func (a *Archive) checkJoined(ctx context.Context, src engine.Source, res *engine.Result, id identity, dir string) error {
	if id.Pending {
		return nil
	}
	subject := res.Plan.Document.Subject
	h, err := numberHolder(ctx, a.root, dir, id.document(), id.Number, subject, true)
	if err != nil || h == nil {
		return err
	}
	return dataerr.List{{File: src.Name, Line: load.Line(src.Data, "document.number"), Field: "document.number",
		Message: takenMessage(a.root, h, subject)}}
}

// producerPrefix starts the Producer entry of every archived PDF.
const producerPrefix = "kehoach "

// Producer is the Producer entry of a PDF that t makes: "kehoach v1.2.0".
func (t Tool) Producer() string { return producerPrefix + t.Version }

// folder is the folder of the document id, relative to the archive's
// root: id.Dir(), unless the document was archived before folder names
// carried a hash and is still in its old folder: its manifest names the
// document, or, when a first run was killed before writing one, its v1.pdf
// does. An old folder of another document is left alone.
func (a *Archive) folder(ctx context.Context, id identity) (string, error) {
	if _, err := os.Lstat(filepath.Join(a.root, id.Dir())); !errors.Is(err, fs.ErrNotExist) {
		return id.Dir(), nil
	}
	old := filepath.Join(a.root, id.legacyDir())
	fi, err := os.Lstat(old)
	if err != nil || !fi.IsDir() {
		return id.Dir(), nil
	}
	m, err := readManifest(old, filepath.Join(old, ManifestName))
	if err != nil {
		return "", err
	}
	if m != nil && sameDocument(m.Document, id.document()) {
		return id.legacyDir(), nil
	}
	if m == nil {
		v1 := filepath.Join(old, versionFile(1))
		if data, err := readVersion(v1); err == nil {
			if _, _, got, why := inspect(ctx, v1, data, 1); why == "" && sameDocument(got.document(), id.document()) {
				return id.legacyDir(), nil
			}
		}
	}
	return id.Dir(), nil
}

// place builds the document of src and finds its folder, relative to the
// archive's root: a draft, data with errors, or data from which no folder
// name can be made is a dataerr.List.
func (a *Archive) place(ctx context.Context, src engine.Source) (*engine.Result, identity, string, error) {
	res, err := a.builder.Build(ctx, src, nil)
	if err != nil {
		return nil, identity{}, "", err
	}
	if err := refuseState(src, res.Plan); err != nil {
		return nil, identity{}, "", err
	}
	id, ok := identify(res.Plan)
	if !ok {
		return nil, identity{}, "", dataerr.List{{File: src.Name, Field: "issuer",
			Message: "không đặt được tên thư mục lưu trữ từ tên cơ quan, ký hiệu và số văn bản (cần có chữ cái hoặc chữ số)"}}
	}
	rel, err := a.folder(ctx, id)
	if err != nil {
		return nil, identity{}, "", err
	}
	return res, id, rel, nil
}

// makeDirs creates the folders of the path rel under root, one by one,
// and refuses a folder of the way that is a link or not a folder: a
// hostile archive could point one outside itself.
func makeDirs(root, rel string) error {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return writeError(output.OpFolder, err)
	}
	dir := root
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		dir = filepath.Join(dir, part)
		err := os.Mkdir(dir, 0o755)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			return writeError(output.OpFolder, err)
		}
		fi, err := os.Lstat(dir)
		if err != nil {
			return writeError(output.OpFolder, err)
		}
		if !fi.IsDir() {
			return dataerr.List{{File: dir, Message: "trong lưu trữ, đây phải là một thư mục, không phải tệp hay liên kết"}}
		}
	}
	return nil
}

// sums are the SHA-256 sums of attachments by name; nil when there are
// none.
func sums(as []pdf.Attachment) map[string]string {
	if len(as) == 0 {
		return nil
	}
	out := make(map[string]string, len(as))
	for _, a := range as {
		out[a.Name] = sum(a.Content)
	}
	return out
}

// sum is the SHA-256 of data in lower-case hex.
func sum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
