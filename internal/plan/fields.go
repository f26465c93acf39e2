package plan

import (
	"reflect"
	"strconv"
	"strings"
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
// of strings.
func eachText(v reflect.Value, path string, fn func(path, s string, listed bool)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String(), false)
	case reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), path, fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			eachText(v.Field(i), join(path, tomlName(f)), fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			at := path + "[" + strconv.Itoa(i) + "]"
			if e := v.Index(i); e.Kind() == reflect.String {
				fn(at, e.String(), true)
			} else {
				eachText(e, at, fn)
			}
		}
	}
}

// join appends key to a field path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
