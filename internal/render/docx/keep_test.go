package docx

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// topBlock is a paragraph or a table at the top level of the body.
type topBlock struct {
	table    bool
	keepNext bool   // by itself or by its style
	after    string // the paragraph's own space after, "" when unset
	text     string
}

// topBlocks reads the top-level paragraphs and tables of document.xml.
func topBlocks(t *testing.T, part []byte) []topBlock {
	t.Helper()
	var out []topBlock
	var wordsDoc struct {
		Body struct {
			Items []struct {
				XMLName xml.Name
				PPr     struct {
					Style struct {
						Val string `xml:"val,attr"`
					} `xml:"pStyle"`
					KeepNext *struct{} `xml:"keepNext"`
					Spacing  *struct {
						After string `xml:"after,attr"`
					} `xml:"spacing"`
				} `xml:"pPr"`
				Text []string `xml:"r>t"`
			} `xml:",any"`
		} `xml:"body"`
	}
	if err := xml.NewDecoder(bytes.NewReader(part)).Decode(&wordsDoc); err != nil && err != io.EOF {
		t.Fatal(err)
	}
	for _, it := range wordsDoc.Body.Items {
		// The heading styles keep with the next paragraph.
		heading := it.PPr.Style.Val == stylePart || it.PPr.Style.Val == styleItem
		b := topBlock{table: it.XMLName.Local == "tbl", keepNext: it.PPr.KeepNext != nil || heading,
			text: strings.Join(it.Text, "")}
		if it.PPr.Spacing != nil {
			b.after = it.PPr.Spacing.After
		}
		out = append(out, b)
	}
	return out
}

// TestKeepsAsThePDF checks the paragraph properties that make the Word
// document break its pages where the PDF does: the paragraph before a
// table of the body puts the paragraph space after itself, a paragraph
// that announces what follows keeps with it, and the body's last paragraph
// keeps with the signature block.
func TestKeepsAsThePDF(t *testing.T) {
	blocks := topBlocks(t, parts(t, render(t, embedded(), sampleDoc(t)))["word/document.xml"])
	var tables []int
	for i, b := range blocks {
		if b.table {
			tables = append(tables, i)
		}
	}
	if len(tables) != 3 {
		t.Fatalf("%d tables at the top level, want the header, the table of the body and the signature", len(tables))
	}
	space := strconv.Itoa(layout.ParaSpace.Twips())
	if before := blocks[tables[1]-1]; before.after != space {
		t.Errorf("the paragraph before the table (%q): space after %q, want %s", before.text, before.after, space)
	}
	if last := blocks[tables[2]-1]; !last.keepNext || last.after != "" {
		t.Errorf("the body's last paragraph (%q): keep with next %v, space after %q; want true and none", last.text, last.keepNext, last.after)
	}
	for _, b := range blocks[tables[0]+1 : tables[2]] {
		if strings.HasSuffix(b.text, ":") && !b.keepNext {
			t.Errorf("%q does not keep with what follows it", b.text)
		}
	}
}

// TestHeaderBreaks checks that a header line too long for its column comes
// as paragraphs broken before the name of the unit, as the PDF breaks it,
// rather than left for Word to break inside the place name.
func TestHeaderBreaks(t *testing.T) {
	d, err := sample.Document(func(p *plan.Plan) {
		p.Issuer.Superior = []string{"Ủy ban nhân dân huyện Cam Lộ"}
		p.Issuer.Name = []string{"Ủy ban nhân dân xã Cam Thành"}
	})
	if err != nil {
		t.Fatal(err)
	}
	got := paragraphs(t, parts(t, render(t, embedded(), d))["word/document.xml"])
	for _, want := range [][]string{{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ"}, {"ỦY BAN NHÂN DÂN", "XÃ CAM THÀNH"}} {
		i := slices.Index(got, want[0])
		if i < 0 || i+1 >= len(got) || got[i+1] != want[1] {
			t.Errorf("no paragraphs %q in %q", want, got[:min(len(got), 8)])
		}
		got = got[i+1:]
	}
}

// TestRenderHints checks that the headings given start a page, and only
// they, and that the loose ones do not keep with the next paragraph: a
// hint given for a block that is no heading is ignored.
func TestRenderHints(t *testing.T) {
	d := sampleDoc(t)
	var headings, others []int
	for i, b := range d.Body {
		if b.Kind == doc.Part || b.Kind == doc.Item {
			headings = append(headings, i)
		} else {
			others = append(others, i)
		}
	}
	hints := layout.Hints{Breaks: []int{headings[1], headings[3], others[2]}, Loose: []int{headings[2], others[3]}}
	r, err := New(embedded())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.RenderHints(context.Background(), &buf, d, hints); err != nil {
		t.Fatal(err)
	}
	part := parts(t, buf.Bytes())["word/document.xml"]
	// The paragraphs, each cut at its end, that start a page.
	var got []string
	for _, p := range strings.Split(string(part), "<w:p>")[1:] {
		p, _, _ = strings.Cut(p, "</w:p>")
		if strings.Contains(p, "<w:pageBreakBefore/>") {
			got = append(got, p)
		}
	}
	want := []string{d.Body[headings[1]].Heading(), d.Body[headings[3]].Heading()}
	if len(got) != len(want) {
		t.Fatalf("%d paragraphs start a page, want %d: %q", len(got), len(want), want)
	}
	for i := range want {
		if !strings.Contains(got[i], ">"+want[i]+"<") {
			t.Errorf("page break %d before %s, want before %q", i+1, got[i], want[i])
		}
		// The PDF drops the space before a paragraph that opens a page.
		if !strings.Contains(got[i], `<w:spacing w:before="0"/>`) {
			t.Errorf("the heading %q keeps its space before at the top of its page", want[i])
		}
	}
	var loose []string
	for _, p := range strings.Split(string(part), "<w:p>")[1:] {
		if strings.Contains(p, `<w:keepNext w:val="0"/>`) {
			loose = append(loose, p)
		}
	}
	if len(loose) != 1 || !strings.Contains(loose[0], ">"+d.Body[headings[2]].Heading()+"<") {
		t.Errorf("paragraphs that do not keep with the next: %q, want the heading %q alone", loose, d.Body[headings[2]].Heading())
	}
	// Render breaks no page and lets go of no keep.
	plain := parts(t, render(t, embedded(), d))["word/document.xml"]
	if bytes.Contains(plain, []byte("pageBreakBefore")) || bytes.Contains(plain, []byte(`<w:keepNext w:val="0"/>`)) {
		t.Error("Render breaks a page or lets go of a keep")
	}
}
