package plan

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// tomlName returns the key under which the data file holds field f.
func tomlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "" {
		return f.Name
	}
	return name
}

// sections lists the top-level keys of the data file in the order of Plan.
var sections = func() []string {
	t := reflect.TypeFor[Plan]()
	names := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		names = append(names, tomlName(t.Field(i)))
	}
	return names
}()

// fieldRank returns the position of a field path's section among the
// top-level keys and the index of its first list entry (-1 when none), for
// putting problems in file order.
func fieldRank(path string) (section, entry int) {
	head := path
	if i := strings.IndexAny(head, ".["); i >= 0 {
		head = head[:i]
	}
	section = len(sections)
	for i, s := range sections {
		if s == head {
			section = i
			break
		}
	}
	entry = -1
	if open := strings.IndexByte(path, '['); open >= 0 {
		if n, _, ok := strings.Cut(path[open+1:], "]"); ok {
			if v, err := strconv.Atoi(n); err == nil {
				entry = v
			}
		}
	}
	return section, entry
}

// eachText calls fn for every string held by v, in the order of the fields,
// with its field path. listed tells whether the string is an entry of a list
// of strings. The path is valid only during the call: a callback that keeps
// it takes its String.
func eachText(v reflect.Value, fn func(at *fieldPath, s string, listed bool)) {
	var at fieldPath
	walkText(v, &at, fn)
}

// walkText is eachText at the path at.
func walkText(v reflect.Value, at *fieldPath, fn func(at *fieldPath, s string, listed bool)) {
	switch v.Kind() {
	case reflect.String:
		fn(at, v.String(), false)
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(v.Elem(), at, fn)
		}
	case reflect.Struct:
		for _, f := range dataFields(v.Type()) {
			if !f.text {
				continue
			}
			n := at.key(f.name)
			walkText(v.Field(f.index), at, fn)
			at.cut(n)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			n := at.index(i)
			if e := v.Index(i); e.Kind() == reflect.String {
				fn(at, e.String(), true)
			} else {
				walkText(e, at, fn)
			}
			at.cut(n)
		}
	}
}

// fieldPath is the path of the field that eachText is at
// ("text.tasks[3]"), kept in a buffer that grows and shrinks as the walk
// goes down and up, so that no path is made as a string but those a
// callback asks for.
type fieldPath struct{ b []byte }

// String returns the path.
func (p *fieldPath) String() string { return string(p.b) }

// hasPrefix reports whether the path starts with s.
func (p *fieldPath) hasPrefix(s string) bool {
	return len(p.b) >= len(s) && string(p.b[:len(s)]) == s
}

// is reports whether the path is s.
func (p *fieldPath) is(s string) bool { return string(p.b) == s }

// key appends a key and returns the former length, for cut.
func (p *fieldPath) key(k string) int {
	n := len(p.b)
	if n > 0 {
		p.b = append(p.b, '.')
	}
	p.b = append(p.b, k...)
	return n
}

// index appends a list index and returns the former length, for cut.
func (p *fieldPath) index(i int) int {
	n := len(p.b)
	p.b = append(p.b, '[')
	p.b = strconv.AppendInt(p.b, int64(i), 10)
	p.b = append(p.b, ']')
	return n
}

// cut goes back to a former length.
func (p *fieldPath) cut(n int) { p.b = p.b[:n] }

// dataField is an exported field of a struct: its index, the key under
// which the data file holds it, and whether it may hold a string or a list,
// for the walks that look only at those.
type dataField struct {
	index      int
	name       string
	text, list bool
}

// dataFieldsOf holds dataFields' answers: reflect.Type → []dataField.
var dataFieldsOf sync.Map

// dataFields returns the exported fields of struct type t, in order.
func dataFields(t reflect.Type) []dataField {
	if fs, ok := dataFieldsOf.Load(t); ok {
		return fs.([]dataField)
	}
	var fs []dataField
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			fs = append(fs, dataField{index: i, name: tomlName(f),
				text: mayHold(f.Type, reflect.String, nil), list: mayHold(f.Type, reflect.Slice, nil)})
		}
	}
	dataFieldsOf.Store(t, fs)
	return fs
}

// mayHold reports whether a value of type t is, or may hold, a value of
// kind k; seen holds the struct types being looked at, so that a type that
// holds itself ends.
func mayHold(t reflect.Type, k reflect.Kind, seen []reflect.Type) bool {
	if t.Kind() == k {
		return true
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return mayHold(t.Elem(), k, seen)
	case reflect.Struct:
		if slices.Contains(seen, t) {
			return false
		}
		seen = append(seen, t)
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayHold(f.Type, k, seen) {
				return true
			}
		}
	}
	return false
}
