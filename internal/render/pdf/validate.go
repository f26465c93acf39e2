package pdf

import (
	"context"
	"fmt"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
)

// checkText returns an error naming the first character of d's printed text
// that the fonts cannot draw: it would print as an empty box.
func checkText(ctx context.Context, d *doc.Document) error {
	rep := repertoire()
	return eachText(ctx, d, func(s string) error {
		if rep.hasAll(s) {
			return nil
		}
		for _, r := range s {
			if !fonts.CanDraw(r) {
				return fmt.Errorf("%U in %q: %w", r, s, ErrGlyph)
			}
		}
		return nil
	})
}

// eachText calls check with every printed text of d, and returns its first
// error, prefixed with where the text is, or ctx's when it is done. The
// place is put into words only for an error: most texts pass.
func eachText(ctx context.Context, d *doc.Document, check func(s string) error) error {
	checkAll := func(where string, ss []string) error {
		for i, s := range ss {
			if err := check(s); err != nil {
				return fmt.Errorf("%s[%d]: %w", where, i, err)
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
		{"header motto", h.Motto}, {"header place and date", h.PlaceDate}, {"header draft", h.Draft},
		{"title kind", d.Title.Kind}, {"title subject", d.Title.Subject},
	} {
		if err := check(f.s); err != nil {
			return fmt.Errorf("%s: %w", f.where, err)
		}
	}
	for i, b := range d.Body {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := checkBlock(b, check); err != nil {
			return fmt.Errorf("body block %d %w", i, err)
		}
	}
	// The document may be shared between goroutines: never append to its
	// slices.
	if err := checkAll("signature lines", d.Signature.Lines); err != nil {
		return err
	}
	if err := check(d.Signature.Name); err != nil {
		return fmt.Errorf("signature name: %w", err)
	}
	if err := check(d.Recipients.Label); err != nil {
		return fmt.Errorf("recipients label: %w", err)
	}
	return checkAll("recipients", d.Recipients.Lines)
}

// checkBlock calls check with every printed text of the body block b, and
// returns its first error, prefixed with where in the block the text is.
func checkBlock(b doc.Block, check func(s string) error) error {
	if err := check(b.Number); err != nil {
		return fmt.Errorf("number: %w", err)
	}
	if err := check(b.Text); err != nil {
		return fmt.Errorf("text: %w", err)
	}
	for j, it := range b.Items {
		if err := check(it.Marker); err != nil {
			return fmt.Errorf("item %d marker: %w", j, err)
		}
		if err := check(it.Text); err != nil {
			return fmt.Errorf("item %d text: %w", j, err)
		}
	}
	if b.Table == nil {
		return nil
	}
	for _, sec := range []struct {
		name string
		rows []doc.Row
	}{{"header", b.Table.Header}, {"body", b.Table.Body}} {
		for r, row := range sec.rows {
			for c, cell := range row.Cells {
				if err := check(cell.Text); err != nil {
					return fmt.Errorf("table %s row %d cell %d: %w", sec.name, r, c, err)
				}
			}
		}
	}
	return nil
}
