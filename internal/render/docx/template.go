package docx

import (
	"bytes"
	"slices"
	"sort"
	"strings"
)

// slot is a placeholder paragraph of the template: a paragraph whose whole
// text is one placeholder. The renderer puts paragraphs of its own in its
// place, with the slot's paragraph and run properties.
type slot struct {
	pPr   string // the paragraph's <w:pPr>…</w:pPr>, or ""
	rPr   string // the placeholder run's <w:rPr>…</w:rPr>, or ""
	cellW int    // width of its table cell in twips; 0 outside tables
}

// hole is one place of the main part to fill: a slot paragraph, or a
// placeholder inside other text.
type hole struct {
	at   span
	name string
	slot *slot // nil for a placeholder inside text
}

// tmpl is a Word template read and prepared once: its main part, the holes
// in it, the text width of its body, and the entries of the output.
type tmpl struct {
	part    string
	holes   []hole // in document order
	textW   int    // text width of the body in twips
	entries []entry
}

// readTemplate reads a .docx template and prepares its main part: it merges
// the runs that split placeholders, checks that the template has every
// placeholder and no unknown one, and records where each goes. The zip is
// checked and inflated under bounds before anything else reads it.
func readTemplate(data []byte) (*tmpl, error) {
	parts, err := readParts(data)
	if err != nil {
		return nil, err
	}
	part, err := mainContent(parts)
	if err != nil {
		return nil, err
	}
	sc, err := scan(part)
	if err != nil {
		return nil, archiveErr(mainPart, ErrPartXML, "không phải XML hợp lệ (chi tiết: %v)", err)
	}
	part = mergeRuns(part, sc)
	if sc, err = scan(part); err != nil {
		return nil, archiveErr(mainPart, ErrPartXML, "không còn là XML hợp lệ sau khi gộp các đoạn chữ (chi tiết: %v)", err)
	}
	t := &tmpl{part: part, textW: sc.pageW - sc.marginL - sc.marginR}
	if sc.pageW == 0 || t.textW <= 0 {
		return nil, archiveErr(mainPart, ErrNoPageSetup, "không ghi khổ giấy và lề trang ở cuối văn bản (thẻ w:sectPr cuối cùng)")
	}
	perr := &PlaceholderError{}
	found := map[string]bool{}
	for _, p := range sc.paras {
		for _, h := range holes(part, p) {
			if found[h.name] && h.slot != nil {
				perr.Twice = append(perr.Twice, h.name)
			}
			found[h.name] = true
			if !slices.Contains(placeholders, h.name) && !slices.Contains(optional, h.name) {
				perr.Unknown = append(perr.Unknown, h.name)
			} else if h.slot == nil && slices.Contains(blockOnly, h.name) {
				perr.NotAlone = append(perr.NotAlone, h.name)
			}
			t.holes = append(t.holes, h)
		}
	}
	for _, name := range placeholders {
		if !found[name] {
			perr.Missing = append(perr.Missing, name)
		}
	}
	perr.Unfilled, err = otherParts(parts)
	if err != nil {
		return nil, err
	}
	if perr.any() {
		perr.sort()
		return nil, perr
	}
	if t.entries, err = packShared(parts); err != nil {
		return nil, err
	}
	sort.Slice(t.holes, func(i, j int) bool { return t.holes[i].at.start < t.holes[j].at.start })
	return t, nil
}

// relsPart holds the relationships of the main part, which its header
// and footer references name.
const relsPart = "word/_rels/document.xml.rels"

// mainContent returns the text of the main part, which readParts has
// inflated. A template without the main part's relationships is refused
// too: its references to headers and footers would lead nowhere.
func mainContent(parts []part) (string, error) {
	var content *part
	rels := false
	for i := range parts {
		switch parts[i].header.Name {
		case mainPart:
			content = &parts[i]
		case relsPart:
			rels = true
		}
	}
	if content == nil {
		return "", archiveErr(mainPart, ErrNoMainPart, "không có trong tệp: không phải tệp Word (.docx)")
	}
	if !rels {
		return "", archiveErr(relsPart, ErrNoMainPart, "không có trong tệp: tệp Word thiếu danh mục liên kết của phần nội dung")
	}
	return string(content.data), nil
}

// holes returns the placeholders of paragraph p: the whole paragraph when
// its text is one placeholder, else each placeholder inside its text.
func holes(part string, p *para) []hole {
	text := p.text()
	if m := placeholderRE.FindStringSubmatch(text); m != nil && strings.TrimSpace(text) == m[0] {
		s := &slot{cellW: p.cellW}
		if p.pPr.end > 0 {
			s.pPr = part[p.pPr.start:p.pPr.end]
		}
		for _, n := range p.texts {
			if strings.Contains(n.text, m[0]) && n.run.end > 0 {
				s.rPr = part[n.run.start:n.run.end]
				break
			}
		}
		return []hole{{at: p.at, name: m[1], slot: s}}
	}
	var out []hole
	for _, n := range p.texts {
		// After mergeRuns every placeholder lies whole, canonical and
		// free of entities in the text node where it starts.
		raw := part[n.at.start:n.at.end]
		for _, loc := range placeholderRE.FindAllStringSubmatchIndex(raw, -1) {
			out = append(out, hole{
				at:   span{n.at.start + loc[0], n.at.start + loc[1]},
				name: raw[loc[2]:loc[3]],
			})
		}
	}
	return out
}

// otherParts returns the placeholders written in the parts that kehoach
// does not fill (headers, footers, notes): they would stay in the output.
func otherParts(parts []part) ([]string, error) {
	var names []string
	for _, p := range parts {
		name := p.header.Name
		if !strings.HasPrefix(name, "word/") || !strings.HasSuffix(name, ".xml") || name == mainPart {
			continue
		}
		if !mayHoldBrace(p.data) {
			continue
		}
		sc, err := scan(string(p.data))
		if err != nil {
			return nil, archiveErr(name, ErrPartXML, "không phải XML hợp lệ (chi tiết: %v)", err)
		}
		for _, p := range sc.paras {
			for _, m := range placeholderRE.FindAllStringSubmatch(p.text(), -1) {
				if !slices.Contains(names, m[1]) {
					names = append(names, m[1])
				}
			}
		}
	}
	return names, nil
}

// mayHoldBrace reports whether the text of an XML part may hold "{": a
// brace is written as itself (in text or a CDATA section) or as a numeric
// character reference, since XML has no named entity for it. Parts without
// either (the styles, the settings) need no scanning.
func mayHoldBrace(data []byte) bool {
	return bytes.IndexByte(data, '{') >= 0 || bytes.Contains(data, []byte("&#"))
}

// marker writes a placeholder's name as the template does.
func marker(name string) string { return "{{" + name + "}}" }
