package pdf

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// rowOf returns the spans on the baseline of the first span showing name on
// the page, left to right as drawn.
func rowOf(t *testing.T, pages []pdftext.Page, name string) []string {
	t.Helper()
	n := pageWith(pages, name)
	if n == 0 {
		t.Fatalf("%q is not on any page", name)
	}
	p := pages[n-1]
	y := p.Find(name)[0].Y
	var row []string
	for _, s := range p.Spans {
		if s.Y == y {
			row = append(row, s.Text)
		}
	}
	return row
}

// TestSampleFigures checks the table of the composed sample against the
// figures checked by hand (rows 6 and 7 as computed from their groups, not
// as the typed seed had them) and section I's rate of poor ethnic-minority
// households.
func TestSampleFigures(t *testing.T) {
	pages := readPDF(t, renderSample(t))
	tests := []struct {
		unit string
		want []string // TT, unit, households, poor, rate, …, year-end poor, rate
	}{
		{"TT Cam Lộ", []string{"6", "TT Cam Lộ", "2.169", "38", "1,75", "0", "0,00", "38", "1,75", "2", "0,09", "36", "1,66"}},
		{"Xã Cam Nghĩa", []string{"7", "Xã Cam Nghĩa", "1.647", "29", "1,76", "1", "0,06", "28", "1,70", "1", "0,06", "28", "1,70"}},
		{"Tổng cộng", []string{"Tổng cộng", "14.932", "405", "2,71", "79", "0,53", "326", "2,18", "37", "0,25", "368", "2,46"}},
	}
	for _, tt := range tests {
		got := rowOf(t, pages, tt.unit)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("row %s:\n got %q\nwant %q", tt.unit, got, tt.want)
		}
	}
	all := ""
	for _, p := range pages {
		all += p.Text() + "\n"
	}
	if !strings.Contains(all, "40/14.932 hộ, chiếm tỷ lệ 0,27%") {
		t.Error("section I does not give 40/14.932 poor ethnic-minority households as 0,27%")
	}
}

// TestHugeFigureWhole renders a unit of 10.000.000 households: the figure
// stays whole on one line, at the largest table size, its column widened.
func TestHugeFigureWhole(t *testing.T) {
	d := composeSample(t, func(p *plan.Plan) {
		for i := range p.Units {
			if p.Units[i].Name == "TT Cam Lộ" {
				p.Units[i].Households = 10_000_000
			}
		}
	})
	var buf bytes.Buffer
	if err := newRenderer(t).Render(context.Background(), &buf, d); err != nil {
		t.Fatal(err)
	}
	pages := readPDF(t, buf.Bytes())
	row := rowOf(t, pages, "TT Cam Lộ")
	if len(row) < 3 || row[2] != "10.000.000" {
		t.Fatalf("row TT Cam Lộ reads %q, want 10.000.000 whole in the third cell", row)
	}
	n := pageWith(pages, "10.000.000")
	s := pages[n-1].Find("10.000.000")[0]
	if s.Size != tableSizeMax {
		t.Errorf("10.000.000 set at %.1f pt, want %.1f", s.Size, tableSizeMax)
	}
	// The total (10.012.763) is whole too.
	if pageWith(pages, "10.012.763") == 0 {
		t.Errorf("the total row does not show 10.012.763 whole: %q", rowOf(t, pages, "Tổng cộng"))
	}
}

func TestLayoutError(t *testing.T) {
	d := sampleDocument(t)
	c := &tableOf(d).Body[0].Cells[1]
	c.Text = strings.Repeat("Xã Cam Tuyền ", 400)
	c.Field = "units[0].name"
	err := newRenderer(t).Render(context.Background(), &bytes.Buffer{}, d)
	var le *LayoutError
	if !errors.As(err, &le) {
		t.Fatalf("error %v, want a *LayoutError", err)
	}
	if le.Field != "units[0].name" || !errors.Is(err, ErrTooTall) {
		t.Errorf("field %q, error %v; want units[0].name, ErrTooTall", le.Field, err)
	}
	if want := "render pdf: không dàn trang được: trường units[0].name: hàng của bảng cao "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q, want it to start with %q", err, want)
	}

	d = sampleDocument(t)
	c = &tableOf(d).Body[0].Cells[2]
	c.Text = strings.Repeat("1", 200)
	c.Field = "units[0].households"
	err = newRenderer(t).Render(context.Background(), &bytes.Buffer{}, d)
	if !errors.As(err, &le) || le.Field != "units[0].households" || !errors.Is(err, ErrFigureTooWide) {
		t.Errorf("figure wider than the table: error %v, want a *LayoutError for units[0].households", err)
	}
}

// TestTableOwnSize sets the sample's table at 10 pt: its header words and
// body figures are drawn at 10 pt, the row of column numbers smaller.
func TestTableOwnSize(t *testing.T) {
	d := sampleDocument(t)
	tableOf(d).Size = 10
	pages := render(t, d)
	for _, s := range []string{"Đơn vị", "14.932", "TT Cam Lộ", "2,71"} {
		n := pageWith(pages, s)
		if n == 0 {
			t.Fatalf("%q is not on any page", s)
		}
		if got := pages[n-1].Find(s)[0].Size; got != 10 {
			t.Errorf("%q set at %.1f pt, want 10", s, got)
		}
	}
	if n := pageWith(pages, "11=10/1"); n == 0 || pages[n-1].Find("11=10/1")[0].Size >= 10 {
		t.Errorf("the column numbers are not set below 10 pt")
	}
}
