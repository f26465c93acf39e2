package compose

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/layout"
)

// planTemplate is the compiled template: the document's parts, each with
// its wording compiled and its names checked.
type planTemplate struct {
	metaTitle, author, metaSubject, keywords, date choice
	superior, issuer                               []line
	number, national, motto, placeDate, draft      choice
	kind, subject                                  choice
	body                                           []block
	signature                                      []line
	signer, label                                  choice
	recipients                                     []line
}

// guard is when an element is written: once, or once per entry of a list
// (each), and only where its conditions hold.
type guard struct {
	each  *List
	conds []cond
}

// cond is one if (want true) or unless (want false).
type cond struct {
	test func(e *Env) bool
	want bool
}

// choice is wording with alternatives: the first whose conditions hold is
// written; none gives "".
type choice []alternative

type alternative struct {
	conds []cond
	text  text
}

type line struct {
	guard
	text choice
}

type block struct {
	guard
	kind   doc.BlockKind
	text   choice
	items  []item
	table  *table
	blocks []block // a group: the blocks written for each entry
}

type item struct {
	guard
	marker, text choice
}

type table struct {
	columns      []doc.Column
	size         float64
	header, body []row
}

type row struct {
	guard
	style doc.RowStyle
	cells []cell
}

type cell struct {
	text       choice
	cols, rows int
}

// compiler compiles a raw template, collecting every problem with the path
// of the template key it is about.
type compiler struct {
	problems []problem
}

type problem struct {
	path, msg string
}

func (c *compiler) fail(path string, err error) {
	c.problems = append(c.problems, problem{path, err.Error()})
}

// compile compiles the raw template.
func compile(r *rawFile, v *Vocabulary) (*planTemplate, []problem) {
	c := &compiler{}
	top := scope{v: v}
	text := func(v rawValue, path string) choice { return c.choice(v, path, top, true) }
	t := &planTemplate{
		metaTitle:   text(r.Meta.Title, "meta.title"),
		author:      text(r.Meta.Author, "meta.author"),
		metaSubject: text(r.Meta.Subject, "meta.subject"),
		keywords:    text(r.Meta.Keywords, "meta.keywords"),
		date:        text(r.Meta.Date, "meta.date"),
		superior:    c.lines(r.Header.Superior, "header.superior", top),
		issuer:      c.lines(r.Header.Issuer, "header.issuer", top),
		number:      text(r.Header.Number, "header.number"),
		national:    text(r.Header.National, "header.national"),
		motto:       text(r.Header.Motto, "header.motto"),
		placeDate:   text(r.Header.PlaceDate, "header.place_date"),
		draft:       c.choice(r.Header.Draft, "header.draft", top, false),
		kind:        text(r.Title.Kind, "title.kind"),
		subject:     text(r.Title.Subject, "title.subject"),
		body:        c.blocks(r.Body, "body", top),
		signature:   c.lines(r.Signature.Lines, "signature.lines", top),
		signer:      text(r.Signature.Name, "signature.name"),
		label:       text(r.Recipients.Label, "recipients.label"),
		recipients:  c.lines(r.Recipients.Lines, "recipients.lines", top),
	}
	return t, c.problems
}

// guard compiles each, if and unless of the element at path, and returns the
// scope of its content.
func (c *compiler) guard(each, ifName, unless, path string, sc scope) (guard, scope) {
	var g guard
	if each != "" {
		l, ok := sc.v.lists[each]
		switch {
		case !ok:
			c.fail(path+".each", fmt.Errorf(`không có danh sách "%s"`, each))
		case sc.lists[l]:
			c.fail(path+".each", fmt.Errorf(`đã ở bên trong each = "%s"`, each))
		case l.parent != nil && !sc.lists[l.parent]:
			c.fail(path+".each", fmt.Errorf(`"%s" chỉ dùng được bên trong each = "%s"`, each, l.parent.name))
		default:
			g.each = l
		}
	}
	sc = sc.with(g.each)
	g.conds = c.conds(ifName, unless, path, sc)
	return g, sc.with(nil, ifName)
}

// conds compiles an if and an unless.
func (c *compiler) conds(ifName, unless, path string, sc scope) []cond {
	var cs []cond
	for _, k := range []struct {
		key, name string
		want      bool
	}{{"if", ifName, true}, {"unless", unless, false}} {
		if k.name == "" {
			continue
		}
		test, err := condition(k.name, sc)
		if err != nil {
			c.fail(path+"."+k.key, err)
			continue
		}
		cs = append(cs, cond{test, k.want})
	}
	return cs
}

// condition compiles an if or unless: a name, true when it has a value (a
// text not blank, a number not 0, a list with an entry, a figure the data
// gives), or "name = A, B", true when the name's text is one of the words.
func condition(src string, sc scope) (func(e *Env) bool, error) {
	name, words, compare := strings.Cut(src, "=")
	name = strings.TrimSpace(name)
	v, ok := sc.v.values[name]
	if !ok {
		return nil, fmt.Errorf(`không có tên "%s"`, name)
	}
	if compare {
		if v.Text == nil || v.All != nil && !sc.lists[v.In] {
			return nil, fmt.Errorf(`"%s" không so sánh được với chữ`, name)
		}
		if err := sc.allows(name, v, false); err != nil {
			return nil, err
		}
		var set []string
		for w := range strings.SplitSeq(words, ",") {
			set = append(set, strings.TrimSpace(w))
		}
		return func(e *Env) bool { return slices.Contains(set, strings.TrimSpace(v.Text(e))) }, nil
	}
	if v.All != nil && !sc.lists[v.In] {
		if p := v.In.parent; p != nil && !sc.lists[p] {
			return nil, fmt.Errorf(`"%s" chỉ dùng được bên trong each = "%s"`, name, p.name)
		}
		return func(e *Env) bool { return len(v.All(e)) > 0 }, nil
	}
	if v.In != nil && !sc.lists[v.In] {
		return nil, fmt.Errorf(`"%s" chỉ dùng được bên trong each = "%s"`, name, v.In.name)
	}
	if v.Truth != nil {
		return v.Truth, nil
	}
	if err := sc.allows(name, v, false); err != nil {
		return nil, err
	}
	return func(e *Env) bool { return strings.TrimSpace(v.Text(e)) != "" }, nil
}

// choice compiles wording: a string, or an array of alternatives
// {if, unless, text}. required tells whether the wording must be given.
func (c *compiler) choice(raw rawValue, path string, sc scope, required bool) choice {
	return c.wording(raw.v, path, sc, required)
}

func (c *compiler) wording(v any, path string, sc scope, required bool) choice {
	switch v := v.(type) {
	case nil:
		if required {
			c.fail(path, fmt.Errorf("thiếu lời văn"))
		}
		return nil
	case string:
		t, err := parseText(v, sc)
		if err != nil {
			c.fail(path, err)
		}
		return choice{{text: t}}
	case []map[string]any:
		anys := make([]any, len(v))
		for i := range v {
			anys[i] = v[i]
		}
		return c.wording(anys, path, sc, required)
	case []any:
		var ch choice
		for i, a := range v {
			at := path + "[" + strconv.Itoa(i) + "]"
			m, ok := a.(map[string]any)
			if !ok {
				c.fail(at, fmt.Errorf(`mỗi phương án phải là một bảng {if = "…", text = "…"}`))
				continue
			}
			c.checkKeys(m, at, "if", "unless", "text")
			ifName, unless := c.str(m, "if", at), c.str(m, "unless", at)
			alt := alternative{conds: c.conds(ifName, unless, at, sc)}
			if t, ok := m["text"].(string); ok {
				var err error
				if alt.text, err = parseText(t, sc.with(nil, ifName)); err != nil {
					c.fail(at+".text", err)
				}
			} else {
				c.fail(at+".text", fmt.Errorf("thiếu lời văn (text) hoặc không phải một chuỗi"))
			}
			ch = append(ch, alt)
		}
		return ch
	}
	c.fail(path, fmt.Errorf("lời văn phải là một chuỗi hoặc một danh sách phương án"))
	return nil
}

// checkKeys reports the keys of a table of the template that are not known.
func (c *compiler) checkKeys(m map[string]any, path string, known ...string) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(known, k) {
			c.fail(path+"."+k, fmt.Errorf(`khóa "%s" không dùng ở đây (chỉ có %s)`, k, strings.Join(known, ", ")))
		}
	}
}

// str returns the string at key of a table of the template, "" when the key
// is absent.
func (c *compiler) str(m map[string]any, key, path string) string {
	v, ok := m[key]
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		c.fail(path+"."+key, fmt.Errorf(`"%s" phải là một chuỗi`, key))
	}
	return s
}

// lines compiles a list of lines: each entry a string, or a table
// {each, if, unless, text}.
func (c *compiler) lines(raw []rawValue, path string, sc scope) []line {
	var ls []line
	for i, r := range raw {
		at := path + "[" + strconv.Itoa(i) + "]"
		switch r := r.v.(type) {
		case string:
			ls = append(ls, line{text: c.wording(r, at, sc, true)})
		case map[string]any:
			c.checkKeys(r, at, "each", "if", "unless", "text")
			g, inner := c.guard(c.str(r, "each", at), c.str(r, "if", at), c.str(r, "unless", at), at, sc)
			ls = append(ls, line{guard: g, text: c.wording(r["text"], at+".text", inner, true)})
		default:
			c.fail(at, fmt.Errorf(`mỗi dòng phải là một chuỗi hoặc một bảng {each = "…", text = "…"}`))
		}
	}
	return ls
}

// blocks compiles the blocks of the body, or of a group.
func (c *compiler) blocks(raw []rawBlock, path string, sc scope) []block {
	bs := make([]block, 0, len(raw))
	for i := range raw {
		r := &raw[i]
		at := path + "[" + strconv.Itoa(i) + "]"
		g, inner := c.guard(r.Each, r.If, r.Unless, at, sc)
		b := block{guard: g, kind: doc.BlockKind(r.Kind)}
		switch b.kind {
		case "":
			if len(r.Blocks) == 0 {
				c.fail(at+".kind", fmt.Errorf(`thiếu kind (part, item, paragraph, list, table) hoặc một nhóm blocks`))
			}
			if r.Text.v != nil || r.Items != nil || r.Table != nil {
				c.fail(at, fmt.Errorf("một nhóm (blocks) không có text, items hay table riêng"))
			}
			b.blocks = c.blocks(r.Blocks, at+".blocks", inner)
		case doc.Part, doc.Item, doc.Paragraph:
			b.text = c.choice(r.Text, at+".text", inner, true)
		case doc.List:
			for j := range r.Items {
				it := &r.Items[j]
				iat := at + ".items[" + strconv.Itoa(j) + "]"
				ig, iinner := c.guard(it.Each, it.If, it.Unless, iat, inner)
				b.items = append(b.items, item{
					guard:  ig,
					marker: c.choice(it.Marker, iat+".marker", iinner, true),
					text:   c.choice(it.Text, iat+".text", iinner, true),
				})
			}
		case doc.TableBlock:
			if r.Table == nil {
				c.fail(at+".table", fmt.Errorf("thiếu bảng"))
				break
			}
			b.table = c.table(r.Table, at+".table", inner)
		default:
			c.fail(at+".kind", fmt.Errorf(`không có loại khối "%s" (chỉ có part, item, paragraph, list, table)`, r.Kind))
		}
		if b.kind != "" && r.Blocks != nil {
			c.fail(at+".blocks", fmt.Errorf("chỉ một nhóm (không có kind) mới có blocks"))
		}
		bs = append(bs, b)
	}
	return bs
}

// table compiles a table: its columns, as written, and its rows.
func (c *compiler) table(r *rawTable, path string, sc scope) *table {
	t := &table{}
	for i, col := range r.Columns {
		a := doc.Align(col.Align)
		if a != doc.Left && a != doc.Center && a != doc.Right || col.Width <= 0 {
			c.fail(path+".columns["+strconv.Itoa(i)+"]", fmt.Errorf(`cột cần width > 0 và align là left, center hoặc right`))
		}
		t.columns = append(t.columns, doc.Column{Width: col.Width, Align: a})
	}
	if r.Size != 0 && (r.Size < float64(layout.SizeTableMin) || r.Size > float64(layout.SizeTable)) {
		c.fail(path+".size", fmt.Errorf(`cỡ chữ của bảng (size) phải từ %g đến %g`, float64(layout.SizeTableMin), float64(layout.SizeTable)))
	}
	t.size = r.Size
	t.header = c.rows(r.Header, path+".header", sc)
	t.body = c.rows(r.Body, path+".body", sc)
	return t
}

func (c *compiler) rows(raw []rawRow, path string, sc scope) []row {
	var rs []row
	for i := range raw {
		r := &raw[i]
		at := path + "[" + strconv.Itoa(i) + "]"
		g, inner := c.guard(r.Each, r.If, r.Unless, at, sc)
		style := doc.RowStyle(r.Style)
		if style != doc.Normal && style != doc.Bold && style != doc.Italic {
			c.fail(at+".style", fmt.Errorf(`kiểu dòng "%s" không có (chỉ có bold, italic)`, r.Style))
		}
		rw := row{guard: g, style: style}
		for j, cl := range r.Cells {
			rw.cells = append(rw.cells, c.cell(cl.v, at+".cells["+strconv.Itoa(j)+"]", inner))
		}
		rs = append(rs, rw)
	}
	return rs
}

// cell compiles a table cell: its wording, or a table {text, cols, rows}.
func (c *compiler) cell(v any, path string, sc scope) cell {
	m, ok := v.(map[string]any)
	if !ok {
		return cell{text: c.wording(v, path, sc, true)}
	}
	c.checkKeys(m, path, "text", "cols", "rows")
	cl := cell{text: c.wording(m["text"], path+".text", sc, true)}
	for _, span := range []struct {
		key string
		n   *int
	}{{"cols", &cl.cols}, {"rows", &cl.rows}} {
		key, n := span.key, span.n
		if v, ok := m[key]; ok {
			i, isInt := v.(int64)
			if !isInt || i < 1 || i > maxSpan {
				c.fail(path+"."+key, fmt.Errorf(`"%s" phải là một số nguyên từ 1 đến %d`, key, maxSpan))
				continue
			}
			*n = int(i)
		}
	}
	return cl
}

// maxSpan bounds the columns or rows one cell spans.
const maxSpan = 100
