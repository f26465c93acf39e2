// Package sheet holds what the spreadsheets that kehoach writes share: the
// byte order mark of their CSV files, cells that no spreadsheet program
// takes for a formula, and the look of their XLSX headings.
package sheet

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// BOM is the UTF-8 byte order mark, which spreadsheet programs need at the
// start of a CSV file to read Vietnamese.
const BOM = "\uFEFF"

// Inert keeps a spreadsheet program from taking a text for a formula: a
// text that opens like one ("=", "+", "-", "@") gets the apostrophe that
// marks a text cell, which reading takes off again.
func Inert(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Borders are thin black lines on every side of a cell.
func Borders() []excelize.Border {
	return []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
}

// HeadingStyle adds to f the style of a heading cell: bold, with Borders,
// centred and wrapped.
func HeadingStyle(f *excelize.File) (int, error) {
	return f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: Borders(),
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
}

// FreezeHeadings keeps the first row of sheet in view as the rest scrolls.
func FreezeHeadings(f *excelize.File, sheet string) error {
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}
