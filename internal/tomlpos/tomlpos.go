// Package tomlpos tells where the keys, tables and list entries of a TOML
// text are written. It serves only to locate problems: the files are
// decoded by BurntSushi/toml, which does not keep positions; go-toml's
// parser, used here, does.
//
// A path names a value the way problems name their field: keys joined by
// dots, list entries by their index from 0 ("units[5].reduction",
// "recipients.to[3]", "body[2].items[0].text").
package tomlpos

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
)

// Index maps the path of every key, table and list entry of a TOML text to
// the place where it is first written.
type Index struct {
	// text is the TOML text without its byte order mark, as both
	// parsers count offsets.
	text []byte
	// starts holds the offset of the first byte of every line.
	starts []int
	ranges map[string]unstable.Range
	// loose maps every path with its indexes removed ("body.items.text")
	// to the first place where a path of that shape is written; made by
	// the first call of LooseLine.
	loose map[string]unstable.Range
	// headers holds, for every array of tables, the offsets of its
	// [[headers]] in file order.
	headers map[string][]int
	// tables holds the paths of the tables that a header names.
	tables map[string]bool
}

// byteOrderMark starts files saved by some Windows editors.
var byteOrderMark = []byte("\uFEFF")

// TrimByteOrderMark returns data without the byte order mark that starts
// files saved by some Windows editors: the text that offsets count in.
func TrimByteOrderMark(data []byte) []byte {
	return bytes.TrimPrefix(data, byteOrderMark)
}

// New reads data, a TOML text. On a syntax error it keeps what it read
// before it.
func New(data []byte) *Index {
	text := TrimByteOrderMark(data)
	ix := &Index{
		text:    text,
		starts:  lineStarts(text),
		ranges:  map[string]unstable.Range{},
		headers: map[string][]int{},
		tables:  map[string]bool{},
	}
	p := &unstable.Parser{}
	p.Reset(text)
	var table string
	entries := map[string]int{} // arrays of tables: path → entries so far
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			parts, at := keyOf(e)
			table = resolve(parts, entries)
			ix.add(table, at)
			ix.tables[table] = true
		case unstable.ArrayTable:
			parts, at := keyOf(e)
			list := resolve(parts, entries)
			n := entries[list]
			entries[list] = n + 1
			table = list + "[" + strconv.Itoa(n) + "]"
			ix.add(list, at)
			ix.add(table, at)
			ix.headers[list] = append(ix.headers[list], int(at.Offset))
			ix.tables[list], ix.tables[table] = true, true
		case unstable.KeyValue:
			ix.keyValue(e, table)
		}
	}
	return ix
}

// Text returns the text the offsets count in: the data without its byte
// order mark.
func (ix *Index) Text() []byte { return ix.text }

// lineStarts returns the offset of the first byte of every line of text.
func lineStarts(text []byte) []int {
	starts := make([]int, 1, bytes.Count(text, []byte("\n"))+1)
	for i, c := range text {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Position returns the line and column, from 1, of the byte at offset in
// Text; columns count characters.
func (ix *Index) Position(offset int) (line, col int) {
	offset = min(max(offset, 0), len(ix.text))
	line = sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > offset })
	return line, Column(ix.text[ix.starts[line-1]:offset])
}

// Column returns the column, counted in characters from 1, of the byte
// after before, the start of its line.
func Column(before []byte) int {
	return utf8.RuneCount(before) + 1
}

// add records where path is written, keeping the first place of a path
// written more than once.
func (ix *Index) add(path string, at unstable.Range) {
	if at.Length == 0 {
		return
	}
	if _, ok := ix.ranges[path]; !ok {
		ix.ranges[path] = at
	}
}

// keyValue records a key and its value under the table path.
func (ix *Index) keyValue(kv *unstable.Node, table string) {
	parts, at := keyOf(kv)
	path := table
	for _, part := range parts {
		path = JoinKey(path, part)
		ix.add(path, at)
	}
	ix.value(kv.Value(), path, at)
}

// value records the entries of an array or inline table at path; at is
// where the value's key is written, for nodes without a place of their own.
func (ix *Index) value(v *unstable.Node, path string, at unstable.Range) {
	switch v.Kind {
	case unstable.Array:
		i := 0
		for it := v.Children(); it.Next(); {
			n := it.Node()
			if n.Kind == unstable.Comment {
				continue
			}
			entry := path + "[" + strconv.Itoa(i) + "]"
			nat := at
			if n.Raw.Length > 0 {
				nat = n.Raw
			}
			ix.add(entry, nat)
			ix.value(n, entry, nat)
			i++
		}
	case unstable.InlineTable:
		for it := v.Children(); it.Next(); {
			if n := it.Node(); n.Kind == unstable.KeyValue {
				ix.keyValue(n, path)
			}
		}
	}
}

// keyOf returns the parts of the key of a table header or key-value node and
// where its first part is written.
func keyOf(n *unstable.Node) ([]string, unstable.Range) {
	var parts []string
	var at unstable.Range
	for it := n.Key(); it.Next(); {
		k := it.Node()
		if len(parts) == 0 {
			at = k.Raw
		}
		parts = append(parts, string(k.Data))
	}
	return parts, at
}

// resolve turns the parts of a table header into a path, where a part naming
// an array of tables means its last entry so far: after two [[units]],
// [units.x] is "units[1].x".
func resolve(parts []string, entries map[string]int) string {
	path := ""
	for i, part := range parts {
		path = JoinKey(path, part)
		if n, ok := entries[path]; ok && i < len(parts)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// JoinKey appends key to a path.
func JoinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Line returns the line of path, or of the nearest enclosing table or list
// that the text writes, or 0.
func (ix *Index) Line(path string) int {
	return ix.lineIn(path, func(p string) (unstable.Range, bool) {
		at, ok := ix.ranges[p]
		return at, ok
	})
}

// LooseLine is Line for paths that may leave out the indexes of lists: a
// path without indexes ("body.items.text") stands for the first entry
// written of that shape ("body[0].items[2].text" when the first two items
// have no text).
func (ix *Index) LooseLine(path string) int {
	if ix.loose == nil {
		ix.loose = make(map[string]unstable.Range, len(ix.ranges))
		for p, at := range ix.ranges {
			plain := stripIndexes(p)
			if first, ok := ix.loose[plain]; !ok || at.Offset < first.Offset {
				ix.loose[plain] = at
			}
		}
	}
	return ix.lineIn(path, func(p string) (unstable.Range, bool) {
		if strings.Contains(p, "[") {
			at, ok := ix.ranges[p]
			return at, ok
		}
		at, ok := ix.loose[p]
		return at, ok
	})
}

// lineIn returns the line of path, or of the nearest enclosing path that
// lookup finds, or 0.
func (ix *Index) lineIn(path string, lookup func(string) (unstable.Range, bool)) int {
	for path != "" {
		if at, ok := lookup(path); ok {
			line, _ := ix.Position(int(at.Offset))
			return line
		}
		cut := strings.LastIndexAny(path, ".[")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return 0
}

// stripIndexes removes the "[n]" of a path: "body[3].text" → "body.text".
func stripIndexes(path string) string {
	if !strings.Contains(path, "[") {
		return path
	}
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FieldAt turns key, a dotted key as BurntSushi/toml names the last key it
// read ("units.name"), into the path of the value written before offset
// ("units[1].name"): each array of tables stands for its last entry
// started before offset. It returns "" when key is empty or names a table,
// which is no one value.
func (ix *Index) FieldAt(key string, offset int) string {
	if key == "" {
		return ""
	}
	path := ""
	parts := strings.Split(key, ".")
	for i, part := range parts {
		path = JoinKey(path, part)
		if i == len(parts)-1 {
			break
		}
		if n := sort.SearchInts(ix.headers[path], offset); n > 0 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	if ix.tables[path] {
		return ""
	}
	return path
}
