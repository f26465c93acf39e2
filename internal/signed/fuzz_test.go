package signed

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// FuzzCheck: whatever the bytes after the archived version, Check returns
// within the reader's bounds, accepting only a file whose last signature
// ends at its end, or refusing it, or saying the reader failed.
func FuzzCheck(f *testing.F) {
	for _, name := range []string{"signer.pdf", "two.pdf", "der.pdf", "appended.pdf", "repaint.pdf"} {
		f.Add(fixture(f, name)[baseSize(f):])
	}
	base := fixture(f, "base.pdf")
	read := readerWithin(time.Second)
	known := []error{ErrRefused, pdfread.ErrMalformed, pdfread.ErrTimeout, pdfread.ErrMemory, pdfread.ErrCrashed, pdfread.ErrTooLarge}
	f.Fuzz(func(t *testing.T, update []byte) {
		data := append(append([]byte(nil), base...), update...)
		r, err := Check(context.Background(), data, int64(len(base)), Options{Read: read})
		if err != nil {
			for _, k := range known {
				if errors.Is(err, k) {
					return
				}
			}
			t.Fatalf("error of no known kind: %v", err)
		}
		last := r.Signatures[len(r.Signatures)-1].ByteRange
		if last[0] != 0 || last[2]+last[3] != int64(len(data)) {
			t.Errorf("accepted with the last byte range %v in a file of %d bytes", last, len(data))
		}
	})
}
