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
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/doc"
)

// TestWarmEqualsFresh renders several documents with one renderer, in turn
// and from several goroutines at once, and checks each against a render by
// a renderer made for it alone: a renderer keeps nothing from one document
// to the next, whether the document's text is within the two code pages or
// has a character beyond them, drawn in a code page of its own.
func TestWarmEqualsFresh(t *testing.T) {
	docs := []*doc.Document{samplePlan(t), longTable(t, 60), samplePlan(t), samplePlan(t)}
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
		if err := newRenderer(t).Render(context.Background(), &buf, samplePlan(t)); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	warm := newRenderer(t)
	for range 2 {
		if err := warm.Render(context.Background(), io.Discard, samplePlan(t)); err != nil {
			t.Fatal(err)
		}
	}
	var here bytes.Buffer
	if err := warm.Render(context.Background(), &here, samplePlan(t)); err != nil {
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

// TestCancel stops the render of a document of some thousand pages soon
// after its context is cancelled, and of any document whose context is
// already done.
func TestCancel(t *testing.T) {
	r := newRenderer(t)
	d := samplePlan(t)
	// Warm the renderer: registering the faces is one step that does not
	// stop.
	if err := r.Render(context.Background(), &bytes.Buffer{}, d); err != nil {
		t.Fatal(err)
	}
	body := d.Body
	for range 300 {
		d.Body = append(d.Body, body...)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var buf bytes.Buffer
	go func() { done <- r.Render(ctx, &buf, d) }()
	time.Sleep(20 * time.Millisecond)
	cancel()
	stopped := time.Now()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error %v, want one wrapping context.Canceled", err)
		}
		if wait := time.Since(stopped); wait > 100*time.Millisecond {
			t.Errorf("Render stopped %v after the cancellation, want within 100 ms", wait)
		}
		if buf.Len() != 0 {
			t.Errorf("wrote %d bytes after the cancellation", buf.Len())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Render did not stop")
	}
	if err := r.Render(ctx, &bytes.Buffer{}, samplePlan(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v", err)
	}
}

// TestRepertoire checks that the sample plan and every Vietnamese letter are
// drawn with the simple fonts, and that a letter of another language is not.
func TestRepertoire(t *testing.T) {
	common, err := checkText(context.Background(), samplePlan(t))
	if err != nil || !common {
		t.Errorf("the sample plan is not within the repertoire (%v)", err)
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
