package load

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// problem is a problem found before the lines are known.
type problem struct {
	field, message string
}

// schema compares the values that BurntSushi/toml decoded into maps and
// lists with the types of plan.Plan, to report every unknown key and every
// value of the wrong kind at once (decoding into the struct would stop at the
// first). It removes what it reports, so that what is left decodes.
type schema struct {
	problems []problem
	// spoilt holds the paths of the values that were removed or emptied,
	// and of the keys that an unknown key probably misspells: a check that
	// finds them missing says nothing new.
	spoilt map[string]bool
}

// table checks the keys of a TOML table against struct type t, in key order,
// and removes the unknown ones and those of the wrong kind.
func (s *schema) table(m map[string]any, t reflect.Type, path string) {
	fields := map[string]reflect.Type{}
	var known []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields[name] = f.Type
		known = append(known, name)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		at := joinPath(path, k)
		ft, ok := fields[k]
		if !ok {
			s.unknown(at, k, known, m, path)
			delete(m, k)
			continue
		}
		if v, ok := s.value(m[k], ft, at); ok {
			m[k] = v
		} else {
			delete(m, k)
		}
	}
}

// unknown reports an unknown key, with the known key it probably misspells.
func (s *schema) unknown(at, key string, known []string, m map[string]any, path string) {
	msg := fmt.Sprintf("khóa không hợp lệ %q", key)
	if near := nearest(key, known); near != "" {
		msg += fmt.Sprintf(" (có phải %q?)", near)
		if _, given := m[near]; !given {
			s.spoilt[joinPath(path, near)] = true
		}
	}
	s.problems = append(s.problems, problem{at, msg})
}

// value checks v against type t and returns what may be decoded in its
// place, or false when v must be removed.
func (s *schema) value(v any, t reflect.Type, path string) (any, bool) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int:
		if _, ok := v.(int64); ok {
			return v, true
		}
	case reflect.String:
		if _, ok := v.(string); ok {
			return v, true
		}
	case reflect.Struct:
		if m, ok := v.(map[string]any); ok {
			s.table(m, t, path)
			return m, true
		}
	case reflect.Slice:
		if list, ok := s.list(v, t.Elem(), path); ok {
			return list, true
		}
	}
	s.wrongKind(v, t, path)
	return nil, false
}

// list checks the entries of a TOML array against element type t. An entry
// of the wrong kind is reported and replaced by an empty one, which keeps the
// indexes of the others.
func (s *schema) list(v any, t reflect.Type, path string) (any, bool) {
	var entries []any
	switch v := v.(type) {
	case []any:
		entries = v
	case []map[string]any:
		for _, m := range v {
			entries = append(entries, m)
		}
	default:
		return nil, false
	}
	if t.Kind() == reflect.Struct {
		tables := make([]map[string]any, len(entries))
		for i, e := range entries {
			at := path + "[" + strconv.Itoa(i) + "]"
			if m, ok := e.(map[string]any); ok {
				s.table(m, t, at)
				tables[i] = m
			} else {
				s.wrongKind(e, t, at)
				tables[i] = map[string]any{}
			}
		}
		return tables, true
	}
	list := make([]any, len(entries))
	for i, e := range entries {
		at := path + "[" + strconv.Itoa(i) + "]"
		if kept, ok := s.value(e, t, at); ok {
			list[i] = kept
		} else {
			list[i] = reflect.Zero(t).Interface()
		}
	}
	return list, true
}

// wrongKind reports that v at path is not of type t.
func (s *schema) wrongKind(v any, t reflect.Type, path string) {
	s.spoilt[path] = true
	msg := fmt.Sprintf("sai kiểu giá trị: cần %s, nhưng đây là %s", kindOf(t), describe(v))
	if hint := hintFor(v, t, path); hint != "" {
		msg += " (" + hint + ")"
	}
	s.problems = append(s.problems, problem{path, msg})
}

// kindOf names a type of plan.Plan in Vietnamese.
func kindOf(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int:
		return "số nguyên"
	case reflect.String:
		return "chuỗi"
	case reflect.Struct:
		return "bảng"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "danh sách bảng"
		}
		return "danh sách " + kindOf(t.Elem())
	}
	return t.String()
}

// describe names the kind of a decoded TOML value in Vietnamese, with the
// value itself when it is short.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return "chuỗi " + strconv.Quote(shorten(v))
	case int64:
		return "số nguyên " + strconv.FormatInt(v, 10)
	case float64:
		return "số thực " + strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return "giá trị đúng/sai " + strconv.FormatBool(v)
	case time.Time:
		return "ngày giờ"
	case []map[string]any:
		return "danh sách bảng"
	case []any:
		return "danh sách"
	case map[string]any:
		return "bảng"
	}
	return fmt.Sprintf("%T", v)
}

// shorten cuts a long text for a message.
func shorten(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	return string([]rune(s)[:most]) + "…"
}

// hintFor tells the clerk how to write v as type t, for the usual slips.
func hintFor(v any, t reflect.Type, path string) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	key := path[strings.LastIndexAny(path, ".[")+1:]
	switch t.Kind() {
	case reflect.Int:
		switch v := v.(type) {
		case string:
			digits := strings.NewReplacer(".", "", ",", "", " ", "").Replace(strings.TrimSpace(v))
			if _, err := strconv.ParseInt(digits, 10, 64); err == nil {
				return "viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: " + key + " = " + digits
			}
		case float64:
			written := strconv.FormatFloat(v, 'f', -1, 64)
			if whole, frac, ok := strings.Cut(written, "."); ok && len(frac) == 3 {
				return "không dùng dấu chấm ngăn cách hàng nghìn: " + key + " = " + whole + frac
			}
			return "số nguyên không có phần thập phân"
		}
	case reflect.String:
		switch v := v.(type) {
		case time.Time:
			return fmt.Sprintf(`viết ngày trong dấu ngoặc kép: %s = "%s"`, key, v.Format("02/01/2006"))
		case int64, float64, bool:
			return "đặt giá trị trong dấu ngoặc kép"
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			if _, ok := v.(map[string]any); ok {
				return "mỗi mục là một bảng [[" + key + "]], với hai cặp ngoặc vuông"
			}
			break
		}
		if _, ok := v.(string); ok {
			return `viết trong ngoặc vuông, mỗi mục một chuỗi: ["…", "…"]`
		}
	case reflect.Struct:
		if _, ok := v.([]map[string]any); ok {
			return "viết [" + key + "] với một cặp ngoặc vuông, một lần"
		}
	}
	return ""
}
