package archive

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
)

// TestStateRefused checks that the archive refuses a draft as build
// --final does, naming the same field on the same line; nothing is
// written.
func TestStateRefused(t *testing.T) {
	const number, date = "number = 44 ", `date = "18/03/2021" `
	tests := []struct {
		name      string
		old, repl []string
		field     string
		final     bool // build --final refuses it too
		want      string
	}{
		{"draft said, with number and date", []string{"scope = "}, []string{"draft = true\nscope = "},
			"document.draft", true, "draft = true"},
		{"no number, no date", []string{number, date}, []string{"# ", "# "},
			"document.number", true, "dự thảo"},
		{"state dự thảo", []string{number, date, "scope = "}, []string{"# ", "# ", "state = \"Dự Thảo\"\nscope = "},
			"document.state", true, "dự thảo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := sampleSource(t, "")
			s := string(src.Data)
			for i, o := range tt.old {
				if !strings.Contains(s, o) {
					t.Fatalf("sample lacks %q", o)
				}
				s = strings.Replace(s, o, tt.repl[i], 1)
			}
			src.Data = []byte(s)
			root := t.TempDir()
			_, err := newArchive(t, root, Options{}).Add(context.Background(), src, when)
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("err = %v, want one data error", err)
			}
			e := errs[0]
			if e.Field != tt.field || e.Line != load.Line(src.Data, tt.field) || e.Line == 0 || !strings.Contains(e.Message, tt.want) {
				t.Errorf("got %q (field %s, line %d), want field %s on its line, saying %q", e.Message, e.Field, e.Line, tt.field, tt.want)
			}
			if got := names(t, root); len(got) != 0 {
				t.Errorf("archive holds %v after a refused plan", got)
			}
			eng, err := engine.New(engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := eng.Build(context.Background(), src, nil)
			if err != nil {
				t.Fatal(err)
			}
			final := engine.FinalOnly(src, res)
			var fe dataerr.List
			switch {
			case !tt.final && final != nil:
				t.Errorf("build --final refuses it: %v", final)
			case tt.final && (!errors.As(final, &fe) || fe[0].Field != e.Field || fe[0].Line != e.Line):
				t.Errorf("build --final: %v; archive: %v; want the same field and line", final, err)
			}
		})
	}
}

// TestVersionOfADraft checks that a version whose embedded data is a draft
// (draft = true with its number and date, as an earlier archive filed it)
// or a plan to be signed does not pass as a version of its document.
func TestVersionOfADraft(t *testing.T) {
	tests := []struct {
		name, old, repl, want string
	}{
		{"issued", "", "", ""},
		{"draft said, with number and date", "scope = ", "draft = true\nscope = ", "dự thảo"},
		{"state dự thảo, with number and date", "scope = ", "state = \"dự thảo\"\nscope = ", "dự thảo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := sampleSource(t, "")
			data := strings.Replace(string(src.Data), tt.old, tt.repl, 1)
			_, _, why := belongs(context.Background(), "v1.pdf", &Embedded{SourceName: "cam-lo-2021.toml", Source: []byte(data), Version: "v1"}, 1)
			if (tt.want == "") != (why == "") || !strings.Contains(why, tt.want) {
				t.Errorf("belongs: %q, want %q", why, tt.want)
			}
		})
	}
}
