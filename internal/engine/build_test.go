package engine

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/pdftext"
	"github.com/kehoach/kehoach/internal/render/docx"
)

const sample = "../../data/cam-lo-2021.toml"

func TestFileWritesBothNamedAfterData(t *testing.T) {
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	written, err := b.File(sample, out, Formats)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(out, "cam-lo-2021.pdf"), filepath.Join(out, "cam-lo-2021.docx")}
	if strings.Join(written, " ") != strings.Join(want, " ") {
		t.Fatalf("wrote %v, want %v", written, want)
	}
	var first [][]byte
	for _, w := range want {
		data, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		first = append(first, data)
	}
	// A second build, by a second Builder, replaces the files with the
	// same bytes.
	b2, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b2.File(sample, out, Formats); err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		second, _ := os.ReadFile(w)
		if !bytes.Equal(first[i], second) {
			t.Errorf("two builds of %s differ", filepath.Base(w))
		}
	}
}

func TestFileBadDataWritesNothing(t *testing.T) {
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, bytes.Replace(data, []byte("reduction = 17"), []byte("reduction = 170"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	_, err = b.File(bad, out, Formats)
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Field != "units[0].reduction" {
		t.Fatalf("err = %v, want one data error on units[0].reduction", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output folder exists after a failed build (%v)", err)
	}
}

func TestOutputName(t *testing.T) {
	tests := map[string]string{
		"data/cam-lo-2021.toml": "cam-lo-2021",
		"x.toml":                "x",
		"a/b.c/ke-hoach":        "ke-hoach",
	}
	for in, want := range tests {
		if got := OutputName(in); got != want {
			t.Errorf("OutputName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkBuild builds the sample plan from its file to PDF bytes: load and
// check, compute, compose, render.
func BenchmarkBuild(b *testing.B) {
	bl, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p, err := load.ReadFile(sample)
		if err != nil {
			b.Fatal(err)
		}
		d, err := bl.Document(p)
		if err != nil {
			b.Fatal(err)
		}
		if err := bl.Render(context.Background(), io.Discard, d, PDF); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPDFAndWordSayTheSame compares the words of the sample's PDF, read
// with an independent PDF reader, with the words of its Word document, read
// with Go's XML decoder: the same words in the same order, page numbers
// aside.
func TestPDFAndWordSayTheSame(t *testing.T) {
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := load.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	d, err := b.Document(p)
	if err != nil {
		t.Fatal(err)
	}
	var pdfOut, docxOut bytes.Buffer
	if err := b.Render(context.Background(), &pdfOut, d, PDF); err != nil {
		t.Fatal(err)
	}
	if err := b.Render(context.Background(), &docxOut, d, DOCX); err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(pdfOut.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	pdfWords := pdftext.Words(pages, 20) // below the 20 mm top margin: no page numbers
	paras, err := docx.Paragraphs(docxOut.Bytes())
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
