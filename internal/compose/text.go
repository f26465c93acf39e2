package compose

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// text is a compiled piece of wording: fixed words and placeholders.
type text struct {
	segs []segment
}

// segment is fixed words (ref nil) or one placeholder.
type segment struct {
	lit string
	ref *Value
	// join is the separator of a list's entries, when the placeholder names
	// a whole list.
	join    string
	joined  bool
	filters []func(string) string
}

// filters are the functions a placeholder may apply to its value, after a
// "|": {document.subject|lowerfirst}.
var filters = map[string]func(string) string{
	"upper":      strings.ToUpper,
	"lowerfirst": lowerFirst,
}

// scope is what a piece of wording may use where it stands in the template:
// the lists of the "each" around it and the names of the "if" around it.
type scope struct {
	v     *Vocabulary
	lists map[*List]bool
	ifs   map[string]bool
}

// with returns a copy of s inside an each over l (when not nil) and under
// the conditions named by ifs.
func (s scope) with(l *List, ifs ...string) scope {
	n := scope{v: s.v, lists: make(map[*List]bool, len(s.lists)+1), ifs: make(map[string]bool, len(s.ifs)+len(ifs))}
	for k := range s.lists {
		n.lists[k] = true
	}
	for k := range s.ifs {
		n.ifs[k] = true
	}
	if l != nil {
		n.lists[l] = true
	}
	for _, c := range ifs {
		if c != "" {
			n.ifs[c] = true
		}
	}
	return n
}

// parseText compiles wording: "{name}" and "{name|filter|…}" are
// placeholders, "{{" and "}}" stand for "{" and "}". Errors are in
// Vietnamese, for whoever edits the template.
func parseText(src string, sc scope) (text, error) {
	var t text
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			t.segs = append(t.segs, segment{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(src); {
		switch {
		case strings.HasPrefix(src[i:], "{{"):
			lit.WriteByte('{')
			i += 2
		case strings.HasPrefix(src[i:], "}}"):
			lit.WriteByte('}')
			i += 2
		case src[i] == '}':
			return text{}, fmt.Errorf(`dấu "}" không có "{" mở trước (muốn in dấu "}" thì viết "}}")`)
		case src[i] == '{':
			end := strings.IndexByte(src[i:], '}')
			if end < 0 {
				return text{}, fmt.Errorf(`chỗ trống "%s" thiếu dấu "}" đóng (muốn in dấu "{" thì viết "{{")`, src[i:])
			}
			seg, err := parsePlaceholder(src[i+1:i+end], sc)
			if err != nil {
				return text{}, err
			}
			flush()
			t.segs = append(t.segs, seg)
			i += end + 1
		default:
			lit.WriteByte(src[i])
			i++
		}
	}
	flush()
	return t, nil
}

// parsePlaceholder compiles the inside of one placeholder.
func parsePlaceholder(src string, sc scope) (segment, error) {
	parts := strings.Split(src, "|")
	name := strings.TrimSpace(parts[0])
	v, ok := sc.v.values[name]
	if !ok || v.Text == nil && v.All == nil {
		return segment{}, fmt.Errorf(`chỗ trống "{%s}": không có tên "%s"`, src, name)
	}
	seg := segment{ref: v}
	for i, f := range parts[1:] {
		f = strings.TrimLeft(f, " ")
		if sep, ok := strings.CutPrefix(f, "join:"); ok {
			if i != 0 || v.All == nil || sc.lists[v.In] {
				return segment{}, fmt.Errorf(`chỗ trống "{%s}": chỉ nối được (join) các mục của một danh sách, và phải nối trước mọi hàm khác`, src)
			}
			seg.join, seg.joined = sep, true
			continue
		}
		fn, ok := filters[strings.TrimSpace(f)]
		if !ok {
			return segment{}, fmt.Errorf(`chỗ trống "{%s}": không có hàm "%s" (chỉ có upper, lowerfirst, join:…)`, src, strings.TrimSpace(f))
		}
		seg.filters = append(seg.filters, fn)
	}
	if err := sc.allows(name, v, seg.joined); err != nil {
		return segment{}, fmt.Errorf(`chỗ trống "{%s}": %w`, src, err)
	}
	return seg, nil
}

// allows tells whether name may be used here: inside the each it needs and
// under the condition it needs.
func (sc scope) allows(name string, v *Value, joined bool) error {
	if v.Text == nil && !joined {
		if v.All != nil {
			return fmt.Errorf(`"%s" là một danh sách: dùng trong each = "%s", hoặc nối các mục bằng {%s|join:, }`, name, name, name)
		}
		return fmt.Errorf(`"%s" chỉ dùng làm điều kiện (if, unless)`, name)
	}
	in := v.In
	if joined {
		in = in.parent
	}
	if in != nil && !sc.lists[in] {
		if !joined && v.All != nil && in.name == name {
			return fmt.Errorf(`"%s" là một danh sách: dùng trong each = "%s", hoặc nối các mục bằng {%s|join:, }`, name, name, name)
		}
		return fmt.Errorf(`"%s" chỉ dùng được bên trong each = "%s"`, name, in.name)
	}
	if v.Needs != "" && !sc.ifs[v.Needs] {
		return fmt.Errorf(`"%s" có thể không có số liệu: chỉ dùng được bên trong if = "%s"`, name, v.Needs)
	}
	return nil
}

// fill writes the wording with the values of e, and returns the path of the
// first data field it prints ("" when none). Values are written as they
// are: nothing in them is read as template syntax.
func (t text) fill(e *Env) (string, string) {
	if len(t.segs) == 1 && t.segs[0].ref == nil {
		return t.segs[0].lit, ""
	}
	var b strings.Builder
	field := ""
	for _, s := range t.segs {
		if s.ref == nil {
			b.WriteString(s.lit)
			continue
		}
		var v string
		if s.joined {
			v = strings.Join(s.ref.All(e), s.join)
		} else {
			v = s.ref.Text(e)
			if field == "" && s.ref.Field != nil {
				field = s.ref.Field(e)
			}
		}
		for _, f := range s.filters {
			v = f(v)
		}
		b.WriteString(v)
	}
	return b.String(), field
}

// lowerFirst lower-cases the first letter of s, for a subject line used
// inside a sentence: "Thực hiện …" → "thực hiện …".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
