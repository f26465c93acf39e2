package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// wordML is the WordprocessingML main namespace.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// placeholderRE matches a placeholder in the text of a paragraph.
var placeholderRE = regexp.MustCompile(`\{\{\s*([a-z_]+)\s*\}\}`)

// span is a byte range of an XML part.
type span struct{ start, end int }

// textNode is the character data of one <w:t> element: where it is in the
// part and what it says.
type textNode struct {
	at   span
	text string
	run  span // the <w:rPr> of its run, if any
}

// para is one paragraph of a part as the scanner saw it.
type para struct {
	at    span
	pPr   span // its <w:pPr>, if any
	texts []textNode
	cellW int // width of the enclosing table cell in twips, 0 outside tables
}

// text is the paragraph's text: its <w:t> contents joined.
func (p *para) text() string {
	var b strings.Builder
	for _, t := range p.texts {
		b.WriteString(t.text)
	}
	return b.String()
}

// scanned is what the scanner found in a part.
type scanned struct {
	paras []*para
	// pageW, marginL and marginR are the body's page width and side
	// margins in twips, from its section properties.
	pageW, marginL, marginR int
}

// scan reads an XML part with encoding/xml and records, for every
// paragraph, where it is, its properties and its text nodes. It keeps the
// part's bytes untouched: callers splice the recorded ranges.
func scan(part string) (*scanned, error) {
	dec := xml.NewDecoder(strings.NewReader(part))
	out := &scanned{}
	var (
		stack    []xml.Name
		paras    []*para // open paragraphs, innermost last
		cellW    []int   // widths of open table cells
		inText   bool
		runStart []int // start of the open runs' <w:rPr>
		runPr    []span
		start    = 0
	)
	for {
		start = int(dec.InputOffset())
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("scan: %w", err)
		}
		end := int(dec.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name)
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "p":
				paras = append(paras, &para{at: span{start, -1}, cellW: last(cellW)})
			case "pPr":
				if p := lastPara(paras); p != nil && parent(stack) == "p" {
					p.pPr.start = start
				}
			case "r":
				runStart = append(runStart, start)
				runPr = append(runPr, span{})
			case "rPr":
				if parent(stack) == "r" && len(runPr) > 0 {
					runPr[len(runPr)-1].start = start
				}
			case "t":
				inText = parent(stack) == "r"
				if p := lastPara(paras); inText && p != nil {
					var rpr span
					if len(runPr) > 0 {
						rpr = runPr[len(runPr)-1]
					}
					p.texts = append(p.texts, textNode{at: span{end, end}, run: rpr})
				}
			case "tc":
				cellW = append(cellW, 0)
			case "tcW":
				if len(cellW) > 0 && attr(t, "type") == "dxa" {
					cellW[len(cellW)-1], _ = strconv.Atoi(attr(t, "w"))
				}
			case "pgSz":
				out.pageW, _ = strconv.Atoi(attr(t, "w"))
			case "pgMar":
				out.marginL, _ = strconv.Atoi(attr(t, "left"))
				out.marginR, _ = strconv.Atoi(attr(t, "right"))
			}
		case xml.CharData:
			if p := lastPara(paras); inText && p != nil && len(p.texts) > 0 {
				n := &p.texts[len(p.texts)-1]
				n.at.end = end
				n.text += string(t)
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			if t.Name.Space != wordML {
				continue
			}
			switch t.Name.Local {
			case "p":
				p := lastPara(paras)
				p.at.end = end
				paras = paras[:len(paras)-1]
				out.paras = append(out.paras, p)
			case "pPr":
				if p := lastPara(paras); p != nil && p.pPr.start > 0 && p.pPr.end == 0 {
					p.pPr.end = end
				}
			case "r":
				runStart = runStart[:len(runStart)-1]
				runPr = runPr[:len(runPr)-1]
			case "rPr":
				if len(runPr) > 0 && runPr[len(runPr)-1].start > 0 && runPr[len(runPr)-1].end == 0 {
					runPr[len(runPr)-1].end = end
				}
			case "t":
				inText = false
			case "tc":
				cellW = cellW[:len(cellW)-1]
			}
		}
	}
	return out, nil
}

func last(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[len(xs)-1]
}

func lastPara(ps []*para) *para {
	if len(ps) == 0 {
		return nil
	}
	return ps[len(ps)-1]
}

// parent returns the local name of the element enclosing the innermost open
// one.
func parent(stack []xml.Name) string {
	if len(stack) < 2 {
		return ""
	}
	return stack[len(stack)-2].Local
}

// attr returns the value of the WordprocessingML attribute named local.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
