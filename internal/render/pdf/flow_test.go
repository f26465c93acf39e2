package pdf

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
)

func TestDeterministic(t *testing.T) {
	r := newRenderer(t)
	var a, b bytes.Buffer
	if err := r.Render(context.Background(), &a, sampleDocument(t)); err != nil {
		t.Fatal(err)
	}
	if err := r.Render(context.Background(), &b, sampleDocument(t)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two renders of one document differ")
	}
	// Several goroutines share the renderer and the document.
	d := sampleDocument(t)
	const n = 4
	outs := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			errs[i] = r.Render(context.Background(), &buf, d)
			outs[i] = buf.Bytes()
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("goroutine %d: %v", i, errs[i])
		}
		if !bytes.Equal(outs[i], a.Bytes()) {
			t.Errorf("goroutine %d rendered different bytes", i)
		}
	}
}

func TestMetadata(t *testing.T) {
	data := renderSample(t)
	d := sampleDocument(t)
	for _, want := range []string{
		"/CreationDate (D:20210318000000)", "/ModDate (D:20210318000000)", "/Creator ",
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("no %q in the PDF", want)
		}
	}
	info := readInfo(t, data)
	for k, want := range map[string]string{
		"Title": d.Meta.Title, "Author": d.Meta.Author, "Subject": d.Meta.Subject,
		"Keywords": d.Meta.Keywords, "Creator": "kehoach",
	} {
		if info[k] != want {
			t.Errorf("%s = %q, want %q", k, info[k], want)
		}
	}
}

// longTable returns a document with a table of n body rows; rows 30 and 31
// are tied by a cell that spans both.
func longTable(tb testing.TB, n int) *doc.Document {
	d := sampleDocument(tb)
	t := tableOf(d)
	t.Body = nil
	for i := 1; i <= n; i++ {
		cells := []doc.Cell{{Text: fmt.Sprint(i)}, {Text: fmt.Sprintf("Đơn vị số %d", i)}, {Text: fmt.Sprintf("%d.%03d", 1+i/100, i)}}
		for c := 3; c < 13; c++ {
			cells = append(cells, doc.Cell{Text: fmt.Sprint(c)})
		}
		switch i {
		case 30:
			cells[12].RowSpan = 2
		case 31:
			cells = cells[:12]
		}
		t.Body = append(t.Body, doc.Row{Cells: cells})
	}
	d.Body = []doc.Block{
		{Kind: doc.Part, Number: "I.", Text: "CHỈ TIÊU"},
		{Kind: doc.TableBlock, Table: t},
		{Kind: doc.Paragraph, Text: "Kết thúc./."},
	}
	return d
}

func TestLongTable(t *testing.T) {
	const rows = 60
	var buf bytes.Buffer
	if err := newRenderer(t).Render(context.Background(), &buf, longTable(t, rows)); err != nil {
		t.Fatal(err)
	}
	pages := readPDF(t, buf.Bytes())
	tablePages := map[int]bool{}
	for i := 1; i <= rows; i++ {
		name := fmt.Sprintf("Đơn vị số %d", i)
		figure := fmt.Sprintf("%d.%03d", 1+i/100, i)
		pn, pf := pageWith(pages, name), pageWith(pages, figure)
		if pn == 0 || pn != pf {
			t.Errorf("row %d: name on page %d, figure on page %d", i, pn, pf)
		}
		tablePages[pn] = true
		if i == 31 && pn != pageWith(pages, "Đơn vị số 30") {
			t.Error("rows 30 and 31, tied by a row span, are on different pages")
		}
	}
	if len(tablePages) < 2 {
		t.Fatalf("the table spans %d page(s), want at least 2", len(tablePages))
	}
	for pn := range tablePages {
		p := pages[pn-1]
		first := p.Find("Đơn vị số 1")
		for i := 1; i <= rows && len(first) == 0; i++ {
			first = p.Find(fmt.Sprintf("Đơn vị số %d", i))
		}
		for _, h := range []string{"TT", "Đơn vị", "Hộ nghèo đầu 2021", "Tổng HN", "Dân số", "A", "11=10/1"} {
			got := p.Find(h)
			if len(got) == 0 {
				t.Errorf("page %d: header %q not repeated", pn, h)
				continue
			}
			if got[0].Y >= first[0].Y {
				t.Errorf("page %d: header %q below the first row", pn, h)
			}
		}
	}
}

func TestSignatureCarriesLastParagraph(t *testing.T) {
	r := newRenderer(t)
	moved := false
	for n := 1; n <= 24; n++ {
		d := sampleDocument(t)
		d.Body = nil
		for i := range n {
			d.Body = append(d.Body, doc.Block{Kind: doc.Paragraph,
				Text: fmt.Sprintf("Đoạn %d: tăng cường công tác tuyên truyền các chủ trương, chính sách về giảm nghèo bền vững cho cán bộ, nhân dân hiểu và thực hiện.", i+1)})
		}
		d.Body[n-1].Text += " Kết thúc./."
		var buf bytes.Buffer
		if err := r.Render(context.Background(), &buf, d); err != nil {
			t.Fatal(err)
		}
		pages := readPDF(t, buf.Bytes())
		sig := pageWith(pages, "TM. ỦY BAN NHÂN DÂN")
		for _, s := range []string{"CHỦ TỊCH", "Trần Anh Tuấn", "Nơi nhận:", "- Lưu: VT."} {
			if p := pageWith(pages, s); p != sig {
				t.Errorf("%d paragraphs: %q on page %d, the authority line on page %d", n, s, p, sig)
			}
		}
		end := 0
		for i, p := range pages {
			if strings.Contains(p.Text(), "./.") {
				end = i + 1
			}
		}
		if end != sig {
			t.Errorf("%d paragraphs: the body ends on page %d, the signature is on page %d", n, end, sig)
		}
		moved = moved || sig > 1
	}
	if !moved {
		t.Error("no paragraph count pushed the signature block past page 1")
	}
}

func TestHeadingsKeepWithNext(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	for i, p := range pages[:len(pages)-1] {
		// The spans are in drawing order: the page ends with the lowest,
		// the rightmost of those on one baseline.
		last := p.Spans[0]
		for _, s := range p.Spans[1:] {
			if s.Y > last.Y || s.Y == last.Y && s.X > last.X {
				last = s
			}
		}
		if last.Size == sizeBody && strings.HasSuffix(fontName(last), "-bold") {
			t.Errorf("page %d ends with the heading %q", i+1, last.Text)
		}
	}
}
