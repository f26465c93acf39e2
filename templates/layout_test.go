package templates

import (
	"encoding/xml"
	"io/fs"
	"math"
	"strconv"
	"testing"

	"github.com/kehoach/kehoach/internal/layout"
)

// Vertical metrics of Times New Roman (and of Liberation Serif, which has
// the same), in em: Word's single line is ascent + descent + line gap, the
// line gap above the ascent.
const (
	timesAscent  = 1825.0 / 2048
	timesDescent = 443.0 / 2048
	timesLineGap = 87.0 / 2048
	timesSingle  = timesAscent + timesDescent + timesLineGap
)

// wordStyles is what the test reads of styles.xml.
type wordStyles struct {
	Defaults struct {
		RPr runProps `xml:"rPrDefault>rPr"`
	} `xml:"docDefaults"`
	Styles []wordStyle `xml:"style"`
}

type wordStyle struct {
	ID      string   `xml:"styleId,attr"`
	BasedOn *val     `xml:"basedOn"`
	PPr     paraProp `xml:"pPr"`
	RPr     runProps `xml:"rPr"`
}

type paraProp struct {
	Spacing *struct {
		Before *int    `xml:"before,attr"`
		After  *int    `xml:"after,attr"`
		Line   *int    `xml:"line,attr"`
		Rule   *string `xml:"lineRule,attr"`
	} `xml:"spacing"`
	Ind *struct {
		FirstLine *int `xml:"firstLine,attr"`
	} `xml:"ind"`
	TopBorder *struct {
		Size int `xml:"sz,attr"`
	} `xml:"pBdr>top"`
}

type runProps struct {
	Size *val `xml:"sz"`
}

type val struct {
	Val string `xml:"val,attr"`
}

// wordDocument is what the test reads of document.xml.
type wordDocument struct {
	// Paras are the paragraphs at the top level: the draft mark's first.
	Paras []struct {
		Spacing struct {
			After int    `xml:"after,attr"`
			Line  int    `xml:"line,attr"`
			Rule  string `xml:"lineRule,attr"`
		} `xml:"pPr>spacing"`
	} `xml:"body>p"`
	Tables []struct {
		Width   twipsAttr   `xml:"tblPr>tblW"`
		CellTop twipsAttr   `xml:"tblPr>tblCellMar>top"`
		Grid    []twipsAttr `xml:"tblGrid>gridCol"`
	} `xml:"body>tbl"`
	Section struct {
		Size struct {
			W int `xml:"w,attr"`
			H int `xml:"h,attr"`
		} `xml:"pgSz"`
		Margins struct {
			Top    int `xml:"top,attr"`
			Bottom int `xml:"bottom,attr"`
			Left   int `xml:"left,attr"`
			Right  int `xml:"right,attr"`
			Header int `xml:"header,attr"`
		} `xml:"pgMar"`
	} `xml:"body>sectPr"`
}

type twipsAttr struct {
	W int `xml:"w,attr"`
}

// check is one value of a part against the layout package, in twips.
type check struct {
	what      string
	got, want int
}

func readXML(t *testing.T, name string, v any) {
	t.Helper()
	b, err := fs.ReadFile(DocxParts, "docx/"+name)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// style returns the style of id, following basedOn, as a lookup of one
// property: get returns the property of a style or nil.
func lookup[T any](t *testing.T, s *wordStyles, id string, get func(*wordStyle) *T) *T {
	t.Helper()
	for depth := 0; id != "" && depth < 10; depth++ {
		var st *wordStyle
		for i := range s.Styles {
			if s.Styles[i].ID == id {
				st = &s.Styles[i]
			}
		}
		if st == nil {
			t.Fatalf("styles.xml has no style %s", id)
		}
		if v := get(st); v != nil {
			return v
		}
		id = ""
		if st.BasedOn != nil {
			id = st.BasedOn.Val
		}
	}
	return nil
}

func mm(twips int) float64 { return float64(twips) / 20 * layout.PtMM }

// TestStylesFollowLayout checks the sizes and spacing of the template's
// styles against the layout package: type sizes in half-points, spacing
// and indents in twips.
func TestStylesFollowLayout(t *testing.T) {
	var s wordStyles
	readXML(t, "word/styles.xml", &s)
	size := func(id string) int {
		v := lookup(t, &s, id, func(st *wordStyle) *val { return st.RPr.Size })
		if v == nil {
			v = s.Defaults.RPr.Size
		}
		if v == nil {
			t.Fatalf("style %s has no size", id)
		}
		n, _ := strconv.Atoi(v.Val)
		return n
	}
	spacing := func(id string, get func(*wordStyle) *int) int {
		v := lookup(t, &s, id, get)
		if v == nil {
			return 0
		}
		return *v
	}
	before := func(st *wordStyle) *int {
		if st.PPr.Spacing == nil {
			return nil
		}
		return st.PPr.Spacing.Before
	}
	after := func(st *wordStyle) *int {
		if st.PPr.Spacing == nil {
			return nil
		}
		return st.PPr.Spacing.After
	}
	line := func(st *wordStyle) *int {
		if st.PPr.Spacing == nil {
			return nil
		}
		return st.PPr.Spacing.Line
	}
	firstLine := func(st *wordStyle) *int {
		if st.PPr.Ind == nil {
			return nil
		}
		return st.PPr.Ind.FirstLine
	}

	sizes := []struct {
		style string
		want  layout.Pt
	}{
		{"Normal", layout.SizeBody},
		{"KHBody", layout.SizeBody},
		{"Heading1", layout.SizeBody},
		{"Heading2", layout.SizeBody},
		{"KHSuperior", layout.SizeHeader},
		{"KHIssuer", layout.SizeHeader},
		{"KHNational", layout.SizeHeader},
		{"KHMotto", layout.SizeMotto},
		{"KHNumber", layout.SizeNumber},
		{"KHPlaceDate", layout.SizeNumber},
		{"KHTitle", layout.SizeBody},
		{"KHSubject", layout.SizeBody},
		{"KHSignature", layout.SizeBody},
		{"KHSigner", layout.SizeBody},
		{"KHRecipientsLabel", layout.SizeLabel},
		{"KHRecipients", layout.SizeRecipient},
		{"KHTableText", layout.SizeTable},
		{"KHTableHead", layout.SizeTable},
		{"KHPageNumber", layout.SizePageNumber},
	}
	for _, c := range sizes {
		if got := size(c.style); got != c.want.HalfPoints() {
			t.Errorf("style %s: size %d half-points, layout says %v pt", c.style, got, c.want)
		}
	}

	exact := []check{
		// Space before each paragraph and heading, none after, as the PDF
		// puts it; Heading1 and Heading2 take it from KHBody.
		{"KHBody space before", spacing("KHBody", before), layout.ParaSpace.Twips()},
		{"KHBody space after", spacing("KHBody", after), 0},
		{"Heading1 space before", spacing("Heading1", before), layout.ParaSpace.Twips()},
		{"Heading2 space before", spacing("Heading2", before), layout.ParaSpace.Twips()},
		{"KHBody first-line indent", spacing("KHBody", firstLine), layout.Indent.Twips()},
		{"Heading1 first-line indent", spacing("Heading1", firstLine), layout.Indent.Twips()},
		{"KHRule height", spacing("KHRule", line), layout.RuleLine.Twips()},
		// Exact line pitches, the PDF's: Word and LibreOffice differ on
		// what a single line of Times New Roman is.
		{"KHBody line pitch", spacing("KHBody", line), (layout.SizeBody * layout.Leading).Twips()},
		{"Heading1 line pitch", spacing("Heading1", line), (layout.SizeBody * layout.Leading).Twips()},
		{"KHSubject line pitch", spacing("KHSubject", line), (layout.SizeBody * layout.Leading).Twips()},
		{"KHSuperior line pitch", spacing("KHSuperior", line), (layout.SizeMotto * layout.HeaderLead).Twips()},
		{"KHIssuer line pitch", spacing("KHIssuer", line), (layout.SizeMotto * layout.HeaderLead).Twips()},
		{"KHTableText line pitch", spacing("KHTableText", line), (layout.SizeTable * layout.TableLead).Twips()},
		{"KHTableHead line pitch", spacing("KHTableHead", line), (layout.SizeTable * layout.TableLead).Twips()},
	}
	for _, id := range []string{"KHBody", "Heading1", "Heading2", "KHSubject", "KHSuperior", "KHIssuer", "KHTableText", "KHTableHead"} {
		r := lookup(t, &s, id, func(st *wordStyle) *string {
			if st.PPr.Spacing == nil {
				return nil
			}
			return st.PPr.Spacing.Rule
		})
		if r == nil || *r != "exact" {
			t.Errorf("style %s: line rule %v, want exact", id, r)
		}
	}
	for _, c := range exact {
		if c.got != c.want {
			t.Errorf("%s: %d twips in the template, layout gives %d", c.what, c.got, c.want)
		}
	}
	rule := lookup(t, &s, "KHRule", func(st *wordStyle) *struct {
		Size int `xml:"sz,attr"`
	} {
		return st.PPr.TopBorder
	})
	if rule == nil || rule.Size != layout.RuleWidth.Eighths() {
		t.Errorf("KHRule border: %v, want %d eighths of a point", rule, layout.RuleWidth.Eighths())
	}

	// The rule paragraph's space before puts the rule RuleGap under the
	// baseline above, whose line's descent comes first; within 0.15 mm
	// for every size that has a rule under it.
	ptMM := func(p layout.Pt, em float64) float64 { return float64(p) * em * layout.PtMM }
	for _, sz := range []layout.Pt{layout.SizeHeader, layout.SizeMotto, layout.SizeBody} {
		gap := ptMM(sz, timesDescent) + mm(spacing("KHRule", before))
		if math.Abs(gap-float64(layout.RuleGap)) > 0.15 {
			t.Errorf("rule under %v pt text: %.2f mm under the baseline, layout says %v mm", sz, gap, layout.RuleGap)
		}
	}
	// The signer's name sits SignatureSpace and one em under the baseline
	// of the position line, as in the PDF, within 0.05 mm: the position
	// line's descent, the space before, the name's line gap and ascent.
	// The blank between the descent and the ascent, where the signature
	// and the seal go, is 25–30 mm (NĐ 30, Phụ lục I, II.7).
	sigBefore := mm(spacing("KHSigner", before))
	name := ptMM(layout.SizeBody, timesDescent) + sigBefore + ptMM(layout.SizeBody, timesLineGap+timesAscent)
	if want := float64(layout.SignatureSpace) + ptMM(layout.SizeBody, 1); math.Abs(name-want) > 0.05 {
		t.Errorf("signer's name: %.2f mm under the position line, layout says %.2f mm", name, want)
	}
	if blank := sigBefore + ptMM(layout.SizeBody, timesLineGap); blank < 25 || blank > 30 {
		t.Errorf("signature space: %.2f mm, want 25–30 mm", blank)
	}
	// "KẾ HOẠCH" sits TitleGap under the baseline of "Số:", within 0.2 mm.
	title := ptMM(layout.SizeNumber, timesDescent) + mm(spacing("KHTitle", before)) + ptMM(layout.SizeBody, timesAscent+timesLineGap)
	if math.Abs(title-float64(layout.TitleGap)) > 0.2 {
		t.Errorf("title: %.2f mm under the number line, layout says %v mm", title, layout.TitleGap)
	}
}

// TestPageFollowsLayout checks the page set-up and the two column tables of
// document.xml against the layout package.
func TestPageFollowsLayout(t *testing.T) {
	var d wordDocument
	readXML(t, "word/document.xml", &d)
	sz, mar := d.Section.Size, d.Section.Margins
	exact := []check{
		{"page width", sz.W, layout.PageWidth.Twips()},
		{"page height", sz.H, layout.PageHeight.Twips()},
		{"top margin", mar.Top, layout.MarginTop.Twips()},
		{"bottom margin", mar.Bottom, layout.MarginBottom.Twips()},
		{"left margin", mar.Left, layout.MarginLeft.Twips()},
		{"right margin", mar.Right, layout.MarginRight.Twips()},
		// The page number's line starts at the header distance; its
		// baseline lies the line gap and the ascent lower.
		{"header distance", mar.Header, (layout.PageNumberBaseline - layout.SizePageNumber.MM()*(timesAscent+timesLineGap)).Twips()},
	}
	textW := sz.W - mar.Left - mar.Right
	if len(d.Tables) != 2 {
		t.Fatalf("document.xml has %d tables, want the header and the signature block", len(d.Tables))
	}
	for i, tbl := range d.Tables {
		if len(tbl.Grid) != 2 {
			t.Fatalf("table %d has %d columns, want 2", i, len(tbl.Grid))
		}
		exact = append(exact,
			check{"table width", tbl.Width.W, textW},
			check{"left column", tbl.Grid[0].W, layout.LeftColumn.Twips()},
			check{"right column", tbl.Grid[1].W, textW - layout.LeftColumn.Twips()})
	}
	// The signature table's top cell margin is the gap before the
	// signature: the body's paragraphs have no space after them.
	exact = append(exact, check{"space above the signature block", d.Tables[1].CellTop.W, layout.SignatureGap.Twips()})
	// The draft mark's line and the space after it move the header block
	// down as far as the PDF's boxed mark does: its line at HeaderLead,
	// its padding below and DraftGap.
	if len(d.Paras) == 0 {
		t.Fatal("document.xml has no paragraph before the header block")
	}
	mark := d.Paras[0].Spacing
	exact = append(exact,
		check{"draft mark line", mark.Line, (layout.SizeDraft * layout.HeaderLead).Twips()},
		check{"space after the draft mark", mark.After, (2*layout.DraftPad + layout.DraftGap).Twips()})
	if mark.Rule != "exact" {
		t.Errorf("draft mark: line rule %q, want exact", mark.Rule)
	}
	for _, c := range exact {
		if c.got != c.want {
			t.Errorf("%s: %d twips in document.xml, layout gives %d", c.what, c.got, c.want)
		}
	}
}
