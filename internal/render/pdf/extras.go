package pdf

import (
	"context"
	"io"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/internal/doc"
)

// Attachment is a file embedded in the PDF as a document attachment
// (the catalog's EmbeddedFiles), such as the data file a document was built
// from.
type Attachment struct {
	// Name is the file name a PDF reader shows and saves the file under.
	Name string
	// Description is shown by some readers beside the name.
	Description string
	// Content is the whole file.
	Content []byte
}

// Extras are what a PDF may carry beyond its document: embedded files and
// version metadata. The output still depends on its inputs alone: the same
// document with the same extras gives the same bytes.
type Extras struct {
	// Attachments are embedded in the order given.
	Attachments []Attachment
	// Version, when set, names the document's version ("v2"); it is added
	// to the Info dictionary's Keywords.
	Version string
	// Producer, when set, is the Info dictionary's Producer entry, such as
	// the program and its version ("kehoach v1.2.0"); else it is
	// "kehoach".
	Producer string
}

// KeywordsVersion is the text that precedes Extras.Version in the PDF's
// Keywords entry.
const KeywordsVersion = "; phiên bản "

// RenderWith writes d to w as a PDF carrying x, as Render does, and
// returns its number of pages.
func (r *Renderer) RenderWith(ctx context.Context, w io.Writer, d *doc.Document, x Extras) (pages int, err error) {
	return r.render(ctx, w, d, &x, nil)
}

// apply embeds x's attachments in pdf; called before the document is
// closed. A nil x applies nothing. The version and the producer go into the
// document's information (newInfo).
func (x *Extras) apply(pdf *fpdf.Fpdf) {
	if x == nil || len(x.Attachments) == 0 {
		return
	}
	as := make([]fpdf.Attachment, len(x.Attachments))
	for i, a := range x.Attachments {
		as[i] = fpdf.Attachment{Content: a.Content, Filename: a.Name, Description: a.Description}
	}
	pdf.SetAttachments(as)
}
