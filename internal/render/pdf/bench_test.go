package pdf

import (
	"context"
	"io"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// BenchmarkRender renders the sample plan (five pages, one table) with a
// warm renderer.
func BenchmarkRender(b *testing.B) {
	r := newRenderer(b)
	d := sampleDocument(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderParallel renders the sample plan from every CPU at once.
func BenchmarkRenderParallel(b *testing.B) {
	r := newRenderer(b)
	d := sampleDocument(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if err := r.Render(context.Background(), io.Discard, d); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkRenderUTF8 renders the sample plan with a character outside the
// two code pages, which is drawn in a code page of the document's own.
func BenchmarkRenderUTF8(b *testing.B) {
	r := newRenderer(b)
	d := sampleDocument(b)
	d.Signature.Name = "Trần Anh Tuấn Ö"
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Render(context.Background(), io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddSimpleFonts makes a document with the eight simple fonts
// registered, each face cut to the characters of the sample plan's pages.
func BenchmarkAddSimpleFonts(b *testing.B) {
	pages, err := newRenderer(b).layout(context.Background(), sampleDocument(b))
	if err != nil {
		b.Fatal(err)
	}
	used := usedRunes(pages)
	faces, err := simpleFaces()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		cuts, err := cutFaces(used)
		if err != nil {
			b.Fatal(err)
		}
		enc := newEncodings(used, fixedPages())
		pdf := fpdf.New("P", "mm", "A4", "")
		for f := regular; f < numFaces; f++ {
			for p, page := range fixedPages() {
				faces[f].add(pdf, page, p, &cuts[f], enc)
			}
		}
		if err := pdf.Error(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayout lays the sample plan out without drawing it.
func BenchmarkLayout(b *testing.B) {
	r := newRenderer(b)
	d := sampleDocument(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.layout(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
