package engine

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// stateSource returns the sample edited into state: its number and date
// left out for a draft and a plan to be signed, and the key written.
func stateSource(t *testing.T, state string, keepNumber bool) Source {
	t.Helper()
	src := sampleSource(t)
	s := string(src.Data)
	edits := [][2]string{{"scope = ", `state = "` + state + `"` + "\nscope = "}}
	if !keepNumber {
		edits = append(edits, [2]string{"number = 44 ", "# "}, [2]string{`date = "18/03/2021" `, "# "})
	}
	for _, e := range edits {
		if !strings.Contains(s, e[0]) {
			t.Fatalf("sample lacks %q", e[0])
		}
		s = strings.Replace(s, e[0], e[1], 1)
	}
	src.Data = []byte(s)
	return src
}

// TestStates builds the sample in each state and checks what page 1 says
// where the state shows, in the composed document, the PDF and the Word
// document: the number line, the date line and the DỰ THẢO mark.
func TestStates(t *testing.T) {
	const (
		blankNo   = "Số:      /KH-UBND"
		blankDate = "Cam Lộ, ngày      tháng      năm 2021"
	)
	tests := []struct {
		state      string
		keepNumber bool
		want       plan.State
		number     string
		date       string
		mark       bool
	}{
		{"dự thảo", false, plan.StateDraft, blankNo, blankDate, true},
		{"trình ký số", false, plan.StateForSigning, blankNo, blankDate, false},
		{"ban hành", true, plan.StateIssued, "Số: 44/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021", false},
	}
	e := newEngine(t)
	for _, tt := range tests {
		t.Run(tt.state, func(t *testing.T) {
			src := stateSource(t, tt.state, tt.keepNumber)
			res, err := e.Build(context.Background(), src, Formats)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Plan.State(); got != tt.want {
				t.Fatalf("state %v, want %v", got, tt.want)
			}
			if err := FinalOnly(src, res); (err == nil) == (tt.want == plan.StateDraft) {
				t.Errorf("build --final: %v", err)
			}

			h := res.Document.Header
			if h.Number != tt.number || h.PlaceDate != tt.date || (h.Draft != "") != tt.mark {
				t.Errorf("composed: number %q, date %q, mark %q; want %q, %q, mark %v", h.Number, h.PlaceDate, h.Draft, tt.number, tt.date, tt.mark)
			}

			pages, err := pdftext.Read(res.Artifacts[0].Data)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{tt.number, tt.date} {
				if len(pages[0].Find(want)) != 1 {
					t.Errorf("PDF page 1 has no line %q", want)
				}
			}
			if got := len(pages[0].Find("DỰ THẢO")) > 0; got != tt.mark {
				t.Errorf("PDF page 1 shows the mark: %v, want %v", got, tt.mark)
			}

			paras, err := docxtext.Paragraphs(res.Artifacts[1].Data)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{tt.number, tt.date} {
				if !slices.Contains(paras, want) {
					t.Errorf("Word document has no paragraph %q", want)
				}
			}
			if got := slices.Contains(paras, "DỰ THẢO"); got != tt.mark {
				t.Errorf("Word document shows the mark: %v, want %v", got, tt.mark)
			}
		})
	}
}

// TestBlankSlots measures the blank slots of a plan to be signed on the
// PDF's page 1: six spaces of the 13 pt face of the number and date lines,
// 6 × 0.25 em = 19.5 pt (6.88 mm), between "Số:" and "/KH-UBND" and
// between "ngày" and "tháng". The Word document holds the same six spaces
// (TestStates) in the same 13 pt face of the same widths (Times New Roman,
// whose metrics Liberation Serif shares; templates' TestStylesFollowLayout
// checks the size), so its slots are as wide.
func TestBlankSlots(t *testing.T) {
	res, err := newEngine(t).Build(context.Background(), stateSource(t, "trình ký số", false), []Format{PDF})
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(res.Artifacts[0].Data)
	if err != nil {
		t.Fatal(err)
	}
	const want = 6 * 0.25 * 13 * 25.4 / 72 // mm
	gap := func(line, before, after string) {
		spans := pages[0].Find(line)
		if len(spans) != 1 {
			t.Fatalf("page 1 has %d lines %q", len(spans), line)
		}
		var end, start float64 = -1, -1
		text := ""
		for _, g := range spans[0].Glyphs {
			text += g.Text
			if strings.HasSuffix(text, before) && end < 0 {
				end = g.X + g.Width
			}
			if strings.HasSuffix(text, after) && start < 0 && end >= 0 {
				start = g.X // after is one rune
			}
		}
		if end < 0 || start < 0 || math.Abs(start-end-want) > 0.05 {
			t.Errorf("%q: slot from %.2f to %.2f mm, %.2f mm wide; want %.2f mm", line, end, start, start-end, want)
		}
	}
	gap("Số:      /KH-UBND", "Số:", "/")
	gap("Cam Lộ, ngày      tháng      năm 2021", "ngày", "t")
}

// TestForSigningLaysOutAsIssued checks that a plan to be signed is laid out
// as the same plan issued, line for line on every page, but for the number
// and the date: once the office's system stamps them, the document is the
// issued one, whose layout the checks of NĐ 30 pass.
func TestForSigningLaysOutAsIssued(t *testing.T) {
	e := newEngine(t)
	read := func(src Source) []pdftext.Page {
		res, err := e.Build(context.Background(), src, []Format{PDF})
		if err != nil {
			t.Fatal(err)
		}
		pages, err := pdftext.Read(res.Artifacts[0].Data)
		if err != nil {
			t.Fatal(err)
		}
		return pages
	}
	signing, issued := read(stateSource(t, "trình ký số", false)), read(stateSource(t, "ban hành", true))
	if len(signing) != len(issued) {
		t.Fatalf("%d pages to be signed, %d issued", len(signing), len(issued))
	}
	stamped := map[string]string{
		"Số:      /KH-UBND":                     "Số: 44/KH-UBND",
		"Cam Lộ, ngày      tháng      năm 2021": "Cam Lộ, ngày 18 tháng 3 năm 2021",
	}
	for i := range signing {
		a, b := signing[i].Spans, issued[i].Spans
		if len(a) != len(b) {
			t.Errorf("page %d: %d lines to be signed, %d issued", i+1, len(a), len(b))
			continue
		}
		for j := range a {
			text := a[j].Text
			if s, ok := stamped[text]; ok {
				text = s
			}
			if text != b[j].Text || math.Abs(a[j].Y-b[j].Y) > 0.001 || a[j].Font != b[j].Font ||
				(text == a[j].Text && math.Abs(a[j].X-b[j].X) > 0.001) {
				t.Errorf("page %d: %q at (%.2f, %.2f) to be signed, %q at (%.2f, %.2f) issued",
					i+1, a[j].Text, a[j].X, a[j].Y, b[j].Text, b[j].X, b[j].Y)
			}
		}
	}
}
