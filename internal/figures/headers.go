package figures

import "strings"

// notesHeader is the heading of a column of notes, which a commune may
// add to its sheet and kehoach does not read.
const notesHeader = "Ghi chú"

// ignored reports whether a column headed key (as headerKey gives it) is
// one of notes, "Ghi chú" or "Ghi chú của xã", which is not read.
func ignored(key string) bool {
	return strings.HasPrefix(key, headerKey(notesHeader))
}

// hiddenCol reports whether column j (from 0) of the sheet is hidden in
// its workbook; no column of a CSV file is.
func (g *grid) hiddenCol(j int) bool {
	return g.hidden != nil && g.hidden(j)
}
