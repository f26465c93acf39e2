package docx

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestDraftMark checks the draft mark: a paragraph of its own, first in the
// body, boxed and bold, for a draft; no paragraph at all otherwise.
func TestDraftMark(t *testing.T) {
	d := sampleDoc(t)
	final := paragraphs(t, parts(t, render(t, embedded(), d))["word/document.xml"])
	if slices.Contains(final, "DỰ THẢO") || final[0] == "" {
		t.Errorf("a final plan starts with %q, has the mark %v", final[0], slices.Contains(final, "DỰ THẢO"))
	}
	d.Header.Draft = "DỰ THẢO"
	main := parts(t, render(t, embedded(), d))["word/document.xml"]
	draft := paragraphs(t, main)
	if draft[0] != "DỰ THẢO" || len(draft) != len(final)+1 {
		t.Errorf("a draft starts with %q and has %d paragraphs, want the mark and %d", draft[0], len(draft), len(final)+1)
	}
	run := regexp.MustCompile(`<w:r><w:rPr>(?s:.*?)</w:rPr><w:t xml:space="preserve">DỰ THẢO</w:t></w:r>`).Find(main)
	if run == nil || !strings.Contains(string(run), "<w:b/>") || !strings.Contains(string(run), `<w:bdr w:val="single"`) {
		t.Errorf("the mark's run %q is not bold and boxed", run)
	}
}

// TestTemplateWithoutDraft checks that a template made before the draft
// mark, without {{draft}}, still fills, a draft as well: the mark is
// optional.
func TestTemplateWithoutDraft(t *testing.T) {
	old := rewritePart(t, embedded(), func(s string) string {
		at := strings.Index(s, "{{draft}}")
		if at < 0 {
			t.Fatal("the embedded template has no {{draft}}")
		}
		start := strings.LastIndex(s[:at], "<w:p>")
		end := at + strings.Index(s[at:], "</w:p>") + len("</w:p>")
		return s[:start] + s[end:]
	})
	d := sampleDoc(t)
	d.Header.Draft = "DỰ THẢO"
	ps := paragraphs(t, parts(t, render(t, old, d))["word/document.xml"])
	if slices.Contains(ps, "DỰ THẢO") || !slices.Contains(ps, d.Header.Number) {
		t.Errorf("old template: mark %v, number %v", slices.Contains(ps, "DỰ THẢO"), slices.Contains(ps, d.Header.Number))
	}
}
