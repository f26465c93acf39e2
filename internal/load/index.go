package load

import (
	"bytes"
	"sort"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// lines maps the path of every key, table and list entry of a data file
// ("units[5].reduction", "units[5]", "recipients.to[3]") to the place where
// it is written. It serves only to locate problems: the file is decoded by
// BurntSushi/toml.
type lines struct {
	// text is the file without its byte order mark, as both parsers
	// count offsets.
	text []byte
	// starts holds the offset of the first byte of every line.
	starts []int
	ranges map[string]unstable.Range
	// headers holds, for every array of tables, the offsets of its
	// [[headers]] in file order.
	headers map[string][]int
	// tables holds the paths of the tables that a header names.
	tables map[string]bool
}

// byteOrderMark starts files saved by some Windows editors.
var byteOrderMark = []byte("\uFEFF")

// indexLines reads data with go-toml's parser, which keeps positions. On a
// syntax error it keeps what it read before it.
func indexLines(data []byte) lines {
	text := bytes.TrimPrefix(data, byteOrderMark)
	ix := lines{
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

// position returns the line and column, from 1, of the byte at offset;
// columns count characters.
func (ix lines) position(offset int) (line, col int) {
	offset = min(max(offset, 0), len(ix.text))
	line = sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > offset })
	return line, column(ix.text[ix.starts[line-1]:offset])
}

// add records where path is written, keeping the first place of a path
// written more than once.
func (ix lines) add(path string, at unstable.Range) {
	if _, ok := ix.ranges[path]; !ok && at.Length > 0 {
		ix.ranges[path] = at
	}
}

// keyValue records a key and its value under the table path.
func (ix lines) keyValue(kv *unstable.Node, table string) {
	parts, at := keyOf(kv)
	path := table
	for _, part := range parts {
		path = joinPath(path, part)
		ix.add(path, at)
	}
	ix.value(kv.Value(), path, at)
}

// value records the entries of an array or inline table at path; at is
// where the value's key is written, for nodes without a place of their own.
func (ix lines) value(v *unstable.Node, path string, at unstable.Range) {
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
		path = joinPath(path, part)
		if n, ok := entries[path]; ok && i < len(parts)-1 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

// joinPath appends key to a field path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// line returns the line of path, or of the nearest enclosing table or list
// that the file writes, or 0.
func (ix lines) line(path string) int {
	for path != "" {
		if at, ok := ix.ranges[path]; ok {
			line, _ := ix.position(int(at.Offset))
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

// fieldAt turns key, a dotted key as BurntSushi/toml names the last key it
// read ("units.name"), into the path of the value written before offset
// ("units[1].name"): each array of tables stands for its last entry
// started before offset. It returns "" when key is empty or names a table,
// which is no one value.
func (ix lines) fieldAt(key string, offset int) string {
	if key == "" {
		return ""
	}
	path := ""
	parts := strings.Split(key, ".")
	for i, part := range parts {
		path = joinPath(path, part)
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
