package load

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/tomlpos"
)

// problem is a problem found before the lines are known.
type problem struct {
	field, message string
}

// schema compares the values that BurntSushi/toml decoded into maps and
// lists with the types of plan.Plan, to report every unknown key and every
// value of the wrong kind at once (decoding into the struct would stop at the
// first), and stores the others into the plan: every string in Unicode NFC,
// trimmed of white space. It removes what it reports from the maps.
type schema struct {
	problems []problem
	// spoilt holds the paths of the values that were removed or emptied,
	// and of the keys that an unknown key probably misspells: a check that
	// finds them missing says nothing new.
	spoilt map[string]bool
}

// place is where a value sits: the key of a table at parent, or entry
// index of the list at parent. Its path is made only when it is needed (a
// problem, or the table or list that the value is, whose own values name
// it): most values are right, and a file has hundreds of them.
type place struct {
	parent, key string
	entry       bool // an entry of a list: index, not key
	index       int
}

// path returns the field path of the place ("units[2].name").
func (p place) path() string {
	if p.entry {
		return p.parent + "[" + strconv.Itoa(p.index) + "]"
	}
	return tomlpos.JoinKey(p.parent, p.key)
}

// structField is a field of a struct of plan.Plan, as the data file names it.
type structField struct {
	name  string
	index int
}

// knownFields holds the fields of each struct type fieldsOf was asked
// about: reflect.Type → []structField, never changed once stored.
var knownFields sync.Map

// fieldsOf lists the fields of struct type t that the data file may write,
// in the order of t. The list is shared: callers must not change it.
func fieldsOf(t reflect.Type) []structField {
	if f, ok := knownFields.Load(t); ok {
		return f.([]structField)
	}
	f, _ := knownFields.LoadOrStore(t, readFields(t))
	return f.([]structField)
}

// readFields lists the fields of struct type t that the data file may
// write, in the order of t.
func readFields(t reflect.Type) []structField {
	var fields []structField
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fields = append(fields, structField{name, i})
	}
	return fields
}

// table checks the keys of a TOML table against the struct dst, in key
// order, stores the values of the right kind and removes the others.
func (s *schema) table(m map[string]any, dst reflect.Value, path string) {
	fields := fieldsOf(dst.Type())
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		at := place{parent: path, key: k}
		i := slices.IndexFunc(fields, func(f structField) bool { return f.name == k })
		if i < 0 {
			s.unknown(at.path(), k, fields, m, path)
			delete(m, k)
			continue
		}
		if !s.value(m[k], dst.Field(fields[i].index), at) {
			delete(m, k)
		}
	}
}

// unknown reports an unknown key, with the known key it probably misspells.
func (s *schema) unknown(at, key string, fields []structField, m map[string]any, path string) {
	known := make([]string, len(fields))
	for i, f := range fields {
		known[i] = f.name
	}
	msg := fmt.Sprintf("khóa không hợp lệ %q", key)
	if near := nearest(key, known); near != "" {
		msg += fmt.Sprintf(" (có phải %q?)", near)
		if _, given := m[near]; !given {
			s.spoilt[tomlpos.JoinKey(path, near)] = true
		}
	}
	s.problems = append(s.problems, problem{at, msg})
}

// value stores v, at at, into dst when it is of dst's kind, and reports
// whether it did; it reports v otherwise.
func (s *schema) value(v any, dst reflect.Value, at place) bool {
	t := dst.Type()
	if t.Kind() == reflect.Pointer {
		elem := reflect.New(t.Elem())
		if !s.value(v, elem.Elem(), at) {
			return false
		}
		dst.Set(elem)
		return true
	}
	switch t.Kind() {
	case reflect.Int:
		if n, ok := v.(int64); ok {
			if dst.OverflowInt(n) {
				path := at.path()
				s.spoilt[path] = true
				s.problems = append(s.problems, problem{path, fmt.Sprintf("số %d quá lớn", n)})
				return false
			}
			dst.SetInt(n)
			return true
		}
	case reflect.Bool:
		if b, ok := v.(bool); ok {
			dst.SetBool(b)
			return true
		}
	case reflect.String:
		if str, ok := v.(string); ok {
			dst.SetString(strings.TrimSpace(norm.NFC.String(str)))
			return true
		}
	case reflect.Struct:
		if m, ok := v.(map[string]any); ok {
			s.table(m, dst, at.path())
			return true
		}
	case reflect.Slice:
		if s.list(v, dst, at) {
			return true
		}
	}
	s.wrongKind(v, t, at.path())
	return false
}

// list stores the entries of a TOML array into the slice dst. An entry of
// the wrong kind is reported and left empty, which keeps the indexes of the
// others.
func (s *schema) list(v any, dst reflect.Value, at place) bool {
	var n int
	var entry func(i int) any
	switch v := v.(type) {
	case []any:
		n, entry = len(v), func(i int) any { return v[i] }
	case []map[string]any:
		n, entry = len(v), func(i int) any { return v[i] }
	default:
		return false
	}
	t := dst.Type().Elem()
	list := reflect.MakeSlice(dst.Type(), n, n)
	path := at.path()
	for i := range n {
		entryAt := place{parent: path, entry: true, index: i}
		e := entry(i)
		if m, ok := e.(map[string]any); ok && t.Kind() == reflect.Struct {
			s.table(m, list.Index(i), entryAt.path())
			continue
		}
		if t.Kind() == reflect.Struct {
			s.wrongKind(e, t, entryAt.path())
			continue
		}
		s.value(e, list.Index(i), entryAt)
	}
	dst.Set(list)
	return true
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
	case reflect.Bool:
		return "giá trị đúng/sai (true hoặc false)"
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
			if v == math.Trunc(v) {
				// 1e3, 1458.0 or 1.000: which, the value does not tell.
				return "số nguyên viết liền các chữ số, không có phần thập phân, số mũ hay dấu chấm ngăn cách hàng nghìn"
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
