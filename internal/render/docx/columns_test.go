package docx

import (
	"errors"
	"testing"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// TestColumnWidthsFitFigures checks that a unit of 10.000.000 households gets
// a column wide enough for its figure at the table's text size, taken from
// the unit name column, and that the grid still fills the text width.
func TestColumnWidthsFitFigures(t *testing.T) {
	const textW = 9355 // twips: 165 mm
	// The sample's columns: TT, unit, households, then ten figures.
	tb := &doc.Table{Columns: []doc.Column{{Width: 8}, {Width: 27}, {Width: 14}}}
	row := []doc.Cell{{Text: "6"}, {Text: "TT Cam Lộ"}, {Text: "10.000.000"}}
	total := []doc.Cell{{}, {Text: "Tổng cộng"}, {Text: "10.012.763"}}
	for range 10 {
		tb.Columns = append(tb.Columns, doc.Column{Width: 11.6})
		row = append(row, doc.Cell{Text: "1,75"})
		total = append(total, doc.Cell{Text: "405"})
	}
	tb.Body = []doc.Row{{Cells: row}, {Style: doc.Bold, Cells: total}}
	grid, size, err := columnWidths(tb, textW)
	if err != nil || size != 0 {
		t.Fatalf("columnWidths: size %v, err %v; want the style's size", size, err)
	}
	sum := 0
	for _, g := range grid {
		sum += g
	}
	if sum != textW {
		t.Errorf("grid %v adds up to %d twips, want %d", grid, sum, textW)
	}
	need := fonts.TextWidth(fonts.BoldFace, float64(layout.SizeTable), "10.012.763")*1440/25.4 + float64(2*cellMargin)
	if float64(grid[2]) < need {
		t.Errorf("figure column %d twips, want at least %.0f", grid[2], need)
	}
	if prop := textW * 27 / 165; grid[1] >= prop {
		t.Errorf("name column %d twips, want less than its share %d", grid[1], prop)
	}
}

// TestColumnWidthsShrinkOrRefuse: when every column holds a long figure, the
// body shrinks to the smallest size rather than break one; a figure wider
// than the table at that size is refused, naming the row's field.
func TestColumnWidthsShrinkOrRefuse(t *testing.T) {
	const textW = 9355
	table := func(figure string) *doc.Table {
		tb := &doc.Table{}
		row := []doc.Cell{{Text: "Xã Cam Thành", Field: "units[2].name"}}
		tb.Columns = append(tb.Columns, doc.Column{Width: 20})
		for range 12 {
			tb.Columns = append(tb.Columns, doc.Column{Width: 11.6})
			row = append(row, doc.Cell{Text: figure})
		}
		tb.Body = []doc.Row{{Cells: row}}
		return tb
	}
	if _, size, err := columnWidths(table("1.234.567"), textW); err != nil || size != layout.SizeTableMin {
		t.Errorf("12 columns of 1.234.567: size %v, err %v; want %v", size, err, layout.SizeTableMin)
	}
	_, _, err := columnWidths(table("123.456.789.012.345"), textW)
	var le *LayoutError
	if !errors.As(err, &le) || le.Field != "units[2].name" {
		t.Errorf("12 columns of 123.456.789.012.345: err %v, want a LayoutError on units[2].name", err)
	}
}
