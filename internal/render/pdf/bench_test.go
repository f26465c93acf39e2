package pdf

import (
	"context"
	"io"
	"testing"

	"github.com/go-pdf/fpdf"
)

// BenchmarkRender renders the sample plan (five pages, one table) with a
// warm renderer.
func BenchmarkRender(b *testing.B) {
	r := newRenderer(b)
	d := samplePlan(b)
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
	d := samplePlan(b)
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
// repertoire, which is drawn with the UTF-8 fonts.
func BenchmarkRenderUTF8(b *testing.B) {
	r := newRenderer(b)
	d := samplePlan(b)
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
	pages, err := newRenderer(b).layout(context.Background(), samplePlan(b))
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
		pdf := fpdf.New("P", "mm", "A4", "")
		for f := regular; f < numFaces; f++ {
			for p := range numPages {
				faces[f].add(pdf, p, &cuts[f])
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
	d := samplePlan(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.layout(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddFonts registers the four faces in a new fpdf document: fpdf
// parses each TrueType file and names each face by hashing its width table.
func BenchmarkAddFonts(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		pdf := fpdf.New("P", "mm", "A4", "")
		addFaces(pdf)
		if err := pdf.Error(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEmptyDocument is a one-page document with the four faces
// registered and one line in each: font parsing plus subsetting and
// embedding, the floor of any render.
func BenchmarkEmptyDocument(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		pdf := fpdf.New("P", "mm", "A4", "")
		addFaces(pdf)
		pdf.AddPage()
		for f := regular; f < numFaces; f++ {
			pdf.SetFont(f.family(), "", 12)
			pdf.Text(30, 30+10*float64(f), "Cộng hòa xã hội chủ nghĩa Việt Nam")
		}
		if err := pdf.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
