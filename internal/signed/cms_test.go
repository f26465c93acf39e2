package signed

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/smallstep/pkcs7"
)

// selfSigned makes a certificate for cn valid from notBefore to notAfter,
// and its key.
func selfSigned(t *testing.T, cn string, notBefore, notAfter time.Time) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(77),
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"UBND xã Thử"}},
		NotBefore:    notBefore, NotAfter: notAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return cert, key
}

// sign makes a detached CMS signature of content; the library stamps
// the signing time attribute with the current time.
func sign(t *testing.T, content []byte, cert *x509.Certificate, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	return detached(t, content, func(sd *pkcs7.SignedData) error {
		return sd.AddSigner(cert, key, pkcs7.SignerInfoConfig{})
	})
}

// signBare makes a detached CMS signature of content with no signed
// attributes, so no signing time: a PDF gives it in /M then.
func signBare(t *testing.T, content []byte, cert *x509.Certificate, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	return detached(t, content, func(sd *pkcs7.SignedData) error {
		return sd.SignWithoutAttr(cert, key, pkcs7.SignerInfoConfig{})
	})
}

// detached makes a detached CMS signature of content whose signer addSigner
// adds.
func detached(t *testing.T, content []byte, addSigner func(*pkcs7.SignedData) error) []byte {
	t.Helper()
	sd, err := pkcs7.NewSignedData(content)
	if err != nil {
		t.Fatal(err)
	}
	if err := addSigner(sd); err != nil {
		t.Fatal(err)
	}
	sd.Detach()
	out, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestVerifyCMSTimeFromPDF: without a signing time attribute, the time
// the PDF gives is judged against the certificate's validity.
func TestVerifyCMSTimeFromPDF(t *testing.T) {
	now := time.Now()
	content := []byte("nội dung đã ký")
	cert, key := selfSigned(t, "Người Ký", now.Add(-time.Hour), now.Add(time.Hour))
	sig := signBare(t, content, cert, key)
	if _, at, _, err := verifyCMS(sig, content, nil, now); err != nil || !at.Equal(now) {
		t.Errorf("signed now: %v at %s", err, at)
	}
	_, _, _, err := verifyCMS(sig, content, nil, now.Add(48*time.Hour))
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "không có hiệu lực lúc ký") {
		t.Errorf("signed two days later: err = %v, want refused", err)
	}
}

// TestVerifyCMS: a signature verifies over its content only, with the
// padding a PDF's Contents string adds; a certificate not valid when it
// signed is refused; a chain outside the trust store is untrusted.
func TestVerifyCMS(t *testing.T) {
	now := time.Now()
	content := []byte("nội dung đã ký")
	valid, vkey := selfSigned(t, "Người Ký", now.Add(-time.Hour), now.Add(time.Hour))
	expired, ekey := selfSigned(t, "Người Hết Hạn", now.Add(-48*time.Hour), now.Add(-24*time.Hour))
	other, _ := selfSigned(t, "CA Khác", now.Add(-time.Hour), now.Add(time.Hour))
	padded := append(sign(t, content, valid, vkey), make([]byte, 300)...)
	trusted := x509.NewCertPool()
	trusted.AddCert(valid)
	strangers := x509.NewCertPool()
	strangers.AddCert(other)
	tests := []struct {
		name    string
		sig     []byte
		content []byte
		roots   *x509.CertPool
		trust   Trust
		refused string
	}{
		{"valid, padded, trusted", padded, content, trusted, Trusted, ""},
		{"valid, not checked", padded, content, nil, NotChecked, ""},
		{"other content", padded, []byte("nội dung khác"), nil, "", "không khớp nội dung"},
		{"not valid at signing", sign(t, content, expired, ekey), content, nil, "", "không có hiệu lực lúc ký"},
		{"outside the trust store", padded, content, strangers, "", "không tin cậy"},
		{"not CMS", []byte("xin chào"), content, nil, "", "không đọc được"},
		{"empty", nil, content, nil, "", "không đọc được"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, at, trust, err := verifyCMS(tt.sig, tt.content, tt.roots, time.Time{})
			if tt.refused != "" {
				if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tt.refused) {
					t.Fatalf("err = %v, want a refusal saying %q", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.CommonName != "Người Ký" || s.Organization != "UBND xã Thử" || s.Serial != "4d" || trust != tt.trust || at.Sub(now).Abs() > time.Hour {
				t.Errorf("signer %+v at %s, trust %q; want Người Ký, serial 4d, now, %q", s, at, trust, tt.trust)
			}
		})
	}
}
