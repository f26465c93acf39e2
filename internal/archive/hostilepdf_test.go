package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// The crafted PDFs of package pdfread: prevLoop's cross-reference table
// names itself as /Prev, which made the PDF library loop for ever;
// hugeXref's table starts at object 2,000,000,000, for which it asked 64 GB.
const (
	prevLoop = "../pdfread/testdata/prev-loop.pdf"
	hugeXref = "../pdfread/testdata/huge-xref.pdf"
)

// pdfTimeout makes a PDF read give up after d for the rest of the test.
func pdfTimeout(t testing.TB, d time.Duration) {
	old := pdfLimits
	pdfLimits.Timeout = d
	t.Cleanup(func() { pdfLimits = old })
}

// within runs f and fails the test if it has not returned after 30
// seconds, far beyond any limit of the reader.
func within(t testing.TB, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("still running after 30 s")
	}
}

// TestExtractCraftedPDF: extract ends a PDF that loops or asks for 64 GB
// with a Vietnamese error naming the file.
func TestExtractCraftedPDF(t *testing.T) {
	pdfTimeout(t, 2*time.Second)
	tests := []struct{ file, want string }{
		{prevLoop, "đọc PDF quá lâu nên đã dừng"},
		{hugeXref, "đã dừng: tệp có thể bị hỏng hoặc được cố ý tạo ra"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			var err error
			within(t, func() { _, err = ExtractFile(context.Background(), tt.file) })
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].File != tt.file || !strings.Contains(errs[0].Message, tt.want) {
				t.Errorf("err = %v, want %s: …%s…", err, tt.file, tt.want)
			}
		})
	}
}

// TestExtractCancel: cancelling stops the read of a looping PDF at once,
// long before the reader's own limit, and extract says it was cancelled.
func TestExtractCancel(t *testing.T) {
	pdfTimeout(t, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	var err error
	within(t, func() { _, err = ExtractFile(ctx, prevLoop) })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want %v", err, context.Canceled)
	}
}

// placeOrphan archives the sample in a new archive and puts the PDF at
// crafted in its folder as v2.pdf, as a killed run leaves a version; it
// returns the archive and v2.pdf's path.
func placeOrphan(t *testing.T, crafted string) (root, orphan string) {
	root = t.TempDir()
	add(t, root, sampleSource(t, ""))
	orphan = filepath.Join(root, docDir, "v2.pdf")
	if err := os.WriteFile(orphan, readFile(t, crafted), 0o644); err != nil {
		t.Fatal(err)
	}
	return root, orphan
}

// TestAddCraftedOrphan: a crafted PDF lying in a document's folder as its
// next version is reported by name, Add returns, and the document's lock
// is free again.
func TestAddCraftedOrphan(t *testing.T) {
	pdfTimeout(t, 2*time.Second)
	for _, crafted := range []string{prevLoop, hugeXref} {
		t.Run(filepath.Base(crafted), func(t *testing.T) {
			root, orphan := placeOrphan(t, crafted)
			var err error
			within(t, func() {
				_, err = newArchive(t, root, Options{}).Add(context.Background(), sampleSource(t, " (bổ sung)"), when)
			})
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].File != orphan || !strings.Contains(errs[0].Message, "đã dừng") {
				t.Errorf("err = %v, want the reader stopped on %s", err, orphan)
			}
			unlock, err := lock(context.Background(), filepath.Join(root, docDir), time.Second)
			if err != nil {
				t.Fatalf("the document's lock is still held: %v", err)
			}
			unlock()
		})
	}
}

// TestAddCraftedOrphanCancel: cancelling Add while it reads a looping
// orphan stops it at once and frees the lock.
func TestAddCraftedOrphanCancel(t *testing.T) {
	pdfTimeout(t, time.Minute)
	root, _ := placeOrphan(t, prevLoop)
	a := newArchive(t, root, Options{})
	src := sampleSource(t, " (bổ sung)")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(500*time.Millisecond, cancel)
	var err error
	within(t, func() { _, err = a.Add(ctx, src, when) })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want %v", err, context.Canceled)
	}
	unlock, err := lock(context.Background(), filepath.Join(root, docDir), time.Second)
	if err != nil {
		t.Fatalf("the document's lock is still held: %v", err)
	}
	unlock()
}

// TestVerifyCraftedVersion: a crafted PDF that the manifest lists, with
// its own hash, is reported by Verify, which goes on to the end.
func TestVerifyCraftedVersion(t *testing.T) {
	pdfTimeout(t, 2*time.Second)
	root, orphan := placeOrphan(t, prevLoop)
	v1 := filepath.Join(root, docDir, "v1.pdf")
	if err := os.Rename(orphan, v1); err != nil {
		t.Fatal(err)
	}
	m := manifestOf(t, root)
	data := readFile(t, v1)
	m.Versions[0].PDFSHA256, m.Versions[0].PDFSize = sum(data), int64(len(data))
	if err := writeManifest(filepath.Join(root, docDir), m); err != nil {
		t.Fatal(err)
	}
	var r *Report
	var err error
	within(t, func() { r, err = Verify(context.Background(), root) })
	if err != nil || len(r.Problems) != 1 || r.Problems[0].File != v1 || !strings.Contains(r.Problems[0].Message, "đọc PDF quá lâu") {
		t.Errorf("verify: %+v, %v; want one problem: %s read too long", r, err, v1)
	}
}
