package load

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// FuzzRead checks that Read never panics, answers quickly and returns
// either a plan or a dataerr.List whose every entry names a problem; an
// input beyond a bound of the data file must be refused.
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
		// Beyond the bounds.
		"a.b.c.d.e = 1\n",
		"[a.b.c.d.e]\n",
		"a = [[[[[[[[[1]]]]]]]]]\n",
		"a = {b = {c = {d = {e = {f = {g = {h = {i = 1}}}}}}}}\n",
		"a = \"" + strings.Repeat("x", maxLineBytes) + "\"\n",
		"a = [" + strings.Repeat("1,", maxItems) + "]\n",
		strings.Repeat("#\n", MaxFileSize/2+1),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		p, err := Read("fuzz.toml", data)
		if d := time.Since(start); d > quickly {
			t.Fatalf("Read took %v", d)
		}
		if beyond := beyondBounds(data); beyond != "" {
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

// beyondBounds tells which bound data goes beyond, or "": its size, a line,
// and, when it holds no string or comment to hide them, its dotted keys, its
// nesting and its keys and entries. It counts naively, apart from the scan
// of Read.
func beyondBounds(data []byte) string {
	if len(data) > MaxFileSize {
		return "too many bytes"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if len(line) > maxLineBytes {
			return "a long line"
		}
	}
	if strings.ContainsAny(string(data), "\"'#") {
		return ""
	}
	depth, dots, items := 0, 0, 0
	for _, c := range string(data) {
		switch c {
		case '[', '{':
			depth++
			dots = 0
			items++
		case ']', '}':
			depth = max(depth-1, 0)
			dots = 0
		case '.':
			dots++
		case '=', ',':
			dots = 0
			items++
		case '\n':
			dots = 0
		}
		switch {
		case depth > maxNesting:
			return "deep nesting"
		case dots >= maxKeyParts:
			return "a long dotted key"
		case items > maxItems:
			return "too many items"
		}
	}
	return ""
}
