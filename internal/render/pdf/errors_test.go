package pdf

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
)

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(d *doc.Document)
		want error // nil: any error
	}{
		{"cells do not fill the grid", func(d *doc.Document) {
			tb := tableOf(d)
			tb.Body[0].Cells = tb.Body[0].Cells[:5]
		}, nil},
		{"cell past the last column", func(d *doc.Document) {
			tableOf(d).Header[0].Cells[0].ColSpan = 20
		}, nil},
		{"span past the last row", func(d *doc.Document) {
			tb := tableOf(d)
			tb.Body[len(tb.Body)-1].Cells[0].RowSpan = 2
		}, nil},
		{"no columns", func(d *doc.Document) { tableOf(d).Columns = nil }, ErrTableColumns},
		{"zero width", func(d *doc.Document) { tableOf(d).Columns[3].Width = 0 }, ErrTableColumns},
		{"table block without table", func(d *doc.Document) {
			d.Body = append(d.Body, doc.Block{Kind: doc.TableBlock})
		}, ErrNoTable},
		{"unknown block", func(d *doc.Document) {
			d.Body = append(d.Body, doc.Block{Kind: "figure"})
		}, ErrBlockKind},
		{"no date", func(d *doc.Document) { d.Meta.Date = "" }, ErrDate},
		{"bad date", func(d *doc.Document) { d.Meta.Date = "18/3/2021" }, ErrDate},
		{"control character", func(d *doc.Document) { d.Body[0].Text += "\t" }, ErrGlyph},
		{"character beyond the fonts", func(d *doc.Document) { d.Signature.Name = "Trần Anh Tuấn 😀" }, ErrGlyph},
		{"draft mark beyond the fonts", func(d *doc.Document) { d.Header.Draft = "DỰ THẢO 😀" }, ErrGlyph},
		{"row taller than a page", func(d *doc.Document) {
			tableOf(d).Body[0].Cells[1].Text = strings.Repeat("Xã Cam Tuyền ", 400)
		}, ErrTooTall},
	}
	r := newRenderer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sampleDocument(t)
			tt.edit(d)
			var buf bytes.Buffer
			err := r.Render(context.Background(), &buf, d)
			if err == nil {
				t.Fatal("Render succeeded, want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "render pdf: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes on error", buf.Len())
			}
		})
	}
	if err := r.Render(context.Background(), &bytes.Buffer{}, nil); !errors.Is(err, ErrNoDocument) {
		t.Errorf("nil document: %v", err)
	}
}

// failWriter fails every write.
type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestRenderWriteError(t *testing.T) {
	err := newRenderer(t).Render(context.Background(), failWriter{}, sampleDocument(t))
	if !errors.Is(err, errDiskFull) {
		t.Errorf("error %v, want the writer's", err)
	}
}

// tableOf returns the first table of d's body.
func tableOf(d *doc.Document) *doc.Table {
	for _, b := range d.Body {
		if b.Table != nil {
			return b.Table
		}
	}
	panic("no table")
}
