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
		for _, f := range textFields(v.Type()) {
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

// textField is an exported field of a struct that may hold a string: its
// index and the key under which the data file holds it.
type textField struct {
	index int
	name  string
}

// textFieldsOf holds textFields' answers: reflect.Type → []textField.
var textFieldsOf sync.Map

// textFields returns the exported fields of struct type t that may hold a
// string, in order; fields of numbers and booleans are left out.
func textFields(t reflect.Type) []textField {
	if fs, ok := textFieldsOf.Load(t); ok {
		return fs.([]textField)
	}
	var fs []textField
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && mayHoldText(f.Type, nil) {
			fs = append(fs, textField{index: i, name: tomlName(f)})
		}
	}
	textFieldsOf.Store(t, fs)
	return fs
}

// mayHoldText reports whether a value of type t may hold a string; seen
// holds the struct types being looked at, so that a type that holds
// itself ends.
func mayHoldText(t reflect.Type, seen []reflect.Type) bool {
	switch t.Kind() {
	case reflect.String:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return mayHoldText(t.Elem(), seen)
	case reflect.Struct:
		if slices.Contains(seen, t) {
			return false
		}
		seen = append(seen, t)
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayHoldText(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// join appends key to a field path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
