// Package pdftext reads back the text and the ruled lines of the PDF files
// that kehoach writes with fpdf: each page's size, its runs of text with
// their font, size and position, and its stroked straight lines. Tests use
// it to check what a page shows and where.
//
// The file itself is parsed by github.com/ledongthuc/pdf: its objects, page
// tree and content streams. That library's own text extraction does not
// serve fpdf's UTF-8 fonts: it applies a ToUnicode bfrange by incrementing
// the last byte only (fpdf maps the whole <0000>-<FFFF> range in one
// bfrange, so "Ộ", U+1ED8, comes out as "Ø") and it has no widths for Type0
// fonts, so every glyph of a string gets the same x. This package therefore
// interprets the text and path operators of the content streams itself,
// decoding character codes through each font's ToUnicode CMap and advancing
// by the font's /W widths.
//
// Read understands what fpdf writes: Type0 fonts with a ToUnicode CMap,
// simple TrueType fonts whose encoding names glyphs uniXXXX;
// text placed with Td, TD, T* or Tm, spaced with Tc, Tw and TL, and shown
// with Tj, TJ, ' or "; paths built with m, l, re and h (curves move the
// current point and draw no segment) and stroked with S, s, B or b. It does
// not apply the current transformation matrix (cm), nor the scale, skew or
// rise of the text state (Tm's first four numbers, Tz, Ts), so text drawn
// rotated or scaled by fpdf's transform functions comes out at the wrong
// place.
package pdftext

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// ptPerMM converts millimetres to PDF points.
const ptPerMM = 72 / 25.4

// Page is one page of a PDF: its size and what it draws, in drawing order.
// Lengths are in millimetres, positions measured from the page's top-left
// corner, x to the right and y down.
type Page struct {
	W, H     float64   // width and height of the media box, mm
	Spans    []Span    // the runs of text, in drawing order
	Segments []Segment // the stroked straight lines, in drawing order
}

// Span is a run of text drawn by one text operator (Tj, or TJ with all the
// strings of its array), together with the text of the operators that go on
// from where it ends, in the same font (BaseFont) and size on the same
// baseline: fpdf's simple fonts hold Vietnamese in two fonts of one face,
// and a line that needs both is drawn by one operator for each stretch.
// Empty strings draw no span.
type Span struct {
	Text string  // the text, decoded through the font's ToUnicode CMap
	Font string  // the font's BaseFont, e.g. "utf8liberationserif-bold" or "LiberationSerif-Bold"
	Size float64 // font size, points
	X    float64 // left edge of the first glyph, mm from the left edge
	Y    float64 // baseline, mm from the top edge
	// Width runs from X to the right edge of the last glyph, in mm,
	// including the spacing adjustments of a TJ array.
	Width  float64
	Glyphs []Glyph // the glyphs, in order; their texts join to Text
}

// Glyph is one character code shown in a Span, on the span's baseline.
type Glyph struct {
	Text  string  // what the code stands for, usually one rune; U+FFFD if unmapped
	X     float64 // left edge, mm from the left edge of the page
	Width float64 // advance width, mm
}

// Segment is a stroked straight line from (X0, Y0) to (X1, Y1), in mm from
// the page's top-left corner. A stroked rectangle gives four segments.
type Segment struct {
	X0, Y0, X1, Y1 float64
}

// Read parses a PDF file and returns its pages in order. It returns an
// error, and never panics, if the file or a content stream is malformed, if
// the file has no pages, or if a page's resources hold a font other than a
// Type0 font with a ToUnicode CMap (fpdf's UTF-8 fonts are such) or a
// TrueType font encoded in WinAnsiEncoding with or without /Differences
// (fpdf's fonts of AddFontFromBytes are such; its core fonts, Helvetica and
// the like, are Type1).
func Read(pdf []byte) ([]Page, error) {
	return withReader(pdf, func(r *lpdf.Reader) ([]Page, error) {
		n := r.NumPage()
		if n == 0 {
			return nil, fmt.Errorf("pdftext: no pages")
		}
		var pages []Page
		for i := 1; i <= n; i++ {
			p, err := readPage(r.Page(i))
			if err != nil {
				return nil, fmt.Errorf("pdftext: page %d: %w", i, err)
			}
			pages = append(pages, p)
		}
		return pages, nil
	})
}

// Info returns the text entries of a PDF file's document information
// dictionary (Title, Author, Subject, Keywords, Creator, Producer, ...),
// decoded from PDFDocEncoding or UTF-16. Dates are returned as written,
// e.g. "D:20210318000000".
func Info(pdf []byte) (map[string]string, error) {
	return withReader(pdf, func(r *lpdf.Reader) (map[string]string, error) {
		d := r.Trailer().Key("Info")
		info := map[string]string{}
		for _, k := range d.Keys() {
			info[k] = d.Key(k).Text()
		}
		return info, nil
	})
}

// withReader parses the file's trailer and cross-reference table and
// returns what read makes of it; a panic of the PDF library, while parsing
// or in read, is an error and a zero result.
func withReader[T any](pdf []byte, read func(*lpdf.Reader) (T, error)) (out T, err error) {
	defer func() {
		if e := recover(); e != nil {
			var zero T
			out, err = zero, panicError(e)
		}
	}()
	r, err := lpdf.NewReader(bytes.NewReader(pdf), int64(len(pdf)))
	if err != nil {
		return out, fmt.Errorf("pdftext: open: %w", err)
	}
	return read(r)
}

// panicError turns what the PDF library panicked with into an error.
func panicError(e any) error {
	if err, ok := e.(error); ok {
		return fmt.Errorf("pdftext: malformed PDF: %w", err)
	}
	return fmt.Errorf("pdftext: malformed PDF: %v", e)
}

// Find returns the spans of the page whose text is exactly s, in drawing
// order.
func (p Page) Find(s string) []Span {
	var out []Span
	for _, sp := range p.Spans {
		if sp.Text == s {
			out = append(out, sp)
		}
	}
	return out
}

// Text returns the texts of the page's spans in drawing order, each
// followed by a newline.
func (p Page) Text() string {
	var b strings.Builder
	for _, sp := range p.Spans {
		b.WriteString(sp.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// Words returns the words of the page in drawing order: the texts of its
// spans split on white space. Spans whose baseline lies less than top mm
// below the top edge of the page are left out, which drops a page number
// printed in the top margin when top is the margin. A word is never joined
// across two spans.
func (p Page) Words(top float64) []string {
	var out []string
	for _, sp := range p.Spans {
		if sp.Y < top {
			continue
		}
		out = append(out, strings.Fields(sp.Text)...)
	}
	return out
}

// Words returns the words of all the pages in order, as Page.Words does for
// each: the page numbers in the top band above top mm are left out.
func Words(pages []Page, top float64) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.Words(top)...)
	}
	return out
}

// Metadata returns the XMP packet that the catalog's /Metadata entry links
// to, the bytes of its stream as written.
func Metadata(pdf []byte) ([]byte, error) {
	return withReader(pdf, func(r *lpdf.Reader) ([]byte, error) {
		m := r.Trailer().Key("Root").Key("Metadata")
		if m.Kind() != lpdf.Stream {
			return nil, fmt.Errorf("pdftext: the catalog links no metadata stream")
		}
		rc := m.Reader()
		defer rc.Close()
		return io.ReadAll(rc)
	})
}

// Catalog returns the names and values of the catalog's entries whose
// values are names or strings, such as Lang.
func Catalog(pdf []byte) (map[string]string, error) {
	return withReader(pdf, func(r *lpdf.Reader) (map[string]string, error) {
		c := r.Trailer().Key("Root")
		entries := map[string]string{}
		for _, k := range c.Keys() {
			switch v := c.Key(k); v.Kind() {
			case lpdf.Name:
				entries[k] = v.Name()
			case lpdf.String:
				entries[k] = v.Text()
			}
		}
		return entries, nil
	})
}
