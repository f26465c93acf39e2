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
	return eachText(ctx, d, func(where func() string, s string) error {
		if rep.hasAll(s) {
			return nil
		}
		for _, r := range s {
			if !fonts.CanDraw(r) {
				return fmt.Errorf("%s: %U in %q: %w", where(), r, s, ErrGlyph)
			}
		}
		return nil
	})
}

// eachText calls check with every printed text of d and where it is (told
// only when asked: most texts pass), and returns its first error, or ctx's
// when it is done.
func eachText(ctx context.Context, d *doc.Document, check func(where func() string, s string) error) error {
	at := func(where string) func() string { return func() string { return where } }
	checkAll := func(where string, ss []string) error {
		for i, s := range ss {
			if err := check(func() string { return fmt.Sprintf("%s[%d]", where, i) }, s); err != nil {
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
		{"header motto", h.Motto}, {"header place and date", h.PlaceDate}, {"header draft", h.Draft},
		{"title kind", d.Title.Kind}, {"title subject", d.Title.Subject},
	} {
		if err := check(at(f.where), f.s); err != nil {
			return err
		}
	}
	for i, b := range d.Body {
		if err := ctx.Err(); err != nil {
			return err
		}
		block := func(what string, n ...any) func() string {
			return func() string { return fmt.Sprintf("body block %d ", i) + fmt.Sprintf(what, n...) }
		}
		if err := check(block("number"), b.Number); err != nil {
			return err
		}
		if err := check(block("text"), b.Text); err != nil {
			return err
		}
		for j, it := range b.Items {
			if err := check(block("item %d marker", j), it.Marker); err != nil {
				return err
			}
			if err := check(block("item %d text", j), it.Text); err != nil {
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
					if err := check(block("table %s row %d cell %d", sec.name, r, c), cell.Text); err != nil {
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
	if err := check(at("signature name"), d.Signature.Name); err != nil {
		return err
	}
	if err := check(at("recipients label"), d.Recipients.Label); err != nil {
		return err
	}
	return checkAll("recipients", d.Recipients.Lines)
}
