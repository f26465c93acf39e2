package signed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// appendXref appends to data an update whose trailer is trailer, with no
// object, its cross-reference table at the offset it returns.
func appendXref(data []byte, trailer func(xref int) string) []byte {
	out := append([]byte(nil), data...)
	xref := len(out)
	return fmt.Appendf(out, "xref\n0 1\n0000000000 65535 f \ntrailer\n%s\nstartxref\n%d\n%%%%EOF\n", trailer(xref), xref)
}

// TestCheckHostileRevisions: an update whose cross-reference table names
// itself as the one before, or whose page tree holds itself many times
// over, ends within the reader's bounds, refused or failed, never
// accepted.
func TestCheckHostileRevisions(t *testing.T) {
	signer := fixture(t, "signer.pdf")
	loop := appendXref(signer, func(xref int) string {
		return fmt.Sprintf("<< /Size 10 /Root 1 0 R /Prev %d >>", xref)
	})
	// Object 4 is the page tree's root: its Kids name it 200 times.
	kids := ""
	for range 200 {
		kids += "4 0 R "
	}
	body := "<< /Type /Pages /Count 1 /Kids [" + kids + "] >>"
	tree := append([]byte(nil), signer...)
	at := len(tree)
	tree = fmt.Appendf(tree, "4 0 obj\n%s\nendobj\n", body)
	xref := len(tree)
	prev := bytes.Fields(signer[bytes.LastIndex(signer, []byte("startxref"))+len("startxref"):])[0]
	tree = fmt.Appendf(tree, "xref\n0 1\n0000000000 65535 f \n4 1\n%010d 00000 n \ntrailer\n<< /Size 10 /Root 1 0 R /Prev %s >>\nstartxref\n%d\n%%%%EOF\n", at, prev, xref)
	tests := []struct {
		name string
		data []byte
		want []error
	}{
		// The reader loops on the table; its clock stops it.
		{"xref loop", loop, []error{pdfread.ErrTimeout, pdfread.ErrMalformed}},
		// The walk of the page tree is bounded: the tree is read, and
		// found to hold no page.
		{"page tree of itself", tree, []error{ErrRefused}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := Check(context.Background(), tt.data, baseSize(t), Options{Read: readerWithin(3 * time.Second)})
			if err == nil {
				t.Fatal("accepted")
			}
			known := false
			for _, w := range tt.want {
				known = known || errors.Is(err, w)
			}
			if !known {
				t.Errorf("err = %v, want one of %v", err, tt.want)
			}
			if d := time.Since(start); d > 30*time.Second {
				t.Errorf("took %s", d)
			}
		})
	}
}
