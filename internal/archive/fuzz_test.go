package archive

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/pdfread"
)

// FuzzReadEmbedded: whatever the bytes, reading a PDF returns within the
// reader's bounds, with what an archived PDF carries or an error of a
// kind the archive turns into a message.
func FuzzReadEmbedded(f *testing.F) {
	f.Add(readFile(f, prevLoop))
	f.Add(readFile(f, hugeXref))
	f.Add(readFile(f, add(f, f.TempDir(), sampleSource(f, "")).Path()))
	report, _ := reportBesidePlan(f)
	f.Add(readFile(f, add(f, f.TempDir(), report).Path()))
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	pdfTimeout(f, time.Second)
	known := []error{ErrNoSource, ErrTwoSources, ErrTooManyPlans, ErrPlanName, ErrChecksum, pdfread.ErrMalformed,
		pdfread.ErrTimeout, pdfread.ErrMemory, pdfread.ErrCrashed}
	f.Fuzz(func(t *testing.T, data []byte) {
		var (
			e   *Embedded
			err error
		)
		within(t, func() { e, err = ReadEmbedded(context.Background(), data) })
		if err != nil {
			var size *SizeError
			for _, k := range known {
				if errors.Is(err, k) {
					return
				}
			}
			if !errors.As(err, &size) {
				t.Fatalf("error of no known kind: %v", err)
			}
			return
		}
		if len(e.Source) > load.MaxFileSize || !strings.HasSuffix(strings.ToLower(e.SourceName), ".toml") || strings.HasPrefix(e.SourceName, planPrefix) {
			t.Errorf("embedded %q of %d bytes", e.SourceName, len(e.Source))
		}
		if len(e.Plans) > maxPlans {
			t.Errorf("%d plans embedded", len(e.Plans))
		}
		for name, p := range e.Plans {
			if len(p) > load.MaxFileSize || !strings.HasPrefix(name, planPrefix) || !planNameOK(name) {
				t.Errorf("plan %q of %d bytes", name, len(p))
			}
		}
	})
}
