package pdf

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
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

// TestHeadingBreaks checks the headings that the Word document is told to
// start a page with: exactly the headings that open a page of the PDF, the
// same from HeadingBreaks and RenderBreaks.
func TestHeadingBreaks(t *testing.T) {
	r := newRenderer(t)
	base := sampleDocument(t)
	seen := 0
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
		var want []int
		for _, pg := range pages[1:] {
			first := pg.boxes[0].box.lines[0].text
			for i, bl := range d.Body {
				if (bl.Kind == doc.Part || bl.Kind == doc.Item) && bl.Heading() == first {
					want = append(want, i)
				}
			}
		}
		got, err := r.HeadingBreaks(context.Background(), &d)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		rendered, err := r.RenderBreaks(context.Background(), &buf, &d)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) || !slices.Equal(rendered, want) {
			t.Errorf("%d lines more: HeadingBreaks %v, RenderBreaks %v; the headings that open a page are %v", extra, got, rendered, want)
		}
		seen += len(want)
	}
	if seen == 0 {
		t.Error("no heading opened a page: the test tests nothing")
	}
}
