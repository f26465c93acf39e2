package pdf

import "testing"

// TestDraftMarkFirst: the draft mark is the first text drawn on page 1, so
// that it comes first in reading order (a screen reader, text extraction
// in content order), before the header it stands above.
func TestDraftMarkFirst(t *testing.T) {
	d := sampleDocument(t)
	d.Header.Draft = "DỰ THẢO"
	pages := render(t, d)
	if len(pages) == 0 || len(pages[0].Spans) == 0 {
		t.Fatal("no text on page 1")
	}
	if first := pages[0].Spans[0]; first.Text != "DỰ THẢO" {
		t.Errorf("page 1 starts with %q, want the draft mark", first.Text)
	}
}
