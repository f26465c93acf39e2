package load

import (
	"reflect"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// normalize rewrites every string held by v, which must be addressable, in
// Unicode NFC and without surrounding white space: a file saved on macOS
// often holds decomposed Vietnamese letters.
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strings.TrimSpace(norm.NFC.String(v.String())))
	case reflect.Pointer:
		if !v.IsNil() {
			normalize(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				normalize(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			normalize(v.Index(i))
		}
	}
}
