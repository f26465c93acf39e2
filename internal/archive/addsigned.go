package archive

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/signed"
)

// SignedOptions are what AddSigned needs beyond the file.
type SignedOptions struct {
	// Roots is the trust store (--ca); nil leaves chains not checked.
	Roots *x509.CertPool
	// Now is the time of the run: the record's time, and the time a
	// certificate's expiry is judged at.
	Now time.Time
	// Number and Date are the number and date stamped at issue, when the
	// clerk gives them; otherwise the version's own are recorded.
	Number, Date string
}

// SignedAdded is what AddSigned did.
type SignedAdded struct {
	// Dir is the document's folder.
	Dir string
	// Version is the version the file signs.
	Version Version
	// Original is the record added, or the one already there when the
	// same file was archived before.
	Original SignedOriginal
	// Unchanged is set when the same file was archived before.
	Unchanged bool
}

// Path is the signed original's path.
func (a *SignedAdded) Path() string { return filepath.Join(a.Dir, a.Original.File) }

// issueDate is the form of a date stamped at issue.
var issueDate = regexp.MustCompile(`^\d{2}/\d{2}/\d{4}$`)

// AddSigned archives the signed file at path beside the version of the
// archive at root whose exact bytes begin it: it checks every signature
// and revision with package signed, stores the file as the version's next
// signed original (never over a file) and records it in the manifest,
// atomically. A signed original of a version of a pending document
// (trình ký số) needs the number and date stamped at issue: the document
// joins that number in its manifest and stays in its folder (see
// joinNumber). A file that no version begins, or that package signed
// refuses, is a dataerr.List naming path.
func AddSigned(ctx context.Context, root, path string, opt SignedOptions) (*SignedAdded, error) {
	if opt.Date != "" && !issueDate.MatchString(opt.Date) {
		return nil, dataerr.List{{File: path, Field: "--date", Message: "ngày ban hành " + opt.Date + " không đúng dạng ngày/tháng/năm (dd/mm/yyyy)"}}
	}
	data, err := readVersion(path)
	if err != nil {
		return nil, err
	}
	dir, v, err := findSigned(ctx, root, data)
	if err != nil {
		return nil, err
	}
	if dir == "" {
		return nil, dataerr.List{{File: path, Message: "không phiên bản nào trong lưu trữ " + root +
			" là phần đầu của tệp này: tệp không phải bản ký số của một văn bản đã lưu (hãy ký đúng tệp vN.pdf mà kehoach archive đã lưu)"}}
	}
	report, err := signed.Check(ctx, data, v.PDFSize, signed.Options{Roots: opt.Roots, Now: opt.Now})
	if err != nil {
		return nil, signedFailure(path, err)
	}
	unlock, err := lock(ctx, dir, DefaultLockWait)
	if err != nil {
		return nil, err
	}
	defer unlock()
	shown := filepath.Join(dir, ManifestName)
	m, err := readManifest(dir, shown)
	if err != nil {
		return nil, err
	}
	if m == nil || v.Version > len(m.Versions) || m.Versions[v.Version-1].PDFSHA256 != v.PDFSHA256 {
		return nil, dataerr.List{{File: shown, Message: "sổ lưu trữ đã đổi trong khi kiểm tra tệp đã ký; hãy chạy lại"}}
	}
	ver := &m.Versions[v.Version-1]
	added := &SignedAdded{Dir: dir, Version: *ver}
	digest := sum(data)
	for _, s := range ver.Signed {
		if s.SHA256 == digest {
			added.Original, added.Unchanged = s, true
			return added, nil
		}
	}
	if len(ver.Signed) >= MaxSigned {
		return nil, manifestError(shown, fmt.Sprintf("phiên bản %d đã có %d bản gốc đã ký, tối đa %d", ver.Version, len(ver.Signed), MaxSigned))
	}
	rec := SignedOriginal{
		File:       signedFile(ver.Version, len(ver.Signed)+1),
		SHA256:     digest,
		Size:       int64(len(data)),
		Revisions:  report.Revisions,
		Number:     ver.Number,
		Date:       ver.Date,
		ArchivedAt: opt.Now.UTC().Truncate(time.Second),
	}
	if opt.Number != "" {
		rec.Number = opt.Number
	}
	if opt.Date != "" {
		rec.Date = opt.Date
	}
	if m.Document.Pending {
		number, err := joinNumber(ctx, root, dir, path, m, opt)
		if err != nil {
			return nil, err
		}
		rec.Number = number
		m.Document.Number = number
	}
	for _, s := range report.Signatures {
		rec.Signatures = append(rec.Signatures, signedBy(s))
	}
	if err := placeSigned(filepath.Join(dir, rec.File), data); err != nil {
		return nil, err
	}
	ver.Signed = append(ver.Signed, rec)
	if err := writeManifest(dir, m); err != nil {
		return nil, err
	}
	added.Version, added.Original = *ver, rec
	return added, nil
}

// placeSigned writes data at path, never over a file; a file that a killed
// run left there with the same bytes is taken as it is.
func placeSigned(path string, data []byte) error {
	err := output.WriteAll([]output.File{{Path: path, Data: data, Exclusive: true}}, nil)
	if errors.Is(err, fs.ErrExist) {
		if old, rerr := readVersion(path); rerr == nil && bytes.Equal(old, data) {
			return nil
		}
		return dataerr.List{{File: path, Message: "đã có tệp này nhưng sổ lưu trữ không ghi; kehoach không ghi đè, hãy chạy kehoach archive verify"}}
	}
	return err
}

// findSigned finds the version of the archive at root whose PDF's exact
// bytes begin data: its folder and record, or "" when none does.
func findSigned(ctx context.Context, root string, data []byte) (string, Version, error) {
	t, err := walk(root)
	if err != nil {
		return "", Version{}, err
	}
	for _, dir := range t.docs {
		if err := ctx.Err(); err != nil {
			return "", Version{}, err
		}
		m, err := readManifest(dir, filepath.Join(dir, ManifestName))
		if err != nil || m == nil {
			continue
		}
		for _, v := range m.Versions {
			if v.PDFSize <= 0 || v.PDFSize >= int64(len(data)) {
				continue
			}
			if sum(data[:v.PDFSize]) != v.PDFSHA256 {
				continue
			}
			// The version's file must still be those bytes.
			if pdf, err := readVersion(filepath.Join(dir, v.File)); err == nil && bytes.Equal(pdf, data[:v.PDFSize]) {
				return dir, v, nil
			}
		}
	}
	return "", Version{}, nil
}

// signedFailure says why the signed file at path was refused or could not
// be read.
func signedFailure(path string, err error) error {
	var r *signed.Refusal
	if errors.As(err, &r) {
		return dataerr.List{{File: path, Message: "tệp đã ký bị từ chối: " + r.Msg}}
	}
	if msg := pdfFailure(err); msg != "" {
		return dataerr.List{{File: path, Message: msg}}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return dataerr.List{{File: path, Message: "không đọc được tệp đã ký: " + reason(err)}}
}

// checkSignedOriginal says what is wrong with the signed original s of
// version v, whose PDF is pdf, in the folder dir, or "".
func checkSignedOriginal(ctx context.Context, dir string, v Version, pdf []byte, s SignedOriginal) string {
	data, problem := readRecorded(filepath.Join(dir, s.File), s.SHA256, s.Size, "thiếu tệp: sổ lưu trữ có ghi bản gốc đã ký này nhưng tệp không còn")
	if problem != "" {
		return problem
	}
	if pdf == nil || int64(len(pdf)) != v.PDFSize || !bytes.HasPrefix(data, pdf) {
		return "phần đầu của tệp không còn đúng là phiên bản " + v.File + " mà nó ký"
	}
	if _, err := signed.Check(ctx, data, v.PDFSize, signed.Options{}); err != nil {
		var r *signed.Refusal
		if errors.As(err, &r) {
			return "chữ ký không còn hợp lệ: " + r.Msg
		}
		if msg := pdfFailure(err); msg != "" {
			return msg
		}
		return "không kiểm tra được chữ ký: " + reason(err)
	}
	return ""
}
