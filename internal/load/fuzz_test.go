package load

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/tomlpos"
	"github.com/pelletier/go-toml/v2/unstable"
)

// FuzzRead checks that Read never panics, allocates in proportion to its
// input and returns either a plan or a dataerr.List whose every entry names
// a problem; an input beyond a bound of the data file must be refused, as
// the parse tree of go-toml tells.
func FuzzRead(f *testing.F) {
	sample, err := os.ReadFile(sample)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sample)
	for _, seed := range []string{
		"",
		"[document]\nnumber = \n",
		"[[units]]\nname = Xã Cam Tuyền\n",
		"[[units]]\nhouseholds = \"1458\"\n[[units]]\nhousholds = 1.5\n",
		"units = [{name = \"A\", households = -1, poor = 3}, 7, [1]]\n[survey]\nnear_poor = 9223372036854775807\n",
		"[units]\nname = \"A\"\n[[units]]\n",
		"[[survey]]\n[document]\ndate = 2021-03-18\nnumber = 1e3\n",
		"recipients.to = [\"a\\nb\", \"\\u0000\", \"😀\"]\nissuer = {name = [[\"x\"]]}\n",
		"\uFEFF[signer]\r\nprefix = 'kt'\r\n",
		"a = \"\xff\"\n",
		// Beyond the bounds, with strings and comments about.
		"# a.b.c.d.e = [[[[[[[[[1]]]]]]]]]\na = \"[{.\"\n",
		"a = 'x' # [\n\"b\".c.'d'.\"e.f\".g = \"\"\"\n]\"\"\"\n",
		"a = \"\"\"x\\\"\"\"\" # ]\nb.c.d.e.f = 1\n",
		"a = [\"[\", {b = '{', c = [[[[[[[\"]\"]]]]]]]}]\n",
		"[[a.b.c]]\nd = { e = [\"#\", '\"', \"\"\"\n\"\"\", [[[[1]]]]] }\n",
		"a = \"\\\"[[[[[[[[[\" # \\\"\n",
		"a = ['\\', '[[[[[[[[[']\n",
		"a = [\n" + strings.Repeat("\"#,\",\n", maxItems) + "]\n",
		"a = [\n" + strings.Repeat("\"#,\",\n", maxItems-1) + "]\n",
		"a.b.c.d.e = 1\n",
		"[a.b.c.d.e]\n",
		"a = [[[[[[[[[1]]]]]]]]]\n",
		"a = {b = {c = {d = {e = {f = {g = {h = {i = 1}}}}}}}}\n",
		"a = \"" + strings.Repeat("x", maxLineBytes) + "\"\n",
		"a = [" + strings.Repeat("1,", maxItems) + "]\n",
		strings.Repeat("#\n", MaxFileSize/2+1),
		// go-toml's parser reads this as dates, the decoder refuses it.
		"[[survey]]\n[d-ocument]\nate=0000-01-01:::::\n0uYjerAdate=0000-01-01::....:::\n0umjerA=0",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p *plan.Plan
		var err error
		// A small input costs what the checks and messages of any plan
		// cost; beyond that, Read's work grows with the input.
		if n := allocated(t, func() { p, err = Read("fuzz.toml", data) }); n > maxAllocPerByte*uint64(len(data))+4<<20 {
			t.Fatalf("Read allocated %d bytes for %d", n, len(data))
		}
		beyond := tooLong(data)
		if c, ok := countTree(data); ok && beyond == "" {
			// A TOML file go-toml reads: the scan of checkLimits must
			// count as its parse tree does, strings and comments apart.
			beyond = c.beyond()
			e := checkLimits(data)
			if beyond != "" && e == nil {
				t.Fatalf("checkLimits let through %s (%+v)", beyond, c)
			}
			// go-toml's parser takes some text that is no TOML (a date
			// followed by colons): only a file the decoder reads too
			// must get through.
			if c.within() && e != nil && decodes(data) {
				t.Fatalf("checkLimits refused a file within the bounds (%+v): %v", c, e)
			}
		}
		if beyond != "" {
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Read of an input with %s = %v, want one refusal", beyond, err)
			}
		}
		if err == nil {
			if p == nil {
				t.Fatal("Read returned neither a plan nor an error")
			}
			return
		}
		if p != nil {
			t.Fatal("Read returned a plan with its error")
		}
		var errs dataerr.List
		if !errors.As(err, &errs) {
			t.Fatalf("Read returned %T, want dataerr.List: %v", err, err)
		}
		if len(errs) == 0 {
			t.Fatal("Read returned an empty dataerr.List")
		}
		for _, e := range errs {
			if e.Message == "" || e.Line < 0 || e.File != "fuzz.toml" || !utf8.ValidString(e.Message) {
				t.Fatalf("bad Error %#v", e)
			}
			if e.Line > strings.Count(string(data), "\n")+1 {
				t.Fatalf("Error %#v is past the last line", e)
			}
		}
	})
}

// tooLong tells whether data goes beyond the bound of its size or of a
// line, or "".
func tooLong(data []byte) string {
	if len(data) > MaxFileSize {
		return "too many bytes"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if len(line) > maxLineBytes {
			return "a long line"
		}
	}
	return ""
}

// treeCounts is what the bounds of checkLimits count, read from go-toml's
// parse tree rather than by a scan: the most parts of a key, the deepest
// brackets [ ] and { } (a table header's own included), and the keys,
// tables and list entries, each counted by its '=', '[', '{' or ','. A list
// or inline table may end with a comma or not: items is the least count,
// items+commas the most.
type treeCounts struct {
	parts, depth, items, commas int
}

// countTree parses data with go-toml; ok is false when go-toml does not
// read it as TOML.
func countTree(data []byte) (c treeCounts, ok bool) {
	var p unstable.Parser
	p.Reset(tomlpos.TrimByteOrderMark(data))
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			c.depth, c.items = max(c.depth, 1), c.items+1
			c.key(e)
		case unstable.ArrayTable:
			c.depth, c.items = max(c.depth, 2), c.items+2
			c.key(e)
		case unstable.KeyValue:
			c.keyValue(e, 0)
		}
	}
	return c, p.Error() == nil
}

func (c *treeCounts) key(n *unstable.Node) {
	parts := 0
	for it := n.Key(); it.Next(); {
		parts++
	}
	c.parts = max(c.parts, parts)
}

func (c *treeCounts) keyValue(n *unstable.Node, depth int) {
	c.items++
	c.key(n)
	c.value(n.Value(), depth)
}

func (c *treeCounts) value(n *unstable.Node, depth int) {
	if n.Kind != unstable.Array && n.Kind != unstable.InlineTable {
		return
	}
	depth++
	c.depth, c.items = max(c.depth, depth), c.items+1
	entries := 0
	for it := n.Children(); it.Next(); entries++ {
		if n.Kind == unstable.Array {
			c.value(it.Node(), depth)
		} else {
			c.keyValue(it.Node(), depth)
		}
	}
	if entries > 0 {
		c.items += entries - 1
		c.commas++
	}
}

// beyond tells which bound c goes beyond, or "".
func (c treeCounts) beyond() string {
	switch {
	case c.parts > maxKeyParts:
		return "a long dotted key"
	case c.depth > maxNesting:
		return "deep nesting"
	case c.items > maxItems:
		return "too many items"
	}
	return ""
}

// within tells whether c stays within every bound however its lists end.
func (c treeCounts) within() bool {
	return c.beyond() == "" && c.items+c.commas <= maxItems
}

// decodes reports whether the TOML decoder that loads plans reads data.
func decodes(data []byte) bool {
	var m map[string]any
	_, err := toml.Decode(string(data), &m)
	return err == nil
}
