package compose

import (
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// positions maps the path of every key and array entry of the template
// ("body[3].items[1].text", "header.number") to the line it is written on,
// and the same path without indexes ("body.items.text") to its first line.
// It serves only to locate the template's problems: BurntSushi/toml decodes
// the template; go-toml's parser keeps positions.
type positions map[string]int

func indexPositions(src []byte) positions {
	pos := positions{}
	p := &unstable.Parser{}
	p.Reset(src)
	line := func(r unstable.Range) int { return p.Shape(r).Start.Line }
	var table string
	entries := map[string]int{}
	var value func(n *unstable.Node, path string, at int)
	keyValue := func(kv *unstable.Node, table string) {
		path, at := table, 0
		for it := kv.Key(); it.Next(); {
			k := it.Node()
			if at == 0 {
				at = line(k.Raw)
			}
			path = joinKey(path, string(k.Data))
			pos.add(path, at)
		}
		value(kv.Value(), path, at)
	}
	value = func(n *unstable.Node, path string, at int) {
		switch n.Kind {
		case unstable.Array:
			i := 0
			for it := n.Children(); it.Next(); {
				c := it.Node()
				if c.Kind == unstable.Comment {
					continue
				}
				entry := path + "[" + strconv.Itoa(i) + "]"
				cat := at
				if c.Raw.Length > 0 {
					cat = line(c.Raw)
				}
				pos.add(entry, cat)
				value(c, entry, cat)
				i++
			}
		case unstable.InlineTable:
			for it := n.Children(); it.Next(); {
				if c := it.Node(); c.Kind == unstable.KeyValue {
					keyValue(c, path)
				}
			}
		}
	}
	header := func(e *unstable.Node) (string, int) {
		path, at := "", 0
		var parts []string
		for it := e.Key(); it.Next(); {
			parts = append(parts, string(it.Node().Data))
			if at == 0 {
				at = line(it.Node().Raw)
			}
		}
		for i, part := range parts {
			path = joinKey(path, part)
			if n, ok := entries[path]; ok && i < len(parts)-1 {
				path += "[" + strconv.Itoa(n-1) + "]"
			}
		}
		return path, at
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			var at int
			table, at = header(e)
			pos.add(table, at)
		case unstable.ArrayTable:
			list, at := header(e)
			n := entries[list]
			entries[list] = n + 1
			table = list + "[" + strconv.Itoa(n) + "]"
			pos.add(table, at)
		case unstable.KeyValue:
			keyValue(e, table)
		}
	}
	return pos
}

func (pos positions) add(path string, line int) {
	if _, ok := pos[path]; !ok {
		pos[path] = line
	}
	if plain := stripIndexes(path); plain != path {
		if _, ok := pos[plain]; !ok {
			pos[plain] = line
		}
	}
}

// line returns the line of path, or of the nearest enclosing key written,
// or 0.
func (pos positions) line(path string) int {
	for path != "" {
		if l, ok := pos[path]; ok {
			return l
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

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
