package plan

import (
	"reflect"
	"slices"
	"testing"
)

// TestEachText walks a plan and checks the path, text and listing of every
// string, in the order of the fields; numbers are not texts, and a path
// given to the callback is the one of the text being looked at even as the
// walk goes down into lists and back up.
func TestEachText(t *testing.T) {
	p := &Plan{
		Document: Document{Number: 44, Subject: "Giảm nghèo", KeepYears: []string{"text.tasks[1]"}},
		Units:    []Unit{{Name: "Thôn Một", Households: 120}, {Name: "Thôn Hai"}},
		Text:     Text{Tasks: []string{"Việc một", "Việc hai"}},
	}
	type seen struct {
		path, text string
		listed     bool
	}
	var got []seen
	eachText(reflect.ValueOf(p).Elem(), func(at *fieldPath, s string, listed bool) {
		if s != "" {
			got = append(got, seen{at.String(), s, listed})
		}
	})
	want := []seen{
		{"document.subject", "Giảm nghèo", false},
		{"document.keep_years[0]", "text.tasks[1]", true},
		{"units[0].name", "Thôn Một", false},
		{"units[1].name", "Thôn Hai", false},
		{"text.tasks[0]", "Việc một", true},
		{"text.tasks[1]", "Việc hai", true},
	}
	if !slices.Equal(got, want) {
		t.Errorf("texts:\n got %+v\nwant %+v", got, want)
	}
}

// TestTextFields checks that the fields of numbers are left out of the walk
// and that a type holding itself is looked at without end.
func TestTextFields(t *testing.T) {
	type node struct {
		Count int
		Name  string `toml:"name"`
		Next  *node  `toml:"next"`
		Flag  bool
	}
	var names []string
	for _, f := range dataFields(reflect.TypeFor[node]()) {
		if f.text {
			names = append(names, f.name)
		}
	}
	if want := []string{"name", "next"}; !slices.Equal(names, want) {
		t.Errorf("text fields %q, want %q", names, want)
	}
	var paths []string
	n := &node{Name: "a", Next: &node{Name: "b"}}
	eachText(reflect.ValueOf(n).Elem(), func(at *fieldPath, _ string, _ bool) { paths = append(paths, at.String()) })
	if want := []string{"name", "next.name"}; !slices.Equal(paths, want) {
		t.Errorf("paths %q, want %q", paths, want)
	}
}
