package plan

import (
	"reflect"
	"testing"
)

// TestUnitCountsCoverUnit checks that the list names every count of a Unit
// but Poor, each by its TOML key and in the order of Unit, and that Set,
// Of and Area reach that field and no other.
func TestUnitCountsCoverUnit(t *testing.T) {
	var keys []string
	ut := reflect.TypeOf(Unit{})
	for i := range ut.NumField() {
		f := ut.Field(i)
		if k := f.Type.Kind(); (k == reflect.Int || k == reflect.Pointer) && f.Name != "Poor" {
			keys = append(keys, f.Tag.Get("toml"))
		}
	}
	var got []string
	for _, c := range UnitCounts() {
		got = append(got, c.Key)
	}
	if !reflect.DeepEqual(got, keys) {
		t.Fatalf("keys %v, want %v", got, keys)
	}
	st := reflect.TypeOf(Survey{})
	for i, c := range UnitCounts() {
		var u Unit
		c.Set(&u, 7)
		v := reflect.ValueOf(u)
		for j := range ut.NumField() {
			f := v.Field(j)
			set := !f.IsZero()
			if want := ut.Field(j).Tag.Get("toml") == c.Key; set != want {
				t.Errorf("%s: Set changes %s: %v", c.Key, ut.Field(j).Name, set)
			}
		}
		if n := c.Of(&u); n == nil || *n != 7 {
			t.Errorf("%s: Of = %v after Set 7", c.Key, n)
		}
		field, ok := st.FieldByName(ut.Field(indexOf(ut, c.Key)).Name)
		if c.Breakdown != ok {
			t.Errorf("%s: Breakdown %v, but the survey has the field: %v", c.Key, c.Breakdown, ok)
		}
		var s Survey
		at := c.Area(&s)
		if (at != nil) != c.Breakdown {
			t.Errorf("%s: Area %v for a breakdown count: %v", c.Key, at, c.Breakdown)
			continue
		}
		if at != nil {
			n := i
			*at = &n
			if got := reflect.ValueOf(s).FieldByIndex(field.Index).Interface().(*int); got == nil || *got != i {
				t.Errorf("%s: Area is not survey.%s", c.Key, field.Tag.Get("toml"))
			}
		}
	}
}

// indexOf returns the index of the field of t whose TOML key is key.
func indexOf(t reflect.Type, key string) int {
	for i := range t.NumField() {
		if t.Field(i).Tag.Get("toml") == key {
			return i
		}
	}
	return -1
}
