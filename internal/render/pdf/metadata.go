package pdf

import (
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/internal/doc"
)

// info is what a PDF says about itself: the entries of its document
// information dictionary and its XMP packet (xmp.go), both made from these
// values, so that they agree.
type info struct {
	Title, Author, Subject, Keywords string
	Creator, Producer                string
	// Date is the creation and modification date; when Undated, a
	// stand-in that the PDF does not show (see undated.go).
	Date    time.Time
	Undated bool
	// Record is the document's Phụ lục VI metadata; Pages its page count.
	Record doc.Record
	Pages  int
}

// newInfo returns the information of d laid out on pages pages, dated
// date, carrying x (which may be nil).
func newInfo(d *doc.Document, x *Extras, date time.Time, pages int) *info {
	in := &info{
		Title: d.Meta.Title, Author: d.Meta.Author, Subject: d.Meta.Subject, Keywords: d.Meta.Keywords,
		Creator: creator, Producer: creator, // not fpdf's own name; x may name the version
		Date: date, Undated: d.Meta.Undated, Record: d.Meta.Record, Pages: pages,
	}
	if x != nil {
		if x.Version != "" {
			in.Keywords += KeywordsVersion + x.Version
		}
		if x.Producer != "" {
			in.Producer = x.Producer
		}
	}
	return in
}

// apply sets in on pdf: its Info dictionary, its XMP packet, linked from
// the catalog, and the catalog's /Lang.
func (in *info) apply(pdf *fpdf.Fpdf) error {
	// fpdf writes a creation and a modification date in every PDF, the
	// clock's when none is set (v0.12 too: it has no way to leave them
	// out): an undated document gets its stand-in (doc.Meta.Undated), so
	// that the output stays reproducible, and the entries are blanked
	// once written (undated.go).
	pdf.SetCreationDate(in.Date)
	pdf.SetModificationDate(in.Date)
	pdf.SetTitle(in.Title, true)
	pdf.SetAuthor(in.Author, true)
	pdf.SetSubject(in.Subject, true)
	pdf.SetKeywords(in.Keywords, true)
	pdf.SetCreator(in.Creator, true)
	pdf.SetProducer(in.Producer, true)
	if langTag(in.Record.Language) {
		pdf.SetLang(in.Record.Language) // fpdf writes it unescaped
	}
	packet, err := in.xmp()
	if err != nil {
		return err
	}
	pdf.SetXmpMetadata(packet)
	return nil
}

// langTag reports whether s has the form of a BCP 47 language tag
// ("vi", "vi-VN"): ASCII letters, digits and hyphens, at most 35 of them.
func langTag(s string) bool {
	if s == "" || len(s) > 35 {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
