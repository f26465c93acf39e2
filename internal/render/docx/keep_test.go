package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

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
