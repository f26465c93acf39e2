package engine

import (
	"bytes"
	"context"
	"errors"
	"github.com/kehoach/kehoach/internal/plan"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/render/pdf"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

const sample = "../../data/cam-lo-2021.toml"

// newEngine returns an Engine with the embedded templates.
func newEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sampleSource reads the sample data file.
func sampleSource(t testing.TB) Source {
	t.Helper()
	src, _, err := ReadSource(sample)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestBuildInMemory(t *testing.T) {
	e := newEngine(t)
	res, err := e.Build(context.Background(), sampleSource(t), Formats)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Artifacts) != 2 || res.Artifacts[0].Format != PDF || res.Artifacts[1].Format != DOCX {
		t.Fatalf("artifacts %v, want pdf then docx", res.Artifacts)
	}
	if !bytes.HasPrefix(res.Artifacts[0].Data, []byte("%PDF-")) || !bytes.HasPrefix(res.Artifacts[1].Data, []byte("PK\x03\x04")) {
		t.Error("artifacts are not a PDF and a zip")
	}
	// The figures hand-checked in the README: 14.932 households, 405 poor.
	if got := res.Data.(*plan.Computed).Total.Households; got != 14932 {
		t.Errorf("total households %d, want 14932", got)
	}
	// A second engine builds the same bytes.
	again, err := newEngine(t).Build(context.Background(), sampleSource(t), []Format{DOCX, PDF})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Artifacts[1].Data, res.Artifacts[0].Data) || !bytes.Equal(again.Artifacts[0].Data, res.Artifacts[1].Data) {
		t.Error("two builds of the sample differ")
	}
}

// TestProducerNamesKehoach: the PDF's Producer is the one the engine is
// given, in a build and in a PDF with extras that name none; the extras'
// own wins; without one, it is "kehoach", never the PDF library's name.
func TestProducerNamesKehoach(t *testing.T) {
	producer := func(t *testing.T, pdf []byte) string {
		t.Helper()
		info, err := pdftext.Info(pdf)
		if err != nil {
			t.Fatal(err)
		}
		return info["Producer"]
	}
	e, err := New(Options{Producer: "kehoach v1.4.0"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, src := context.Background(), sampleSource(t)
	res, err := e.Build(ctx, src, []Format{PDF})
	if err != nil {
		t.Fatal(err)
	}
	if got := producer(t, res.Artifacts[0].Data); got != "kehoach v1.4.0" {
		t.Errorf("build: Producer %q, want kehoach v1.4.0", got)
	}
	for _, tt := range []struct {
		extras pdf.Extras
		want   string
	}{
		{pdf.Extras{Version: "v2"}, "kehoach v1.4.0"},
		{pdf.Extras{Producer: "kehoach v1.3.0"}, "kehoach v1.3.0"},
	} {
		data, _, err := e.RenderPDF(ctx, src, res, tt.extras)
		if err != nil {
			t.Fatal(err)
		}
		if got := producer(t, data); got != tt.want {
			t.Errorf("extras %+v: Producer %q, want %q", tt.extras, got, tt.want)
		}
	}
	res, err = newEngine(t).Build(ctx, src, []Format{PDF})
	if err != nil {
		t.Fatal(err)
	}
	if got := producer(t, res.Artifacts[0].Data); got != "kehoach" {
		t.Errorf("no producer given: Producer %q, want kehoach", got)
	}
}

func TestBuildDataErrorNamesFieldAndLine(t *testing.T) {
	src := sampleSource(t)
	src.Name = "xa.toml"
	src.Data = bytes.Replace(src.Data, []byte("reduction = 17"), []byte("reduction = 170"), 1)
	_, err := newEngine(t).Build(context.Background(), src, Formats)
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("err = %v, want one data error", err)
	}
	if errs[0].File != "xa.toml" || errs[0].Field != "units[0].reduction" || errs[0].Line == 0 {
		t.Errorf("error %+v, want xa.toml, a line, units[0].reduction", errs[0])
	}
}

func TestBuildStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newEngine(t).Build(ctx, sampleSource(t), Formats)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in   string
		want string
		bad  string
	}{
		{in: "pdf,docx", want: "pdf docx"},
		{in: " DOCX , pdf,docx", want: "docx pdf"},
		{in: "pdf", want: "pdf"},
		{in: "pdf,odt", bad: "odt"},
		{in: "", bad: ""},
	}
	for _, tt := range tests {
		got, err := ParseFormats(tt.in)
		var fe *FormatError
		if tt.want == "" {
			if !errors.As(err, &fe) || fe.Name != tt.bad || !errors.Is(err, ErrFormat) {
				t.Errorf("ParseFormats(%q) = %v, %v; want a FormatError for %q", tt.in, got, err, tt.bad)
			}
			continue
		}
		var names []string
		for _, f := range got {
			names = append(names, string(f))
		}
		if err != nil || strings.Join(names, " ") != tt.want {
			t.Errorf("ParseFormats(%q) = %v, %v; want %s", tt.in, names, err, tt.want)
		}
	}
}

func TestNewRefusesBadTemplate(t *testing.T) {
	_, err := New(Options{WordTemplate: []byte("không phải tệp Word")})
	var te *TemplateError
	if !errors.As(err, &te) || te.Embedded {
		t.Fatalf("err = %v, want a *TemplateError of a given template", err)
	}
}

// BenchmarkBuild builds the sample plan from its bytes to PDF and DOCX in
// memory with a warm Engine: load and check, compute, compose, render both.
// This is the README's "one plan" figure.
func BenchmarkBuild(b *testing.B) {
	e := newEngine(b)
	src := sampleSource(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.Build(ctx, src, Formats); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPDFAndWordSayTheSame compares the words of the sample's PDF, read
// with an independent PDF reader, with the words of its Word document, read
// with Go's XML decoder: the same words in the same order, page numbers
// aside.
func TestPDFAndWordSayTheSame(t *testing.T) {
	res, err := newEngine(t).Build(context.Background(), sampleSource(t), Formats)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(res.Artifacts[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	pdfWords := pdftext.Words(pages, 20) // below the 20 mm top margin: no page numbers
	paras, err := docxtext.Paragraphs(res.Artifacts[1].Data)
	if err != nil {
		t.Fatal(err)
	}
	wordWords := strings.Fields(strings.Join(paras, " "))
	if len(pdfWords) < 1000 {
		t.Fatalf("the PDF has only %d words", len(pdfWords))
	}
	for i := 0; i < len(pdfWords) && i < len(wordWords); i++ {
		if pdfWords[i] != wordWords[i] {
			lo := max(0, i-5)
			t.Fatalf("word %d differs: PDF %q, Word %q\nPDF:  %q\nWord: %q", i, pdfWords[i], wordWords[i],
				pdfWords[lo:min(i+5, len(pdfWords))], wordWords[lo:min(i+5, len(wordWords))])
		}
	}
	if len(pdfWords) != len(wordWords) {
		t.Errorf("the PDF has %d words, the Word document %d", len(pdfWords), len(wordWords))
	}
}
