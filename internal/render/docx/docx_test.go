package docx

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestSampleParts checks that the .docx of the sample is a zip whose XML
// parts are all well-formed, with the core properties of the plan.
func TestSampleParts(t *testing.T) {
	ps := parts(t, render(t, embedded(), sampleDoc(t)))
	for name, b := range ps {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s is not well-formed: %v", name, err)
				break
			}
		}
	}
	core := string(ps["docProps/core.xml"])
	for _, want := range []string{
		"<dc:title>Kế hoạch thực hiện Chương trình giảm nghèo năm 2021</dc:title>",
		"<dc:creator>Ủy ban nhân dân huyện Cam Lộ</dc:creator>",
		"<dc:subject>Thực hiện Chương trình giảm nghèo năm 2021</dc:subject>",
		`<dcterms:created xsi:type="dcterms:W3CDTF">2021-03-18T00:00:00Z</dcterms:created>`,
	} {
		if !strings.Contains(core, want) {
			t.Errorf("core properties lack %s:\n%s", want, core)
		}
	}
}

// TestSampleText reads the document's text back and checks what the clerk
// reads: the header lines, the computed figures in the table cells, the
// signature, and no placeholder left anywhere.
func TestSampleText(t *testing.T) {
	ps := parts(t, render(t, embedded(), sampleDoc(t)))
	paras := paragraphs(t, ps["word/document.xml"])
	all := "\n" + strings.Join(paras, "\n") + "\n"
	checkSampleParagraphs(t, all)
	// Table cells are paragraphs too: rows 6, 7 and the totals, cell by cell.
	for _, row := range []string{
		"6|TT Cam Lộ|2.169|38|1,75|0|0,00|38|1,75|2|0,09|36|1,66",
		"7|Xã Cam Nghĩa|1.647|29|1,76|1|0,06|28|1,70|1|0,06|28|1,70",
		"|Tổng cộng|14.932|405|2,71|79|0,53|326|2,18|37|0,25|368|2,46",
		"A|B|1|2=4+6|3=2/1|4|5=4/1|6|7=6/1|8|9=8/1|10=2-8|11=10/1",
	} {
		if !strings.Contains(all, "\n"+strings.ReplaceAll(row, "|", "\n")+"\n") {
			t.Errorf("no table row reads %s", row)
		}
	}
	for name, b := range ps {
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") {
			continue
		}
		if text := strings.Join(paragraphs(t, b), "\n"); placeholderRE.MatchString(text) {
			t.Errorf("%s still reads a placeholder: %s", name, placeholderRE.FindString(text))
		}
	}
}

// TestSampleStructure checks the Word features a clerk relies on: real
// headings, merged header cells, repeated header rows, rows that do not
// split, the page set-up and the page number from page 2.
func TestSampleStructure(t *testing.T) {
	ps := parts(t, render(t, embedded(), sampleDoc(t)))
	body := string(ps["word/document.xml"])
	for _, want := range []string{
		`<w:pStyle w:val="Heading1"/>`,
		`<w:gridSpan w:val="4"/>`,
		`<w:vMerge w:val="restart"/>`,
		`<w:vMerge/>`,
		`<w:tblHeader/>`,
		`<w:cantSplit/>`,
		`<w:titlePg/>`,
		`w:w="11906"`, `w:h="16838"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if n := strings.Count(body, `<w:tblHeader/>`); n != 4 {
		t.Errorf("%d rows repeat as header, want the 4 header rows", n)
	}
	header := ""
	for name, b := range ps {
		if strings.HasPrefix(name, "word/header") && strings.Contains(string(b), "PAGE") {
			header = name
		}
	}
	if header == "" {
		t.Error("no header part holds a PAGE field")
	}
}

// TestReproducible renders the sample twice.
func TestReproducible(t *testing.T) {
	d := sampleDoc(t)
	if !bytes.Equal(render(t, embedded(), d), render(t, embedded(), d)) {
		t.Error("two renders of one document differ")
	}
}

// TestConcurrentDocumentsStayApart renders two plans many times from one
// Renderer at once; each output must equal its lone render: nothing of one
// document may leak into the other.
func TestConcurrentDocumentsStayApart(t *testing.T) {
	a := sampleDoc(t)
	b := sampleDoc(t)
	b.Header.Issuer = []string{"ỦY BAN NHÂN DÂN", "HUYỆN KHÁC"}
	b.Header.Number = "Số: 05/KH-UBND"
	b.Meta.Author = "Ủy ban nhân dân huyện Khác"
	wantA, wantB := render(t, embedded(), a), render(t, embedded(), b)
	r, err := New(embedded())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		d, want := a, wantA
		if i%2 == 1 {
			d, want = b, wantB
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			if err := r.Render(context.Background(), &buf, d); err != nil {
				t.Error(err)
				return
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("a concurrent render of %s differs from its lone render", d.Header.Number)
			}
		}()
	}
	wg.Wait()
}

// TestDataStaysLiteral checks that text with XML's special characters
// comes out as written.
func TestDataStaysLiteral(t *testing.T) {
	d := sampleDoc(t)
	tricky := `Thôn A & B <1> "x" 'y' ]]> {{body}}`
	for _, b := range d.Body {
		if b.Table != nil {
			b.Table.Body[0].Cells[1].Text = tricky
		}
	}
	d.Signature.Name = tricky
	d.Header.Number = `Số: 44/KH-UBND & <b>`
	paras := paragraphs(t, parts(t, render(t, embedded(), d))["word/document.xml"])
	count := 0
	for _, p := range paras {
		if p == tricky {
			count++
		}
		if p == `Số: 44/KH-UBND & <b>` {
			count += 10
		}
	}
	if count != 12 {
		t.Errorf("special characters: found %d of the unit name and signer, %d of the number line; want 2 and 1", count%10, count/10)
	}
}

// checkSampleParagraphs checks that all, the paragraphs of the sample
// plan's document each between newlines, holds the lines a clerk reads
// first: the header lines, a heading, a computed figure, the signature and
// the recipients.
func checkSampleParagraphs(t *testing.T, all string) {
	t.Helper()
	for _, want := range []string{
		"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Số: 44/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021",
		"KẾ HOẠCH", "Thực hiện Chương trình giảm nghèo năm 2021", "I. TÌNH HÌNH CHUNG",
		"- Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
		"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Anh Tuấn", "Nơi nhận:", "- Lưu: VT.",
	} {
		if !strings.Contains(all, "\n"+want+"\n") {
			t.Errorf("no paragraph reads %q", want)
		}
	}
}

// TestSplitRunsTemplate fills testdata/split-runs.docx, a template saved by
// LibreOffice Writer 7.4 (see testdata/README.md): every placeholder is
// split over runs of different formatting, as a clerk leaves it after
// retyping part of a placeholder in another language, size or style. The
// filled document reads as the shipped template's does; the text put in a
// placeholder's place takes the formatting of the run where "{{" stood.
func TestSplitRunsTemplate(t *testing.T) {
	split, err := os.ReadFile(filepath.Join("testdata", "split-runs.docx"))
	if err != nil {
		t.Fatal(err)
	}
	tp := parts(t, split)
	if app := string(tp["docProps/app.xml"]); !strings.Contains(app, "<Application>LibreOffice/") {
		t.Fatalf("testdata template was not saved by LibreOffice: %s", app)
	}
	raw := string(tp["word/document.xml"])
	for _, name := range append(slices.Clone(placeholders), optional...) {
		if strings.Contains(raw, marker(name)) {
			t.Errorf("testdata template holds %s whole: it must be split", marker(name))
		}
	}
	filled := parts(t, render(t, split, sampleDoc(t)))["word/document.xml"]
	got := paragraphs(t, filled)
	all := "\n" + strings.Join(got, "\n") + "\n"
	checkSampleParagraphs(t, all)
	if placeholderRE.MatchString(all) || strings.Contains(all, "{{") || strings.Contains(all, "}}") {
		t.Errorf("the filled template still shows braces:\n%s", all)
	}
	want := paragraphs(t, parts(t, render(t, embedded(), sampleDoc(t)))["word/document.xml"])
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the split template gives other text:\n got %q\nwant %q", first(got, 12), first(want, 12))
	}
	// "{{num" is 13 pt and "ber}}" 14 pt in the template: the number line
	// is 13 pt.
	if !regexp.MustCompile(`<w:sz w:val="26"/></w:rPr><w:t[^>]*>Số: 44/KH-UBND</w:t>`).Match(filled) {
		t.Errorf("the number line does not keep the formatting of the run where its placeholder starts")
	}
}

func first(s []string, n int) []string { return s[:min(n, len(s))] }

// BenchmarkRender renders the sample plan with the embedded template.
func BenchmarkRender(b *testing.B) {
	d := sampleDoc(b)
	r, err := New(embedded())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// countdown is a context that reports itself cancelled from its n-th
// question on: a render cancelled while it writes the body.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// TestRenderCancelled cancels a render before it starts and while it
// writes the body: it stops with context.Canceled and writes nothing.
func TestRenderCancelled(t *testing.T) {
	d := sampleDoc(t)
	r, err := New(embedded())
	if err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for name, ctx := range map[string]context.Context{
		"before":         cancelled,
		"in the body":    &countdown{Context: context.Background(), n: 5},
		"after the body": &countdown{Context: context.Background(), n: len(d.Body) + 1},
	} {
		var buf bytes.Buffer
		err := r.Render(ctx, &buf, d)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: error %v, want context.Canceled", name, err)
		}
		if buf.Len() > 0 {
			t.Errorf("%s: %d bytes written", name, buf.Len())
		}
	}
}
