package archive

import (
	"fmt"
	"strconv"
	"time"

	"github.com/kehoach/kehoach/internal/signed"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// MaxSigned is the most signed originals one version may have.
const MaxSigned = 100

// vietnamTime is t in Vietnam time, ISO 8601: "2026-12-06T07:58:11+07:00".
func vietnamTime(t time.Time) string { return t.In(vnfmt.Zone).Format(time.RFC3339) }

// SignedOriginal is the record of a signed original of a version: the
// file the signer and the office signed, beginning with the version's
// exact bytes.
type SignedOriginal struct {
	// File is its name in the document's folder: "v1.signed.pdf", or
	// "v1.signed-2.pdf" for a second one.
	File string `json:"file"`
	// SHA256 and Size are the signed file's SHA-256 and length in bytes.
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	// Signatures are the signatures, in the order they were made.
	Signatures []SignedBy `json:"signatures"`
	// Revisions are the incremental updates after the version, with what
	// each added.
	Revisions []signed.Revision `json:"revisions"`
	// Number and Date are the number and date stamped at issue:
	// "44/KH-UBND", "18/03/2021".
	Number string `json:"issued_number"`
	Date   string `json:"issued_date"`
	// ArchivedAt is when the signed original was archived, in UTC.
	ArchivedAt time.Time `json:"archived_at"`
}

// SignedBy is one signature of a signed original.
type SignedBy struct {
	// Field is the signature field's name.
	Field string `json:"field"`
	// CommonName and Organization are the certificate subject's CN and O.
	CommonName   string `json:"cn"`
	Organization string `json:"o,omitempty"`
	// Serial is the certificate's serial number, in hex.
	Serial string `json:"serial"`
	// Issuer is the certificate issuer's subject.
	Issuer string `json:"issuer"`
	// SigningTime is in Vietnam time, ISO 8601; "" when unknown.
	SigningTime string `json:"signing_time,omitempty"`
	// Trust is the chain's trust when archived: "tin cậy" or "chưa kiểm
	// tra".
	Trust string `json:"trust"`
	// Warnings are what was said of the signature when archived.
	Warnings []string `json:"warnings,omitempty"`
}

// signedFile is the name of the k-th signed original of version n.
func signedFile(n, k int) string {
	if k <= 1 {
		return "v" + strconv.Itoa(n) + ".signed.pdf"
	}
	return "v" + strconv.Itoa(n) + ".signed-" + strconv.Itoa(k) + ".pdf"
}

// checkSigned returns what is wrong with the signed originals of v, named
// where in messages, or "".
func checkSigned(v Version, where string) string {
	if len(v.Signed) > MaxSigned {
		return fmt.Sprintf("%s ghi %d bản gốc đã ký, quá giới hạn %d", where, len(v.Signed), MaxSigned)
	}
	for i, s := range v.Signed {
		w := fmt.Sprintf("%s.signed[%d]", where, i)
		switch {
		case s.File != signedFile(v.Version, i+1):
			return fmt.Sprintf("%s ghi tệp %q, đúng ra là %q", w, s.File, signedFile(v.Version, i+1))
		case !isSHA256(s.SHA256):
			return w + " có mã SHA-256 không hợp lệ (phải là 64 chữ số hệ 16 viết thường)"
		case s.Size <= v.PDFSize:
			return w + " có kích thước không hợp lệ (phải lớn hơn phiên bản mà nó ký)"
		case len(s.Signatures) == 0:
			return w + " không ghi chữ ký nào"
		}
	}
	return ""
}

// signedBy records the signature s.
func signedBy(s signed.Signature) SignedBy {
	b := SignedBy{
		Field:        s.Field,
		CommonName:   s.Signer.CommonName,
		Organization: s.Signer.Organization,
		Serial:       s.Signer.Serial,
		Issuer:       s.Signer.Issuer,
		Trust:        string(s.Trust),
		Warnings:     s.Warnings,
	}
	if !s.Time.IsZero() {
		b.SigningTime = vietnamTime(s.Time)
	}
	return b
}
