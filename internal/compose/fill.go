package compose

import "github.com/kehoach/kehoach/internal/doc"

// holds reports whether every condition holds for the entry e is at.
func (g *guard) holds(e *Env) bool {
	for _, c := range g.conds {
		if c.test(e) != c.want {
			return false
		}
	}
	return true
}

// repeat calls fn once, or once per entry of the guard's list, wherever the
// conditions hold.
func (g *guard) repeat(e *Env, fn func()) {
	if g.each == nil {
		if g.holds(e) {
			fn()
		}
		return
	}
	n := g.each.len(e)
	for i := range n {
		e.at[g.each.slot] = i
		if g.holds(e) {
			fn()
		}
	}
}

// fill writes the first alternative whose conditions hold, and the data
// field it prints.
func (ch choice) fill(e *Env) (string, string) {
	for i := range ch {
		a := &ch[i]
		ok := true
		for _, c := range a.conds {
			if c.test(e) != c.want {
				ok = false
				break
			}
		}
		if ok {
			return a.text.fill(e)
		}
	}
	return "", ""
}

// str writes the wording without its field.
func (ch choice) str(e *Env) string {
	s, _ := ch.fill(e)
	return s
}

// fillLines writes a list of lines.
func fillLines(ls []line, e *Env) []string {
	out := make([]string, 0, len(ls))
	for i := range ls {
		l := &ls[i]
		l.repeat(e, func() { out = append(out, l.text.str(e)) })
	}
	return out
}

// fill writes the document.
func (t *planTemplate) fill(e *Env) *doc.Document {
	d := &doc.Document{
		Meta: doc.Meta{
			Title: t.metaTitle.str(e), Author: t.author.str(e), Subject: t.metaSubject.str(e),
			Keywords: t.keywords.str(e), Date: t.date.str(e), Undated: !e.Dated,
		},
		Header: doc.Header{
			Superior: fillLines(t.superior, e), Issuer: fillLines(t.issuer, e),
			Number: t.number.str(e), National: t.national.str(e),
			Motto: t.motto.str(e), PlaceDate: t.placeDate.str(e),
			Draft: t.draft.str(e),
		},
		Title:      doc.Title{Kind: t.kind.str(e), Subject: t.subject.str(e)},
		Signature:  doc.Signature{Lines: fillLines(t.signature, e), Name: t.signer.str(e)},
		Recipients: doc.Recipients{Label: t.label.str(e), Lines: fillLines(t.recipients, e)},
	}
	d.Body = fillBlocks(t.body, e, make([]doc.Block, 0, 64))
	return d
}

// fillBlocks appends the blocks to out.
func fillBlocks(bs []block, e *Env, out []doc.Block) []doc.Block {
	for i := range bs {
		b := &bs[i]
		b.repeat(e, func() {
			switch {
			case b.blocks != nil:
				out = fillBlocks(b.blocks, e, out)
			case b.kind == doc.List:
				out = append(out, doc.Block{Kind: b.kind, Items: fillItems(b.items, e)})
			case b.kind == doc.TableBlock:
				out = append(out, doc.Block{Kind: b.kind, Table: b.table.fill(e)})
			default:
				text, field := b.text.fill(e)
				out = append(out, doc.Block{Kind: b.kind, Text: text, Field: field})
			}
		})
	}
	return out
}

func fillItems(its []item, e *Env) []doc.ListItem {
	var out []doc.ListItem
	for i := range its {
		it := &its[i]
		it.repeat(e, func() {
			text, field := it.text.fill(e)
			out = append(out, doc.ListItem{Marker: it.marker.str(e), Text: text, Field: field})
		})
	}
	return out
}

func (t *table) fill(e *Env) *doc.Table {
	return &doc.Table{
		Columns: append([]doc.Column(nil), t.columns...),
		Size:    t.size,
		Header:  fillRows(t.header, e),
		Body:    fillRows(t.body, e),
	}
}

func fillRows(rs []row, e *Env) []doc.Row {
	var out []doc.Row
	for i := range rs {
		r := &rs[i]
		r.repeat(e, func() {
			cells := make([]doc.Cell, len(r.cells))
			for j := range r.cells {
				c := &r.cells[j]
				text, field := c.text.fill(e)
				cells[j] = doc.Cell{Text: text, ColSpan: c.cols, RowSpan: c.rows, Field: field}
			}
			out = append(out, doc.Row{Style: r.style, Cells: cells})
		})
	}
	return out
}
