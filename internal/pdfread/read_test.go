package pdfread

import (
	"bytes"
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// The two crafted PDFs of testdata, written by hand: prev-loop.pdf's one
// cross-reference table names itself as /Prev; huge-xref.pdf's table
// starts at object 2,000,000,000, which a parser that sizes its table by
// the first object number needs 64 GB for.
const (
	prevLoop = "testdata/prev-loop.pdf"
	hugeXref = "testdata/huge-xref.pdf"
)

// carrying renders a small PDF that carries a data file and version v2.
func carrying(t testing.TB) (pdfData, source []byte) {
	t.Helper()
	r, err := pdf.New()
	if err != nil {
		t.Fatal(err)
	}
	source = []byte("# dữ liệu\n[document]\nnumber = 44\n")
	d := &doc.Document{
		Meta:  doc.Meta{Title: "Kế hoạch", Keywords: "kế hoạch", Date: "2021-03-18"},
		Title: doc.Title{Kind: "KẾ HOẠCH", Subject: "Thử"},
		Body:  []doc.Block{{Kind: doc.Paragraph, Text: "Nội dung./."}},
	}
	x := pdf.Extras{
		Attachments: []pdf.Attachment{{Name: "44-KH-UBND.toml", Description: "Dữ liệu nguồn", Content: source}},
		Version:     "v2",
		Producer:    "kehoach v1.2.3",
	}
	var buf bytes.Buffer
	if _, err := r.RenderWith(context.Background(), &buf, d, x); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), source
}

// readFile reads path, or stops the test.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// readWithin runs Read and fails the test if it has not returned after
// 30 seconds, far beyond any limit the tests set.
func readWithin(t *testing.T, ctx context.Context, data []byte, lim Limits) (*Document, error) {
	t.Helper()
	type result struct {
		d   *Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := Read(ctx, data, lim)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.d, r.err
	case <-time.After(30 * time.Second):
		t.Fatal("Read has not returned after 30 s")
		return nil, nil
	}
}

// TestReadCarried: what kehoach embeds comes back whole.
func TestReadCarried(t *testing.T) {
	data, source := carrying(t)
	d, err := readWithin(t, context.Background(), data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Files) != 1 || d.Files[0].Name != "44-KH-UBND.toml" || !bytes.Equal(d.Files[0].Data, source) ||
		d.Files[0].TooLarge || d.Files[0].NotStream || len(d.Files[0].CheckSum) != 16 {
		t.Errorf("files = %+v, want 44-KH-UBND.toml = %q with its MD5 sum", d.Files, source)
	}
	if !strings.HasSuffix(d.Keywords, "; phiên bản v2") || d.Producer != "kehoach v1.2.3" {
		t.Errorf("keywords %q, producer %q", d.Keywords, d.Producer)
	}
	d, err = readWithin(t, context.Background(), data, Limits{MaxFile: 4})
	if err != nil || !d.Files[0].TooLarge || len(d.Files[0].Data) != 5 {
		t.Errorf("with MaxFile 4: %+v, %v; want 5 bytes, too large", d, err)
	}
}

// TestReadHostile: a PDF that makes the parser loop, allocate 64 GB or
// fail ends in an error of its kind, and the caller goes on.
func TestReadHostile(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		lim  Limits
		want error
	}{
		{"prev loop", readFile(t, prevLoop), Limits{Timeout: 2 * time.Second}, ErrTimeout},
		{"huge xref", readFile(t, hugeXref), Limits{}, errStopped},
		{"not a PDF", []byte("xin chào"), Limits{}, ErrMalformed},
		{"too large", make([]byte, MaxInput+1), Limits{}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readWithin(t, context.Background(), tt.data, tt.lim)
			if !errors.Is(err, tt.want) && !(tt.want == errStopped && stopped(err)) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// errStopped stands for either error of a reader that the memory limit
// stopped.
var errStopped = errors.New("stopped")

// stopped reports whether err says the reader was stopped for want of
// memory: the Go runtime, refused memory, most often says so, and
// sometimes crashes instead.
func stopped(err error) bool {
	return errors.Is(err, ErrMemory) || errors.Is(err, ErrCrashed)
}

// TestReadMemoryLimit: a PDF that needs 320 MB to read, which the machine
// could give, is stopped at the limit set.
func TestReadMemoryLimit(t *testing.T) {
	if runtime.GOOS != "linux" || raceEnabled {
		t.Skip("the hard memory limit is set on Linux, without the race detector")
	}
	data := bytes.Replace(readFile(t, hugeXref), []byte("2000000000 1"), []byte("10000000 1"), 1)
	if _, err := readWithin(t, context.Background(), data, Limits{}); err != nil {
		t.Fatalf("with the default limit: %v", err)
	}
	if _, err := readWithin(t, context.Background(), data, Limits{Memory: 64 << 20}); !stopped(err) {
		t.Errorf("with 64 MiB: err = %v, want the reader stopped", err)
	}
}

// TestReadCancel: cancelling the context stops a read that would loop
// for a minute, and Read says it was cancelled.
func TestReadCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	_, err := readWithin(t, ctx, readFile(t, prevLoop), Limits{Timeout: time.Minute})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want %v", err, context.Canceled)
	}
}

// TestReadPages: the page count comes back as the page tree states it;
// a count that cannot be one comes back 0. The crafted counts keep the
// file's length, so that its cross-reference table still holds.
func TestReadPages(t *testing.T) {
	data, _ := carrying(t)
	if bytes.Count(data, []byte("/Count 1\n")) != 1 {
		t.Fatal("the PDF's page tree is not written as expected; update TestReadPages")
	}
	tests := []struct {
		count string
		want  int
	}{
		{"1\n", 1},
		{"7\n", 7},
		{"-1", 0},
		{"0\n", 0},
	}
	for _, tt := range tests {
		crafted := bytes.Replace(data, []byte("/Count 1\n"), []byte("/Count "+tt.count), 1)
		d, err := readWithin(t, context.Background(), crafted, Limits{})
		if err != nil {
			t.Errorf("count %q: %v", tt.count, err)
			continue
		}
		if d.Pages != tt.want {
			t.Errorf("count %q: %d pages, want %d", tt.count, d.Pages, tt.want)
		}
	}
}
