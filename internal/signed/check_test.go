package signed

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestCheckFixtures: the signed fixtures are accepted or refused as a
// clerk would expect, with the signers their certificates name.
func TestCheckFixtures(t *testing.T) {
	ca := pool(t, "ca.pem")
	signer := Signer{CommonName: "Nguyễn Văn A", Organization: "UBND huyện Cam Lộ", Serial: "1001"}
	office := Signer{CommonName: "Văn phòng UBND huyện Cam Lộ", Organization: "UBND huyện Cam Lộ", Serial: "1002"}
	tests := []struct {
		name    string
		file    string
		roots   *x509.CertPool
		signers []Signer
		trust   Trust
		refused string // part of the refusal, "" when accepted
	}{
		{"signer, trusted", "signer.pdf", ca, []Signer{signer}, Trusted, ""},
		{"signer, no trust store", "signer.pdf", nil, []Signer{signer}, NotChecked, ""},
		{"signer then office", "two.pdf", ca, []Signer{signer, office}, Trusted, ""},
		{"DER by openssl cms", "der.pdf", ca, []Signer{signer}, Trusted, ""},
		{"unsigned update appended", "appended.pdf", ca, nil, "", "nằm sau chữ ký cuối cùng"},
		{"number repainted between signatures", "repaint.pdf", ca, nil, "", "viết lại nội dung trang 1"},
		{"outside the trust store", "outsider.pdf", ca, nil, "", "không tin cậy"},
		{"outsider, no trust store", "outsider.pdf", nil, []Signer{{CommonName: "Người Ngoài", Organization: "Nơi khác", Serial: "1003"}}, NotChecked, ""},
		{"not signed", "base.pdf", ca, nil, "", "chưa được ký"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Check(context.Background(), fixture(t, tt.file), baseSize(t), Options{Roots: tt.roots, Now: signedAt, Read: quickRead})
			if tt.refused != "" {
				if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tt.refused) {
					t.Fatalf("err = %v, want a refusal saying %q", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Signatures) != len(tt.signers) {
				t.Fatalf("%d signatures, want %d", len(r.Signatures), len(tt.signers))
			}
			for i, s := range r.Signatures {
				got := Signer{CommonName: s.Signer.CommonName, Organization: s.Signer.Organization, Serial: s.Signer.Serial}
				if got != tt.signers[i] || s.Trust != tt.trust || s.Revision != i+1 || len(s.Warnings) != 0 {
					t.Errorf("signature %d: %+v, %q, revision %d, warnings %q; want %+v, %q", i, got, s.Trust, s.Revision, s.Warnings, tt.signers[i], tt.trust)
				}
				if s.Time.Year() != 2026 {
					t.Errorf("signature %d signed at %s, want the signing time of December 2026", i, s.Time)
				}
			}
			if last := r.Signatures[len(r.Signatures)-1].ByteRange; last[2]+last[3] != int64(len(fixture(t, tt.file))) {
				t.Errorf("last byte range %v does not end at the end of the file", last)
			}
		})
	}
}

// TestCheckRevisionsListed: each revision says what it added.
func TestCheckRevisionsListed(t *testing.T) {
	r, err := Check(context.Background(), fixture(t, "two.pdf"), baseSize(t), Options{Read: quickRead})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"ký vào trường «Signer»"}, {"ký vào trường «Office»"}}
	if len(r.Revisions) != len(want) {
		t.Fatalf("revisions %+v, want %d", r.Revisions, len(want))
	}
	for i, rev := range r.Revisions {
		if strings.Join(rev.Adds, "; ") != strings.Join(want[i], "; ") {
			t.Errorf("revision %d adds %q, want %q", i+1, rev.Adds, want[i])
		}
	}
}

// TestCheckFlippedByte: one byte changed in the signed range, in the
// archived version or in the signature's own revision, is refused.
func TestCheckFlippedByte(t *testing.T) {
	data := fixture(t, "signer.pdf")
	base := baseSize(t)
	m := int64(bytes.Index(data[base:], []byte("/M (D:"))) + base
	so := int64(bytes.Index(data, []byte("(So:")))
	for _, at := range []int64{so + 1, m + 7} {
		d := bytes.Clone(data)
		d[at] ^= 1
		_, err := Check(context.Background(), d, base, Options{Read: quickRead})
		if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "không khớp nội dung") {
			t.Errorf("byte %d flipped: err = %v, want refused as not matching", at, err)
		}
	}
}

// TestCheckExpiredSince: a certificate valid at signing and expired since
// is accepted with a warning.
func TestCheckExpiredSince(t *testing.T) {
	later := time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	r, err := Check(context.Background(), fixture(t, "signer.pdf"), baseSize(t), Options{Read: quickRead, Now: later, Roots: pool(t, "ca.pem")})
	if err != nil {
		t.Fatal(err)
	}
	if w := r.Signatures[0].Warnings; len(w) != 1 || !strings.Contains(w[0], "đã hết hạn") {
		t.Errorf("warnings %q, want one saying the certificate has expired", w)
	}
}
