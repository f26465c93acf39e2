package doc

import "fmt"

// Placed is a cell with the grid position of its top-left corner.
type Placed struct {
	Cell
	Row, Col int
}

// Place assigns each cell of rows its grid position in a table of ncols
// columns, skipping the positions that spans from earlier rows cover. It
// returns the placed cells row by row, and an error when a row does not fill
// the grid exactly or a span reaches past the last row.
func Place(rows []Row, ncols int) ([][]Placed, error) {
	covered := make([][]bool, len(rows))
	cells := make([]bool, len(rows)*ncols)
	for i := range covered {
		covered[i] = cells[i*ncols : (i+1)*ncols : (i+1)*ncols]
	}
	out := make([][]Placed, len(rows))
	for r, row := range rows {
		out[r] = make([]Placed, 0, len(row.Cells))
		c := 0
		for _, cell := range row.Cells {
			for c < ncols && covered[r][c] {
				c++
			}
			cs, rs := cell.Span()
			if c+cs > ncols {
				return nil, fmt.Errorf("place: row %d: cell %q reaches past column %d", r, cell.Text, ncols)
			}
			if r+rs > len(rows) {
				return nil, fmt.Errorf("place: row %d: cell %q spans past the last row", r, cell.Text)
			}
			for dr := 0; dr < rs; dr++ {
				for dc := 0; dc < cs; dc++ {
					if covered[r+dr][c+dc] {
						return nil, fmt.Errorf("place: row %d: cell %q overlaps another cell", r, cell.Text)
					}
					covered[r+dr][c+dc] = true
				}
			}
			out[r] = append(out[r], Placed{Cell: cell, Row: r, Col: c})
			c += cs
		}
		for ; c < ncols; c++ {
			if !covered[r][c] {
				return nil, fmt.Errorf("place: row %d: column %d has no cell", r, c)
			}
		}
	}
	return out, nil
}
