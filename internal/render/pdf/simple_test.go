package pdf

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// render renders d with a new renderer and reads it back.
func render(t *testing.T, d *doc.Document) []pdftext.Page {
	t.Helper()
	var buf bytes.Buffer
	if err := newRenderer(t).Render(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	return readPDF(t, buf.Bytes())
}

// firstParagraph returns the first paragraph of d's body.
func firstParagraph(t *testing.T, d *doc.Document) *doc.Block {
	t.Helper()
	for i := range d.Body {
		if d.Body[i].Kind == doc.Paragraph {
			return &d.Body[i]
		}
	}
	t.Fatal("no paragraph in the sample plan")
	return nil
}

// TestBothCodePages renders a paragraph whose lines need both code pages
// (lower-case letters that only page lower holds, capitals that only page
// upper holds): the words read back in order, each justified line is one
// span from the margin to the right margin, in the upright face.
func TestBothCodePages(t *testing.T) {
	d := sampleDocument(t)
	p := firstParagraph(t, d)
	p.Text = strings.Repeat("Ông NGUYỄN VĂN ỄNH, tỵ nạn “ẴM” ở xã Ỹ Lợi, nói: tôi đã ỠM ờ! ", 6) + "Hết."
	pages := render(t, d)
	words := pdftext.Words(pages, marginTop)
	want := strings.Fields(p.Text)
	i := slices.Index(words, want[0])
	if i < 0 || i+len(want) > len(words) || !slices.Equal(words[i:i+len(want)], want) {
		t.Fatalf("the paragraph reads back as %q, want %q", words[max(i, 0):min(max(i, 0)+len(want), len(words))], want)
	}
	full := 0
	for _, s := range pages[0].Spans {
		if !strings.Contains(s.Text, "ỄNH") {
			continue
		}
		if fontName(s) != "liberationserif-regular" || strings.HasPrefix(s.Font, "utf8") {
			t.Errorf("%q in %s, want the simple upright font", s.Text, s.Font)
		}
		if math.Abs(s.X-marginLeft) > 0.01 && math.Abs(s.X-(marginLeft+indent)) > 0.01 {
			t.Errorf("%q starts at %.2f mm, want the margin or the indent", s.Text, s.X)
		}
		if math.Abs(right(s)-(pageW-marginRight)) < 0.01 {
			full++
		}
	}
	if full < 3 {
		t.Errorf("%d lines of the paragraph end at the right margin, want at least 3", full)
	}
}

// TestOutsideCodePages renders a document with more characters than the
// two code pages hold than one more page could hold (Latin, Greek, Cyrillic):
// they are drawn in code pages of the document's own, every font is a
// tagged subset, and the words read back.
func TestOutsideCodePages(t *testing.T) {
	d := sampleDocument(t)
	p := firstParagraph(t, d)
	var extra []rune
	for _, span := range [][2]rune{{'Ä', 'ÿ'}, {'Α', 'Ω'}, {'α', 'ω'}, {'А', 'я'}} {
		for r := span[0]; r <= span[1]; r++ {
			if fonts.CanDraw(r) && !repertoire().has(r) {
				extra = append(extra, r)
			}
		}
	}
	if len(extra) <= 0x100-firstCode {
		t.Fatalf("%d characters beyond the code pages, want more than one page holds", len(extra))
	}
	words := []string{"Ông", "Jürgen", "Weiß", "và", "bà", "Ελένη", "đến", "thăm", "huyện."}
	for len(extra) > 0 {
		n := min(7, len(extra))
		words = append(words, string(extra[:n]))
		extra = extra[n:]
	}
	p.Text = strings.Join(words, " ")
	pages := render(t, d)
	got := pdftext.Words(pages, marginTop)
	for _, w := range words {
		if !slices.Contains(got, w) {
			t.Errorf("%q is not on the pages", w)
		}
	}
	for _, pg := range pages {
		for _, s := range pg.Spans {
			if _, tag := splitSubsetTag(s.Font); tag == "" {
				t.Errorf("%q in %s, a font without a subset tag", s.Text, s.Font)
			}
		}
	}
}

// TestEveryDrawableCharacter renders every character that the faces draw,
// in words of ten: the document takes many code pages of its own, and every
// word reads back.
func TestEveryDrawableCharacter(t *testing.T) {
	var words []string
	var word []rune
	for r := rune(0x21); r <= maxRune; r++ {
		if !fonts.CanDraw(r) || unicode.IsSpace(r) {
			continue
		}
		if word = append(word, r); len(word) == 10 {
			words = append(words, string(word))
			word = word[:0]
		}
	}
	if len(words) < 200 {
		t.Fatalf("%d words of ten drawable characters, want thousands of characters", len(words))
	}
	d := sampleDocument(t)
	p := firstParagraph(t, d)
	d.Body = []doc.Block{*p}
	for i := 0; i < len(words); i += 100 {
		b := *p
		b.Text = strings.Join(words[i:min(i+100, len(words))], " ")
		d.Body = append(d.Body, b)
	}
	got := strings.Join(pdftext.Words(render(t, d), marginTop), " ")
	for _, w := range words {
		if !strings.Contains(got, w) {
			t.Errorf("%q (%U…) does not read back", w, []rune(w)[0])
		}
	}
}

// TestSampleEmbedsSubsets: the sample plan embeds its four faces as
// subsets (their names carry a subset tag, the same for both code pages of
// a face), and the file is at most 90 KB, where the faces are 1.5 MB.
func TestSampleEmbedsSubsets(t *testing.T) {
	data := renderSample(t)
	if len(data) > 90_000 {
		t.Errorf("the sample plan is %d bytes, want at most 90 KB", len(data))
	}
	tags := map[string]string{} // face name → tag
	for _, p := range readPDF(t, data) {
		for _, s := range p.Spans {
			name, tag := splitSubsetTag(s.Font)
			if tag == "" {
				t.Fatalf("%q in %s, a font without a subset tag", s.Text, s.Font)
			}
			if old, ok := tags[name]; ok && old != tag {
				t.Errorf("%s has two tags, %s and %s", name, old, tag)
			}
			tags[name] = tag
		}
	}
	if len(tags) != int(numFaces) {
		t.Errorf("faces shown: %v, want all four", tags)
	}
}

// TestDraftMarkBeyondCodePages checks that a draft mark with a character
// beyond the two code pages is drawn in a code page of its own, as the
// rest of the text is, and reads back.
func TestDraftMarkBeyondCodePages(t *testing.T) {
	d := sampleDocument(t)
	d.Header.Draft = "DỰ THẢO Ω"
	var text strings.Builder
	for _, pg := range render(t, d) {
		for _, s := range pg.Spans {
			text.WriteString(s.Text)
		}
	}
	if !strings.Contains(text.String(), "Ω") {
		t.Errorf("the draft mark's Ω is not on the pages")
	}
}
