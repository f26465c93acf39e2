package signed

import (
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/smallstep/pkcs7"
)

// Trust says what is known of a signer's certificate chain.
type Trust string

// Trust values, in Vietnamese as the user reads them.
const (
	// Trusted: the chain leads to a certificate of the trust store.
	Trusted Trust = "tin cậy"
	// NotChecked: no trust store was given.
	NotChecked Trust = "chưa kiểm tra"
)

// Signer is who made one signature, from the signer's certificate.
type Signer struct {
	// CommonName and Organization are the certificate subject's CN and O.
	CommonName   string `json:"cn"`
	Organization string `json:"o,omitempty"`
	// Subject is the whole subject, as X.509 prints it.
	Subject string `json:"subject"`
	// Serial is the certificate's serial number in hex.
	Serial string `json:"serial"`
	// Issuer is the issuer's subject.
	Issuer string `json:"issuer"`
	// NotAfter is the end of the certificate's validity.
	NotAfter time.Time `json:"not_after"`
}

// verifyCMS checks the CMS signature sig over content: it must parse
// (BER or DER), have one signer whose certificate it carries, and verify.
// at is the signing time when the PDF gives one outside the CMS; the
// signing time attribute wins. It returns the signer, the signing time
// (zero when none is known) and the chain's trust: against roots, or
// NotChecked when roots is nil. A signature that fails is a *Refusal.
func verifyCMS(sig, content []byte, roots *x509.CertPool, at time.Time) (*Signer, time.Time, Trust, error) {
	p7, err := parseCMS(sig)
	if err != nil {
		return nil, time.Time{}, "", refuse("chữ ký số không đọc được (không phải CMS/PKCS#7 hợp lệ: " + err.Error() + ")")
	}
	if len(p7.Signers) != 1 {
		return nil, time.Time{}, "", refuse(fmt.Sprintf("chữ ký số có %d người ký, cần đúng một", len(p7.Signers)))
	}
	cert := p7.GetOnlySigner()
	if cert == nil {
		return nil, time.Time{}, "", refuse("chữ ký số không mang chứng thư của người ký")
	}
	var st time.Time
	if err := p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeSigningTime, &st); err == nil {
		at = st
	}
	s := signerOf(cert)
	p7.Content = content
	if err := p7.Verify(); err != nil {
		var mismatch *pkcs7.MessageDigestMismatchError
		var early *pkcs7.SigningTimeNotValidError
		switch {
		case errors.As(err, &early):
			return nil, time.Time{}, "", notValidAt(s.CommonName, early.SigningTime, cert)
		case errors.As(err, &mismatch):
			return nil, time.Time{}, "", refuse("chữ ký số của " + s.CommonName + " không khớp nội dung: tệp đã bị sửa sau khi ký")
		}
		return nil, time.Time{}, "", refuse("chữ ký số của " + s.CommonName + " không hợp lệ (" + err.Error() + ")")
	}
	// The time is judged once the bytes are known to be the signer's:
	// a changed byte is said to be a change, not a date out of range.
	if !at.IsZero() && (at.Before(cert.NotBefore) || at.After(cert.NotAfter)) {
		return nil, time.Time{}, "", notValidAt(s.CommonName, at, cert)
	}
	trust := NotChecked
	if roots != nil {
		inter := x509.NewCertPool()
		for _, c := range p7.Certificates {
			inter.AddCert(c)
		}
		when := at
		if when.IsZero() {
			when = cert.NotBefore
		}
		_, err := cert.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: when,
			KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
		if err != nil {
			return nil, time.Time{}, "", refuse("chứng thư của " + s.CommonName + " không tin cậy: không dẫn tới chứng thư gốc nào trong --ca (" + err.Error() + ")")
		}
		trust = Trusted
	}
	return s, at, trust, nil
}

// notValidAt refuses the certificate c of who, not valid at the signing
// time at.
func notValidAt(who string, at time.Time, c *x509.Certificate) error {
	return refuse(fmt.Sprintf("chứng thư của %s không có hiệu lực lúc ký (%s): chỉ có hiệu lực từ %s đến %s",
		who, at.UTC().Format(time.RFC3339), c.NotBefore.UTC().Format(time.RFC3339), c.NotAfter.UTC().Format(time.RFC3339)))
}

// parseCMS parses a CMS signature that a PDF's Contents string holds,
// padding and all; a panic of the parser is an error.
func parseCMS(sig []byte) (p7 *pkcs7.PKCS7, err error) {
	defer func() {
		if p := recover(); p != nil {
			p7, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return pkcs7.Parse(sig)
}

// signerOf describes the certificate c.
func signerOf(c *x509.Certificate) *Signer {
	return &Signer{
		CommonName:   c.Subject.CommonName,
		Organization: strings.Join(c.Subject.Organization, ", "),
		Subject:      c.Subject.String(),
		Serial:       c.SerialNumber.Text(16),
		Issuer:       c.Issuer.String(),
		NotAfter:     c.NotAfter.UTC(),
	}
}
