package docx

import (
	"errors"
	"strings"
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

// TestTableOwnSize sets the sample's table at 10 pt: the header and body
// cells carry 10 pt (20 half-points) and its line pitch, the row of column
// numbers keeps its 7 pt, and the columns are fitted at 10 pt.
func TestTableOwnSize(t *testing.T) {
	d := sampleDoc(t)
	var tb *doc.Table
	for i := range d.Body {
		if d.Body[i].Table != nil {
			tb = d.Body[i].Table
		}
	}
	tb.Size = 10
	if _, size, err := columnWidths(tb, 9355); err != nil || size != 10 {
		t.Fatalf("columnWidths: size %v, err %v; want 10", size, err)
	}
	body := string(parts(t, render(t, embedded(), d))["word/document.xml"])
	ten := `<w:sz w:val="20"/><w:szCs w:val="20"/>`
	for _, text := range []string{"Đơn vị", "Tổng HN CSGN", "14.932", "TT Cam Lộ"} {
		i := strings.Index(body, ">"+text+"<")
		if i < 0 {
			t.Fatalf("no run %q", text)
		}
		run := body[strings.LastIndex(body[:i], "<w:r>"):i]
		if !strings.Contains(run, ten) {
			t.Errorf("run %q has properties %s, want 10 pt", text, run)
		}
		p := body[strings.LastIndex(body[:i], "<w:p>"):i]
		if want := `w:line="230" w:lineRule="exact"`; !strings.Contains(p, want) {
			t.Errorf("paragraph of %q: %s, want %s", text, p, want)
		}
	}
	i := strings.Index(body, ">11=10/1<")
	if run := body[strings.LastIndex(body[:i], "<w:r>"):i]; !strings.Contains(run, `<w:sz w:val="14"/>`) {
		t.Errorf("column numbers' run %s, want 7 pt", run)
	}
}
