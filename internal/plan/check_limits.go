package plan

import (
	"fmt"
	"reflect"
	"unicode/utf8"
)

// Bounds of what a plan may hold. A district has a few dozen communes and a
// commune a few dozen villages, and the sample plan's longest paragraph is
// about 500 characters and its longest list 8 entries: the bounds are far
// above any real plan and keep a hostile one from filling pages by the
// thousand.
const (
	// MaxUnits bounds the rows of the table.
	MaxUnits = 1000
	// MaxTextRunes bounds the characters of one text field, one
	// paragraph: 2,000 characters are a third of a printed page.
	MaxTextRunes = 2000
	// MaxListItems bounds the entries of every other list: the paragraphs
	// of a section, the lines of a name, the recipients, the agencies.
	MaxListItems = 200
)

// limits checks the number of units, the entries of every list and the
// length of every text.
func (c *checker) limits(p *Plan) {
	if n := len(p.Units); n > MaxUnits {
		c.add("units", "có %d đơn vị, quá giới hạn %d đơn vị của một kế hoạch", n, MaxUnits)
	}
	eachList(reflect.ValueOf(p).Elem(), func(at *fieldPath, n int) { c.list(string(at.b), n) })
}

// list checks the number of entries n of the list at path.
func (c *checker) list(path string, n int) {
	switch {
	case requiredLists[path]:
		// An empty one is missing: the checks of its section say so.
	case path == "issuer.superior":
		// Written empty, it says there is no superior body.
	case n > MaxListItems:
		c.add(path, "danh sách có %d mục, quá giới hạn %d mục", n, MaxListItems)
	case n == 0 && c.written != nil && c.written(path):
		c.add(path, "danh sách để trống: hãy ghi ít nhất một mục hoặc xóa khóa này")
	}
}

// tooLong reports whether s is longer than MaxTextRunes, with a message.
func tooLong(s string) (string, bool) {
	if len(s) <= MaxTextRunes {
		return "", false
	}
	n := utf8.RuneCountInString(s)
	if n <= MaxTextRunes {
		return "", false
	}
	return fmt.Sprintf("văn bản dài %d ký tự, quá giới hạn %d ký tự của một đoạn: hãy tách thành nhiều đoạn", n, MaxTextRunes), true
}

// requiredLists are the lists that must hold an entry.
var requiredLists = map[string]bool{"units": true, "issuer.name": true, "recipients.to": true, "recipients.archive": true}

// eachList calls fn for every list held by v, with its field path (valid
// only during the call, as eachText's) and number of entries.
func eachList(v reflect.Value, fn func(at *fieldPath, n int)) {
	var at fieldPath
	walkLists(v, &at, fn)
}

// walkLists is eachList at the path at.
func walkLists(v reflect.Value, at *fieldPath, fn func(at *fieldPath, n int)) {
	switch v.Kind() {
	case reflect.Struct:
		for _, f := range dataFields(v.Type()) {
			if f.list {
				n := at.key(f.name)
				walkLists(v.Field(f.index), at, fn)
				at.cut(n)
			}
		}
	case reflect.Slice:
		fn(at, v.Len())
		if v.Type().Elem().Kind() == reflect.Struct {
			for i := range v.Len() {
				n := at.index(i)
				walkLists(v.Index(i), at, fn)
				at.cut(n)
			}
		}
	}
}
