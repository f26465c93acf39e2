package pdf

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
	"github.com/kehoach/kehoach/internal/plan"
)

// TestPageEnds moves the end of the sample's body over every position of a
// page, by putting 0 to 50 short paragraphs before it, and checks how each
// page ends: no heading is the last line of a page; the signature block
// never stands on a page with fewer than two lines of body text above it;
// and the page before it is never left empty over more than a third of
// its height.
func TestPageEnds(t *testing.T) {
	r := newRenderer(t)
	base := sampleDocument(t)
	third := (bodyBottom - marginTop) / 3
	for extra := range 51 {
		d := *base
		d.Body = slices.Clone(base.Body)
		for k := range extra {
			d.Body = slices.Insert(d.Body, 1, doc.Block{Kind: doc.Paragraph, Text: fmt.Sprintf("Dòng thêm số %d.", k+1)})
		}
		pages, err := r.layout(context.Background(), &d)
		if err != nil {
			t.Fatal(err)
		}
		for i, pg := range pages[:len(pages)-1] {
			if last := pg.boxes[len(pg.boxes)-1].box; last.heading {
				t.Errorf("%d lines more: page %d ends with the heading %q", extra, i+1, last.lines[0].text)
			}
		}
		last := pages[len(pages)-1].boxes
		lines := 0
		for _, p := range last {
			if p.box.body {
				lines++
			}
		}
		if lines < 2 {
			t.Errorf("%d lines more: the signature block's page holds %d lines of body text", extra, lines)
		}
		if len(pages) < 2 {
			continue
		}
		before := pages[len(pages)-2].boxes
		end := before[len(before)-1]
		if gap := bodyBottom - (end.y + end.box.h); gap > third {
			t.Errorf("%d lines more: the page before the signature is empty over its last %.0f mm", extra, gap)
		}
	}
}

// TestHeaderBreaks checks that a superior or issuing body too long for its
// column breaks before the name of its unit, where the Word document
// breaks it, never inside the place name ("… HUYỆN CAM / LỘ").
func TestHeaderBreaks(t *testing.T) {
	r := newRenderer(t)
	d := composeSample(t, func(p *plan.Plan) {
		p.Issuer.Superior = []string{"Ủy ban nhân dân huyện Cam Lộ"}
		p.Issuer.Name = []string{"Ủy ban nhân dân xã Cam Thành"}
	})
	b := r.m.headerBox(d.Header, d.Title)
	var left []string
	for _, l := range b.lines {
		if l.x == marginLeft && l.w == leftColW {
			left = append(left, l.text)
		}
	}
	want := []string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ", "ỦY BAN NHÂN DÂN", "XÃ CAM THÀNH"}
	if !slices.Equal(left[:min(len(left), 4)], want) {
		t.Errorf("left column %q, want %q first", left, want)
	}
}

// TestHints checks what the Word document takes from the pages of the PDF:
// exactly the headings that open a page, and exactly those whose next
// paragraph begins on the heading's page and ends on the next; the same
// from Hints and RenderHints.
func TestHints(t *testing.T) {
	r := newRenderer(t)
	base := sampleDocument(t)
	breaks, loose := 0, 0
	for extra := range 45 {
		d := *base
		d.Body = slices.Clone(base.Body)
		for k := range extra {
			d.Body = slices.Insert(d.Body, 1, doc.Block{Kind: doc.Paragraph, Text: fmt.Sprintf("Dòng thêm số %d.", k+1)})
		}
		pages, err := r.layout(context.Background(), &d)
		if err != nil {
			t.Fatal(err)
		}
		// The page of each line of text, by its text.
		page := map[string]int{}
		for n, pg := range pages {
			for _, p := range pg.boxes {
				for _, l := range p.box.lines {
					page[l.text] = n
				}
			}
		}
		var want layout.Hints
		for i, bl := range d.Body {
			if bl.Kind != doc.Part && bl.Kind != doc.Item {
				continue
			}
			if n := page[bl.Heading()]; n > 0 && pages[n].boxes[0].box.lines[0].text == bl.Heading() {
				want.Breaks = append(want.Breaks, i)
			}
			if i+1 == len(d.Body) {
				continue
			}
			next := d.Body[i+1].Text
			if d.Body[i+1].Kind == doc.List {
				next = d.Body[i+1].Items[0].Line()
			}
			lines := r.m.wrap(next, regular, sizeBody, textW-indent, textW)
			if len(lines) > 0 && page[lines[0]] == page[bl.Heading()] && page[lines[len(lines)-1]] > page[lines[0]] {
				want.Loose = append(want.Loose, i)
			}
		}
		got, err := r.Hints(context.Background(), &d)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		rendered, err := r.RenderHints(context.Background(), &buf, &d, Extras{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(rendered, want) {
			t.Errorf("%d lines more: Hints %+v, RenderHints %+v; want %+v", extra, got, rendered, want)
		}
		breaks += len(want.Breaks)
		loose += len(want.Loose)
	}
	if breaks == 0 || loose == 0 {
		t.Errorf("%d breaks and %d loose headings in all: the test tests too little", breaks, loose)
	}
}
