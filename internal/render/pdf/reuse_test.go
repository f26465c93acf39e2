package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
)

// TestWarmEqualsFresh renders several documents with one renderer, in turn
// and from several goroutines at once, and checks each against a render by
// a renderer made for it alone: a renderer keeps nothing from one document
// to the next, whether the document's text is within the two code pages or
// has a character beyond them, drawn in a code page of its own.
func TestWarmEqualsFresh(t *testing.T) {
	docs := []*doc.Document{sampleDocument(t), longTable(t, 60), sampleDocument(t), sampleDocument(t)}
	docs[2].Signature.Name = "NGUYỄN VĂN ÁNH" // Ễ is in the second code page
	docs[2].Body = docs[2].Body[:5]
	docs[3].Signature.Name = "Jürgen Weiß"
	fresh := make([][]byte, len(docs))
	for i, d := range docs {
		var buf bytes.Buffer
		if err := newRenderer(t).Render(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		fresh[i] = buf.Bytes()
	}
	if bytes.Equal(fresh[0], fresh[2]) || bytes.Equal(fresh[0], fresh[3]) {
		t.Fatal("two different documents rendered the same")
	}
	for i, name := range map[int]string{2: "NGUYỄN VĂN ÁNH", 3: "Jürgen Weiß"} {
		if pageWith(readPDF(t, fresh[i]), name) == 0 {
			t.Errorf("document %d does not show %q", i, name)
		}
	}
	warm := newRenderer(t)
	for round := range 2 {
		for i, d := range docs {
			var buf bytes.Buffer
			if err := warm.Render(context.Background(), &buf, d); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), fresh[i]) {
				t.Errorf("round %d, document %d: the warm renderer's bytes differ from a fresh one's", round, i)
			}
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, 3*len(docs))
	for k := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if err := warm.Render(context.Background(), &buf, docs[k%len(docs)]); err != nil {
				errs[k] = err
			} else if !bytes.Equal(buf.Bytes(), fresh[k%len(docs)]) {
				errs[k] = fmt.Errorf("document %d: concurrent render differs from a fresh one", k%len(docs))
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestNewProcessSameBytes renders the sample plan in a new process (this
// test binary run again), which cuts and measures the faces afresh, and
// checks its bytes against this process's render: what a process makes once
// and keeps (the cut faces, the measured glyphs) never changes the output.
func TestNewProcessSameBytes(t *testing.T) {
	if out := os.Getenv("KEHOACH_TEST_RENDER_TO"); out != "" {
		var buf bytes.Buffer
		if err := newRenderer(t).Render(context.Background(), &buf, sampleDocument(t)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	warm := newRenderer(t)
	for range 2 {
		if err := warm.Render(context.Background(), io.Discard, sampleDocument(t)); err != nil {
			t.Fatal(err)
		}
	}
	var here bytes.Buffer
	if err := warm.Render(context.Background(), &here, sampleDocument(t)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "x.pdf")
	cmd := exec.Command(os.Args[0], "-test.run=^TestNewProcessSameBytes$")
	cmd.Env = append(os.Environ(), "KEHOACH_TEST_RENDER_TO="+out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("render in a new process: %v\n%s", err, msg)
	}
	there, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(here.Bytes(), there) {
		t.Errorf("a new process renders %d bytes, this one %d, not the same", len(there), here.Len())
	}
}

// asking is a context that counts the questions asked of it and reports
// itself cancelled from question cancelAt on; 0 never.
type asking struct {
	context.Context
	asked    atomic.Int64
	cancelAt int64
}

func (c *asking) Err() error {
	if n := c.asked.Add(1); c.cancelAt > 0 && n >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

// TestCancel cancels the render of documents of some dozen pages, one of
// many blocks and one of a long table, at every stage: the render stops at
// the first question to its context after the cancellation and writes
// nothing. Laying out asks at least once a block and drawing once a page,
// so that what is done after a cancellation is at most a block's or a
// page's work. A document whose context is already done is not rendered.
func TestCancel(t *testing.T) {
	r := newRenderer(t)
	blocks := sampleDocument(t)
	body := blocks.Body
	for range 20 {
		blocks.Body = append(blocks.Body, body...)
	}
	for name, d := range map[string]*doc.Document{"blocks": blocks, "long table": longTable(t, 1000)} {
		laying := &asking{Context: context.Background()}
		pages, err := r.layout(laying, d)
		if err != nil {
			t.Fatal(err)
		}
		full := &asking{Context: context.Background()}
		if err := r.Render(full, io.Discard, d); err != nil {
			t.Fatal(err)
		}
		laid, asked := laying.asked.Load(), full.asked.Load()
		if laid < int64(len(d.Body)) {
			t.Errorf("%s: laying out %d blocks asked the context %d times", name, len(d.Body), laid)
		}
		if asked-laid < int64(len(pages)) {
			t.Errorf("%s: drawing %d pages asked the context %d times", name, len(pages), asked-laid)
		}
		for _, at := range []int64{1, asked / 3, asked * 2 / 3, asked - 1, asked} {
			ctx := &asking{Context: context.Background(), cancelAt: at}
			var buf bytes.Buffer
			err := r.Render(ctx, &buf, d)
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s, cancelled at question %d of %d: error %v, want one wrapping context.Canceled", name, at, asked, err)
			}
			if got := ctx.asked.Load(); got != at {
				t.Errorf("%s, cancelled at question %d of %d: Render asked %d questions", name, at, asked, got)
			}
			if buf.Len() != 0 {
				t.Errorf("%s, cancelled at question %d of %d: wrote %d bytes", name, at, asked, buf.Len())
			}
		}
		t.Logf("%s: %d blocks, %d pages, %d questions of which %d laying out", name, len(d.Body), len(pages), asked, laid)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Render(ctx, &bytes.Buffer{}, sampleDocument(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v", err)
	}
}

// TestRepertoire checks that the sample plan and every Vietnamese letter are
// drawn with the simple fonts, and that a letter of another language is not.
func TestRepertoire(t *testing.T) {
	d := sampleDocument(t)
	if err := checkText(context.Background(), d); err != nil {
		t.Errorf("the sample plan: %v", err)
	}
	pages, err := newRenderer(t).layout(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	if more := beyond(usedRunes(pages)); len(more) > 0 {
		t.Errorf("the sample plan is not within the repertoire: %q", string(more))
	}
	rep := repertoire()
	const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
	for _, r := range letters + strings.ToUpper(letters) + "“”–…" {
		if !rep.has(r) {
			t.Errorf("%q is not in the repertoire", r)
		}
	}
	for _, r := range "üßÖΩЖ€" {
		if rep.has(r) {
			t.Errorf("%q is in the repertoire", r)
		}
	}
}
