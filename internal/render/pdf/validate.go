package pdf

import (
	"context"
	"fmt"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
)

// checkText returns an error naming the first character of d's printed text
// that the fonts cannot draw, and whether all of the text is in the
// repertoire of the two code pages (else the document needs pages of its
// own). A character the fonts cannot draw would print as an empty box.
func checkText(ctx context.Context, d *doc.Document) (inRepertoire bool, err error) {
	rep := repertoire()
	inRepertoire = true
	err = eachText(ctx, d, func(where, s string) error {
		if inRepertoire && rep.hasAll(s) {
			return nil
		}
		inRepertoire = false
		for _, r := range s {
			if !fonts.CanDraw(r) {
				return fmt.Errorf("%s: %U in %q: %w", where, r, s, ErrGlyph)
			}
		}
		return nil
	})
	return inRepertoire, err
}

// eachText calls check with every printed text of d and where it is, and
// returns its first error, or ctx's when it is done.
func eachText(ctx context.Context, d *doc.Document, check func(where, s string) error) error {
	checkAll := func(where string, ss []string) error {
		for i, s := range ss {
			if err := check(fmt.Sprintf("%s[%d]", where, i), s); err != nil {
				return err
			}
		}
		return nil
	}
	h := d.Header
	if err := checkAll("header superior", h.Superior); err != nil {
		return err
	}
	if err := checkAll("header issuer", h.Issuer); err != nil {
		return err
	}
	for _, f := range []struct{ where, s string }{
		{"header number", h.Number}, {"header national", h.National},
		{"header motto", h.Motto}, {"header place and date", h.PlaceDate},
		{"title kind", d.Title.Kind}, {"title subject", d.Title.Subject},
	} {
		if err := check(f.where, f.s); err != nil {
			return err
		}
	}
	for i, b := range d.Body {
		if err := ctx.Err(); err != nil {
			return err
		}
		where := fmt.Sprintf("body block %d", i)
		if err := check(where+" number", b.Number); err != nil {
			return err
		}
		if err := check(where+" text", b.Text); err != nil {
			return err
		}
		for j, it := range b.Items {
			if err := check(fmt.Sprintf("%s item %d marker", where, j), it.Marker); err != nil {
				return err
			}
			if err := check(fmt.Sprintf("%s item %d text", where, j), it.Text); err != nil {
				return err
			}
		}
		if b.Table == nil {
			continue
		}
		for _, sec := range []struct {
			name string
			rows []doc.Row
		}{{"header", b.Table.Header}, {"body", b.Table.Body}} {
			for r, row := range sec.rows {
				for c, cell := range row.Cells {
					if err := check(fmt.Sprintf("%s table %s row %d cell %d", where, sec.name, r, c), cell.Text); err != nil {
						return err
					}
				}
			}
		}
	}
	// The document may be shared between goroutines: never append to its
	// slices.
	if err := checkAll("signature lines", d.Signature.Lines); err != nil {
		return err
	}
	if err := check("signature name", d.Signature.Name); err != nil {
		return err
	}
	if err := check("recipients label", d.Recipients.Label); err != nil {
		return err
	}
	return checkAll("recipients", d.Recipients.Lines)
}
