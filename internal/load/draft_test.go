package load

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// TestDraft checks the data files of drafts: without number and date, or
// with draft = true; and that a plan that is none still needs both.
func TestDraft(t *testing.T) {
	src, err := os.ReadFile("../../data/cam-lo-2021.toml")
	if err != nil {
		t.Fatal(err)
	}
	sample := string(src)
	const number, date = "number = 44 ", `date = "18/03/2021" `
	tests := []struct {
		name      string
		old, repl []string
		draft     bool
		want      string // the first problem, "" for none
	}{
		{"final", nil, nil, false, ""},
		{"no number, no date", []string{number, date}, []string{"# ", `date = "" #`}, true, ""},
		{"number and date left out", []string{number, date}, []string{"# ", "# "}, true, ""},
		{"draft said", []string{"scope = "}, []string{"draft = true\nscope = "}, true, ""},
		{"draft said false", []string{number, date, "scope = "}, []string{"# ", "# ", "draft = false\nscope = "}, true, ""},
		{"no number only", []string{number}, []string{"# "}, false, "dòng 11, trường document.number: thiếu trường bắt buộc: số văn bản"},
		{"no date only", []string{date}, []string{`date = "" #`}, false, "dòng 15, trường document.date: thiếu trường bắt buộc: ngày ban hành"},
		{"number 0 in a draft", []string{number, date}, []string{"number = 0 #", "# "}, false, "trường document.number: số văn bản (0) phải từ 1 trở lên"},
		{"draft of the wrong kind", []string{"scope = "}, []string{"draft = \"có\"\nscope = "}, false, `trường document.draft: sai kiểu giá trị: cần giá trị đúng/sai (true hoặc false), nhưng đây là chuỗi "có"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sample
			for i, o := range tt.old {
				if !strings.Contains(s, o) {
					t.Fatalf("sample lacks %q", o)
				}
				s = strings.Replace(s, o, tt.repl[i], 1)
			}
			p, err := Read("x.toml", []byte(s))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if p.IsDraft() != tt.draft {
					t.Errorf("IsDraft = %v, want %v", p.IsDraft(), tt.draft)
				}
				return
			}
			var errs dataerr.List
			if !errors.As(err, &errs) || !strings.Contains(errs[0].Error(), tt.want) {
				t.Errorf("got %v, want a first problem saying %q", err, tt.want)
			}
		})
	}
}
