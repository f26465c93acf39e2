package engine

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/kehoach/kehoach/internal/layout"
	"github.com/kehoach/kehoach/internal/testkit/docxtext"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// Vertical metrics of Liberation Serif (those of Times New Roman), in em.
const (
	serifAscent  = 1825.0 / 2048
	serifDescent = 443.0 / 2048
)

// TestSignatureSpace measures, on the PDF's last page of a plan to be
// signed and of an issued one, the blank between the position line
// ("CHỦ TỊCH") and the signer's name, from the position line's descent to
// the name's ascent: 27 mm + 1 em − 0.216 em − 0.891 em of 14 pt, 26.47 mm,
// within the 25–30 mm of NĐ 30. Nothing else is drawn in the right column
// at that height, where the signature goes and, on its left, the seal. In
// the Word document the name's paragraph follows the position line's with
// none between (the space itself: templates' TestStylesFollowLayout).
func TestSignatureSpace(t *testing.T) {
	const want = 27 + 14*(1-serifDescent-serifAscent)*25.4/72
	for _, tt := range []struct {
		state string
		keep  bool
	}{{"trình ký số", false}, {"ban hành", true}} {
		t.Run(tt.state, func(t *testing.T) {
			res, err := newEngine(t).Build(context.Background(), stateSource(t, tt.state, tt.keep), Formats)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := pdftext.Read(res.Artifacts[0].Data)
			if err != nil {
				t.Fatal(err)
			}
			last := pages[len(pages)-1]
			pos, name := last.Find("CHỦ TỊCH"), last.Find("Trần Anh Tuấn")
			if len(pos) != 1 || len(name) != 1 {
				t.Fatalf("last page: %d position lines, %d names; want one each", len(pos), len(name))
			}
			mm := func(em float64, pt float64) float64 { return em * pt * 25.4 / 72 }
			top := pos[0].Y + mm(serifDescent, pos[0].Size)
			bottom := name[0].Y - mm(serifAscent, name[0].Size)
			if gap := bottom - top; math.Abs(gap-want) > 0.05 || gap < 25 || gap > 30 {
				t.Errorf("signature space %.2f mm, want %.2f mm (25–30 mm)", gap, want)
			}
			left := float64(layout.MarginLeft + layout.LeftColumn)
			for _, s := range last.Spans {
				if s.X+s.Width > left && s.Y+mm(serifDescent, s.Size) > top+0.01 && s.Y-mm(serifAscent, s.Size) < bottom-0.01 {
					t.Errorf("%q is drawn in the signature space", s.Text)
				}
			}
			for _, g := range last.Segments {
				if max(g.X0, g.X1) > left && max(g.Y0, g.Y1) > top && min(g.Y0, g.Y1) < bottom {
					t.Errorf("a line from (%.1f, %.1f) to (%.1f, %.1f) mm is drawn in the signature space", g.X0, g.Y0, g.X1, g.Y1)
				}
			}

			paras, err := docxtext.Paragraphs(res.Artifacts[1].Data)
			if err != nil {
				t.Fatal(err)
			}
			if i := slices.Index(paras, "CHỦ TỊCH"); i < 0 || i+1 >= len(paras) || paras[i+1] != "Trần Anh Tuấn" {
				t.Errorf("Word document: the name does not follow the position line directly: %q", paras[max(i, 0):min(max(i, 0)+3, len(paras))])
			}
		})
	}
}
