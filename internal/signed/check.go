package signed

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// Reader reads what each revision of a PDF holds; pdfread.ReadRevisions
// with its default limits unless a test gives another.
type Reader func(ctx context.Context, data []byte, ends []int64) (*pdfread.Revisions, error)

// Options are what Check needs beyond the bytes.
type Options struct {
	// Roots is the trust store; nil leaves every chain not checked.
	Roots *x509.CertPool
	// Now is the time a certificate's expiry is judged at.
	Now time.Time
	// Read reads the revisions; nil means pdfread.ReadRevisions.
	Read Reader
}

// Report is what Check found in a sound signed original.
type Report struct {
	// Revisions are the revisions after the archived version, in order.
	Revisions []Revision
	// Signatures are the signatures, in the order they were made.
	Signatures []Signature
}

// Revision is one incremental update after the archived version.
type Revision struct {
	// End is the byte the revision ends at.
	End int64 `json:"end"`
	// Adds says, in Vietnamese, what the revision adds or replaces.
	Adds []string `json:"adds"`
}

// Signature is one verified signature.
type Signature struct {
	// Field is the signature field's name.
	Field string `json:"field"`
	// Revision counts the revisions after the archived version from 1.
	Revision int `json:"revision"`
	// ByteRange is the range signed.
	ByteRange [4]int64 `json:"byte_range"`
	// Signer is from the signer's certificate.
	Signer Signer `json:"signer"`
	// Time is the signing time, zero when the signature gives none.
	Time time.Time `json:"time"`
	// Trust is what is known of the certificate chain.
	Trust Trust `json:"trust"`
	// Warnings are in Vietnamese: a certificate expired since signing.
	Warnings []string `json:"warnings,omitempty"`
}

// Check checks that data is a signed original of the archived version
// that is its first prefix bytes: a *Refusal says why not. The file is
// read through opt.Read (a child process), bounded and stopped when ctx
// is done; an error other than a *Refusal is a failure to read.
func Check(ctx context.Context, data []byte, prefix int64, opt Options) (*Report, error) {
	if prefix <= 0 || prefix > int64(len(data)) {
		return nil, refuse("phiên bản lưu trữ không phải phần đầu của tệp đã ký")
	}
	if prefix == int64(len(data)) {
		return nil, refuse("tệp chưa được ký: không có bản cập nhật nào sau phiên bản lưu trữ")
	}
	ends := revisionEnds(data, prefix, pdfread.MaxRevisions-1)
	switch {
	case len(ends) == 0:
		return nil, refuse("sau phiên bản lưu trữ không có bản cập nhật nào kết thúc bằng %%EOF: tệp không phải PDF đã ký")
	case len(ends) > pdfread.MaxRevisions-1:
		return nil, refuse(fmt.Sprintf("tệp có hơn %d lần cập nhật", pdfread.MaxRevisions-1))
	}
	if last := ends[len(ends)-1]; last != int64(len(data)) {
		return nil, refuse(fmt.Sprintf("có %d byte sau lần cập nhật cuối cùng, không chữ ký nào bảo vệ", int64(len(data))-last))
	}
	read := opt.Read
	if read == nil {
		read = func(ctx context.Context, data []byte, ends []int64) (*pdfread.Revisions, error) {
			return pdfread.ReadRevisions(ctx, data, ends, pdfread.Limits{})
		}
	}
	all := append([]int64{prefix}, ends...)
	revs, err := read(ctx, data, all)
	if err != nil {
		return nil, fmt.Errorf("signed: read revisions: %w", err)
	}
	if len(revs.Revisions) != len(all) {
		return nil, fmt.Errorf("signed: read revisions: %d answers for %d revisions", len(revs.Revisions), len(all))
	}
	return check(data, all, revs.Revisions, opt)
}

// check judges the revisions revs, ending at ends, of data; revs[0] is
// the archived version.
func check(data []byte, ends []int64, revs []pdfread.Revision, opt Options) (*Report, error) {
	for _, s := range revs[0].Signatures {
		if s.Signed {
			return nil, refuse("phiên bản lưu trữ đã mang chữ ký số từ trước: không phải bản do kehoach lập")
		}
	}
	r := &Report{}
	lastSigned := 0 // the last revision that holds a signature
	for k := 1; k < len(revs); k++ {
		prev, cur := revs[k-1], revs[k]
		rev := Revision{End: ends[k]}
		adds, err := diff(prev, cur, k)
		if err != nil {
			return nil, err
		}
		rev.Adds = adds
		for _, s := range newSignatures(prev, cur) {
			sig, err := checkSignature(data, s, ends[k-1], ends[k], opt)
			if err != nil {
				return nil, err
			}
			sig.Revision = k
			r.Signatures = append(r.Signatures, *sig)
			lastSigned = k
		}
		r.Revisions = append(r.Revisions, rev)
	}
	switch {
	case len(r.Signatures) == 0:
		return nil, refuse("tệp không có chữ ký số nào sau phiên bản lưu trữ")
	case lastSigned != len(revs)-1:
		return nil, refuse(fmt.Sprintf("lần cập nhật thứ %d (từ byte %d đến hết tệp) nằm sau chữ ký cuối cùng, không chữ ký nào bảo vệ",
			lastSigned+1, ends[lastSigned]))
	}
	return r, nil
}

// sigKey identifies a signature across revisions.
func sigKey(s pdfread.Signature) string {
	return fmt.Sprintf("%s\x00%v\x00%x", s.Field, s.ByteRange, s.Contents)
}

// newSignatures are the signatures that cur holds and prev does not.
func newSignatures(prev, cur pdfread.Revision) []pdfread.Signature {
	seen := map[string]bool{}
	for _, s := range prev.Signatures {
		if s.Signed {
			seen[sigKey(s)] = true
		}
	}
	var out []pdfread.Signature
	for _, s := range cur.Signatures {
		if s.Signed && !seen[sigKey(s)] {
			out = append(out, s)
		}
	}
	return out
}

// checkSignature checks the signature s that the revision from start to
// end of data adds: its byte range is [0, h1, h2, end-h2] with its hole
// [h1, h2) inside the revision and exactly its Contents string, angle
// brackets included; and its CMS signature verifies over the range.
func checkSignature(data []byte, s pdfread.Signature, start, end int64, opt Options) (*Signature, error) {
	name := s.Field
	if name == "" {
		name = "(không tên)"
	}
	bad := func(msg string) error { return refuse("chữ ký ở trường " + name + ": " + msg) }
	switch {
	case s.BadByteRange:
		return nil, bad("ByteRange thiếu, không phải mảng hay không phải toàn số nguyên")
	case len(s.ByteRange) != 4:
		return nil, bad(fmt.Sprintf("ByteRange có %d số, cần đúng 4", len(s.ByteRange)))
	case s.BadContents:
		return nil, bad("Contents không phải chuỗi")
	case len(s.Contents) > pdfread.MaxContents:
		return nil, bad("Contents quá dài")
	}
	br := s.ByteRange
	for _, n := range br {
		if n < 0 || n > int64(len(data)) {
			return nil, bad(fmt.Sprintf("ByteRange %v có số âm hoặc vượt quá cỡ tệp", br))
		}
	}
	h1, h2, n2 := br[1], br[2], br[3]
	switch {
	case br[0] != 0:
		return nil, bad(fmt.Sprintf("ByteRange %v không bắt đầu từ byte 0", br))
	case h2 > math.MaxInt64-n2 || h2+n2 != end:
		return nil, bad(fmt.Sprintf("ByteRange %v không kết thúc ở cuối lần cập nhật chứa chữ ký (byte %d)", br, end))
	case h1 < start || h2 <= h1 || h2 > end:
		return nil, bad(fmt.Sprintf("ByteRange %v: chỗ trống [%d, %d) không nằm trong lần cập nhật chứa chữ ký (byte %d đến %d)", br, h1, h2, start, end))
	}
	hole := data[h1:h2]
	if len(hole) < 2 || hole[0] != '<' || hole[len(hole)-1] != '>' {
		return nil, bad(fmt.Sprintf("chỗ trống [%d, %d) của ByteRange không phải một chuỗi hệ 16 <…>", h1, h2))
	}
	got, err := hex.DecodeString(string(hole[1 : len(hole)-1]))
	if err != nil || !bytes.Equal(got, s.Contents) {
		return nil, bad(fmt.Sprintf("chỗ trống [%d, %d) của ByteRange không đúng là chuỗi Contents của chữ ký", h1, h2))
	}
	if sf := s.SubFilter; sf != "adbe.pkcs7.detached" && sf != "ETSI.CAdES.detached" {
		return nil, bad("kiểu chữ ký " + sf + " không được hỗ trợ (chỉ adbe.pkcs7.detached và ETSI.CAdES.detached)")
	}
	content := make([]byte, 0, h1+n2)
	content = append(content, data[:h1]...)
	content = append(content, data[h2:end]...)
	signer, at, trust, err := verifyCMS(s.Contents, content, opt.Roots, pdfDate(s.Time))
	if err != nil {
		return nil, bad(strings.TrimPrefix(err.Error(), "signed: "))
	}
	sig := &Signature{Field: s.Field, ByteRange: [4]int64{0, h1, h2, n2}, Signer: *signer, Time: at, Trust: trust}
	if !opt.Now.IsZero() && opt.Now.After(signer.NotAfter) {
		sig.Warnings = append(sig.Warnings, fmt.Sprintf("chứng thư của %s đã hết hạn từ %s (lúc ký còn hiệu lực)",
			signer.CommonName, signer.NotAfter.Format("2006-01-02")))
	}
	return sig, nil
}
