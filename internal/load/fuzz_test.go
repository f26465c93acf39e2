package load

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// FuzzRead checks that Read never panics and returns either a plan or an
// dataerr.List whose every entry names a problem.
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
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read("fuzz.toml", data)
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
