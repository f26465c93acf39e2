package docx

import (
	"archive/zip"
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
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

// TestUndatedHasNoDate: a document without a date (a draft not yet dated)
// writes no creation or modification date, neither in its core properties
// nor on their zip entry; a dated one writes its date in both.
func TestUndatedHasNoDate(t *testing.T) {
	for _, undated := range []bool{false, true} {
		d := sampleDoc(t)
		d.Meta.Undated = undated
		data := render(t, embedded(), d)
		core := string(parts(t, data)["docProps/core.xml"])
		dated := strings.Contains(core, "<dcterms:created") || strings.Contains(core, "<dcterms:modified")
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		var stamp time.Time
		for _, f := range zr.File {
			if f.Name == "docProps/core.xml" {
				stamp = f.Modified
			}
		}
		if undated && (dated || stamp.Year() > 1980) {
			t.Errorf("undated: core properties dated %v, entry dated %v\n%s", dated, stamp, core)
		}
		if !undated && (!dated || stamp.Format(time.DateOnly) != "2021-03-18") {
			t.Errorf("dated 2021-03-18: core properties dated %v, entry dated %v", dated, stamp)
		}
	}
}
