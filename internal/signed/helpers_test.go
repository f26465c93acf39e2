package signed

import (
	"context"
	"crypto/x509"
	"os"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// baseSize is the length of testdata/base.pdf, the archived version that
// every signed fixture begins with.
func baseSize(t testing.TB) int64 {
	t.Helper()
	return int64(len(fixture(t, "base.pdf")))
}

// fixture reads a file of testdata, made by testdata/make.sh.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pool is a trust store of the certificates in the PEM fixture name.
func pool(t testing.TB, name string) *x509.CertPool {
	t.Helper()
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM(fixture(t, name)) {
		t.Fatalf("no certificate in %s", name)
	}
	return p
}

// signedAt is a time at which the fixtures' certificates are valid: they
// were made in December 2026 for ten years.
var signedAt = time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)

// quickRead reads revisions in a child bounded to a few seconds.
var quickRead = readerWithin(5 * time.Second)

// readerWithin reads revisions in a child bounded to timeout and 256 MiB.
func readerWithin(timeout time.Duration) Reader {
	return func(ctx context.Context, data []byte, ends []int64) (*pdfread.Revisions, error) {
		return pdfread.ReadRevisions(ctx, data, ends, pdfread.Limits{Timeout: timeout, Memory: 256 << 20})
	}
}
