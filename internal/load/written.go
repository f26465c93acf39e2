package load

import (
	"strconv"
	"strings"
)

// written returns whether the decoded file raw holds a value at path, a
// field path of the form "units[5].households".
func written(raw map[string]any, path string) bool {
	var v any = raw
	for _, part := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(part, "[")
		t, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = t[key]; !ok {
			return false
		}
		for rest != "" {
			n, after, ok := strings.Cut(rest, "]")
			if !ok {
				return false
			}
			i, err := strconv.Atoi(n)
			if err != nil || !index(&v, i) {
				return false
			}
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return true
}

// index replaces *v, a decoded TOML array, by its entry i.
func index(v *any, i int) bool {
	switch a := (*v).(type) {
	case []map[string]any:
		if i < 0 || i >= len(a) {
			return false
		}
		*v = a[i]
	case []any:
		if i < 0 || i >= len(a) {
			return false
		}
		*v = a[i]
	default:
		return false
	}
	return true
}
