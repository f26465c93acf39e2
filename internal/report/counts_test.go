package report

import (
	"reflect"
	"testing"
)

// TestMovementCounts checks that the list of counts covers every count of
// a Movement, each at its own key and place.
func TestMovementCounts(t *testing.T) {
	typ := reflect.TypeFor[Movement]()
	var keys []string
	for i := range typ.NumField() {
		if tag := typ.Field(i).Tag.Get("toml"); tag != "name" {
			keys = append(keys, tag)
		}
	}
	var m Movement
	var got []string
	for i, c := range MovementCounts() {
		got = append(got, c.Key)
		c.Set(&m, 100+i)
		if v := c.Of(&m); v == nil || *v != 100+i {
			t.Errorf("%s: set %d, got %v", c.Key, 100+i, v)
		}
		if f, ok := typ.FieldByName(fieldOf(typ, c.Key)); !ok || c.Optional != (f.Type.Kind() == reflect.Pointer) {
			t.Errorf("%s: optional %v does not follow its field's type", c.Key, c.Optional)
		}
	}
	if !reflect.DeepEqual(got, keys) {
		t.Errorf("counts %q, want the fields of Movement %q", got, keys)
	}
}

// fieldOf returns the name of the field of typ tagged key.
func fieldOf(typ reflect.Type, key string) string {
	for i := range typ.NumField() {
		if typ.Field(i).Tag.Get("toml") == key {
			return typ.Field(i).Name
		}
	}
	return ""
}
