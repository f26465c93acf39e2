package load

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// TestDraft checks the data files of drafts: without number and date, or
// with draft = true or state = "dự thảo"; that a plan issued still needs
// both, a plan to be signed neither; and the contradictions of state and
// draft.
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
		{"state dự thảo, with number and date", []string{"scope = "}, []string{"state = \"dự thảo\"\nscope = "}, true, ""},
		{"state ban hành", []string{"scope = "}, []string{"state = \"Ban hành\"\nscope = "}, false, ""},
		{"state trình ký số", []string{number, date, "scope = "}, []string{"# ", "# ", "state = \"trình ký số\"\nscope = "}, false, ""},
		{"state ban hành without number", []string{number, "scope = "}, []string{"# ", "state = \"ban hành\"\nscope = "}, false,
			`dòng 11, trường document.number: thiếu trường bắt buộc: số văn bản (state = "ban hành" cần cả số và ngày ban hành`},
		{"state ban hành without date", []string{date, "scope = "}, []string{"# ", "state = \"ban hành\"\nscope = "}, false,
			`dòng 11, trường document.date: thiếu trường bắt buộc: ngày ban hành (dạng ngày/tháng/năm, ví dụ "18/3/2021"; state = "ban hành" cần cả số và ngày ban hành`},
		{"state trình ký số with a number", []string{date, "scope = "}, []string{"# ", "state = \"trình ký số\"\nscope = "}, false,
			`dòng 13, trường document.number: văn bản trình ký số (state = "trình ký số") chưa có số`},
		{"state trình ký số with a date", []string{number, "scope = "}, []string{"# ", "state = \"trình ký số\"\nscope = "}, false,
			`dòng 15, trường document.date: văn bản trình ký số (state = "trình ký số") chưa có ngày ban hành`},
		{"draft said with state trình ký số", []string{number, date, "scope = "}, []string{"# ", "# ", "draft = true\nstate = \"trình ký số\"\nscope = "}, false,
			`trường document.draft: draft = true mâu thuẫn với state = "trình ký số"`},
		{"unknown state", []string{"scope = "}, []string{"state = \"đã ký\"\nscope = "}, false,
			`trường document.state: trạng thái "đã ký" không có: ghi một trong "dự thảo", "trình ký số", "ban hành"`},
		{"state not a string", []string{"scope = "}, []string{"state = 2\nscope = "}, false,
			`trường document.state: sai kiểu giá trị`},
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
				if draft := p.State() == plan.StateDraft; draft != tt.draft {
					t.Errorf("State() = %v, draft %v; want draft %v", p.State(), draft, tt.draft)
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
