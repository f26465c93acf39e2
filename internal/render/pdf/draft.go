package pdf

import "slices"

// draftMark puts mark, boxed, at the top left of b, the header box, and
// moves what b holds down to make room. An empty mark changes nothing.
func (m *metrics) draftMark(b *box, mark string) {
	if mark == "" {
		return
	}
	w := m.width(bold, draftSize, mark) + 2*draftPad
	h := pitch(draftSize, headerLead) + 2*draftPad
	shift := h + draftGap
	for i := range b.lines {
		b.lines[i].base += shift
	}
	for i := range b.rules {
		b.rules[i].y += shift
	}
	for i := range b.rects {
		b.rects[i].y += shift
	}
	// The mark is the first line of the box, so that it comes first in
	// the page's reading order, before the header it stands above.
	b.lines = slices.Insert(b.lines, 0, line{text: mark, face: bold, size: draftSize,
		x: marginLeft, w: w, base: baselineIn(h, draftSize), align: alignCentre})
	b.rects = append(b.rects, rect{x: marginLeft, y: 0, w: w, h: h})
	b.h += shift
}
