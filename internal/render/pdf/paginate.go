package pdf

// placed is a box at its place on a page: y is its top from the top edge.
type placed struct {
	box *box
	y   float64
}

// pageLayout is the content of one page.
type pageLayout struct {
	boxes []placed
}

// paginator fills pages with boxes, top to bottom.
type paginator struct {
	pages []pageLayout
	y     float64      // where the next box goes
	table *tableLayout // the table whose rows end the current page, if any
	empty bool         // nothing is on the current page yet
}

// paginate distributes boxes over pages. The first box starts page 1 at the
// top margin. A run of boxes joined by keep goes to the next page whole when
// it does not fit on the current one; only a run longer than a page is split,
// where it must be, and a single box taller than a page is an error.
func paginate(boxes []*box) ([]pageLayout, error) {
	p := &paginator{}
	p.newPage()
	for i := 0; i < len(boxes); {
		j := i + 1
		for j < len(boxes) && boxes[j-1].keep {
			j++
		}
		run := boxes[i:j]
		if !p.fits(run) && !p.empty && fitsEmptyPage(run) {
			p.newPage()
		}
		if p.fits(run) {
			for _, b := range run {
				p.place(b)
			}
		} else {
			for _, b := range run {
				if !p.fits([]*box{b}) && !p.empty {
					p.newPage()
				}
				if !p.fits([]*box{b}) {
					return nil, tooTall(b, len(p.pages))
				}
				p.place(b)
			}
		}
		i = j
	}
	return p.pages, nil
}

// newPage starts a page.
func (p *paginator) newPage() {
	p.pages = append(p.pages, pageLayout{})
	p.y = marginTop
	p.table = nil
	p.empty = true
}

// extent returns the room that b takes below the box before it: its own
// height, its space unless the page is empty, and its table's header rows
// unless the box before it (of table prev) belongs to the same table.
func extent(b *box, prev *tableLayout, empty bool) float64 {
	h := b.h
	if !empty {
		h += b.space
	}
	if b.table != nil && b.table != prev {
		h += b.table.header.h
	}
	return h
}

// fits reports whether run fits on the current page below p.y.
func (p *paginator) fits(run []*box) bool {
	return fitsFrom(run, p.y, p.table, p.empty)
}

// fitsEmptyPage reports whether run fits on a page of its own.
func fitsEmptyPage(run []*box) bool {
	return fitsFrom(run, marginTop, nil, true)
}

// fitsFrom reports whether run fits above the bottom margin when it starts at
// y, after a box of table prev, on a page that is empty or not.
func fitsFrom(run []*box, y float64, prev *tableLayout, empty bool) bool {
	for _, b := range run {
		y += extent(b, prev, empty)
		prev, empty = b.table, false
	}
	return y <= bodyBottom+eps
}

// place puts b on the current page, preceded by its table's header rows when
// it opens the table on this page.
func (p *paginator) place(b *box) {
	pg := &p.pages[len(p.pages)-1]
	if !p.empty {
		p.y += b.space
	}
	if b.table != nil && b.table != p.table {
		pg.boxes = append(pg.boxes, placed{b.table.header, p.y})
		p.y += b.table.header.h
	}
	pg.boxes = append(pg.boxes, placed{b, p.y})
	p.y += b.h
	p.table = b.table
	p.empty = false
}
