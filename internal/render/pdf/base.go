package pdf

import (
	"fmt"

	"github.com/go-pdf/fpdf"
)

// newUTF8Document returns a new fpdf document with the faces registered as
// UTF-8 fonts (Type0, one glyph a code, subset), for a document with a
// character outside the code pages. fpdf parses each TrueType file when it
// registers it, and again when it writes the document to cut the subset.
func newUTF8Document() (*fpdf.Fpdf, error) {
	pdf := fpdf.New("P", "mm", "A4", "")
	addFaces(pdf)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts: %w", err)
	}
	for f := regular; f < numFaces; f++ {
		if pdf.GetFontDesc(f.family(), "").Ascent == 0 {
			// fpdf prints, but does not record, a font it cannot parse.
			return nil, fmt.Errorf("load font %s: %w", f.family(), ErrFont)
		}
	}
	return pdf, nil
}
