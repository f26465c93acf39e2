package compose

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/templates"
)

// planSource returns the embedded plan template's text.
func planSource(t *testing.T) string {
	t.Helper()
	src, err := templates.FS.ReadFile(templates.Plan)
	if err != nil {
		t.Fatal(err)
	}
	return string(src)
}

// edit replaces the one occurrence of old in src, and returns the line it
// is on.
func edit(t *testing.T, src, old, repl string) (string, int) {
	t.Helper()
	if strings.Count(src, old) != 1 {
		t.Fatalf("%q occurs %d times in the template, want once", old, strings.Count(src, old))
	}
	i := strings.Index(src, old)
	return src[:i] + repl + src[i+len(old):], strings.Count(src[:i], "\n") + 1
}

// TestTemplateErrors breaks the plan template in one place at a time and
// checks that Parse refuses it, naming the file, the line and the problem.
func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name, old, repl, want string
		at                    string // the text on the line named; repl when empty
	}{
		{"unknown name", `"MỤC ĐÍCH, YÊU CẦU"`, `"MỤC ĐÍCH {document.subjet}"`, `không có tên "document.subjet"`, ""},
		{"unknown function", `"Chỉ tiêu giảm nghèo theo {survey.standard}."`, `"theo {survey.standard|lower}."`, `không có hàm "lower"`, ""},
		{"unclosed placeholder", `"Chỉ tiêu giảm nghèo theo {survey.standard}."`, `"theo {survey.standard."`, `thiếu dấu "}"`, ""},
		{"stray brace", `"Chỉ tiêu giảm nghèo theo {survey.standard}."`, `"theo } đây"`, `dấu "}"`, ""},
		{"entry outside its each", `"MỤC ĐÍCH, YÊU CẦU"`, `"{text.purposes}"`, `"text.purposes" là một danh sách`, ""},
		{"field outside its each", `"MỤC ĐÍCH, YÊU CẦU"`, `"{units.households}"`, `chỉ dùng được bên trong each = "units"`, ""},
		{"optional figure without if", `if = "share.ethnic_poor"`, `# if = "share.ethnic_poor"`, `chỉ dùng được bên trong if = "share.ethnic_poor"`, `text = "Hộ nghèo đồng bào DTTS`},
		{"join inside the list's each", `"{text.tasks.no}."`, `"{text.tasks|join:, }"`, `chỉ nối được (join)`, ""},
		{"unknown list", `each = "text.goals"`, `each = "text.goal"`, `không có danh sách "text.goal"`, ""},
		{"unknown condition", `if = "share.ethnic_poor"`, `if = "share.ethnic"`, `không có tên "share.ethnic"`, ""},
		{"unknown name in a comparison", `if = "signer.prefix = TM."`, `if = "signer.prefx = TM."`, `không có tên "signer.prefx"`, ""},
		{"unknown key", `style = "bold"`, `stlye = "bold"`, `khóa "stlye" không dùng trong mẫu`, ""},
		{"unknown key in a line", `"- Lưu: {recipients.archive|join:, }.",`, `{txet = "- Lưu."},`, `khóa "txet" không dùng ở đây`, ""},
		{"unknown kind", `kind = "item"` + "\ntext = \"Mục tiêu chung:\"", `kind = "heading"` + "\ntext = \"Mục tiêu chung:\"", `không có loại khối "heading"`, ""},
		{"bad span", `{text = "TT", rows = 3}`, `{text = "TT", rows = 0}`, `"rows" phải là một số nguyên`, ""},
		{"bad style", `style = "bold"`, `style = "đậm"`, `kiểu dòng "đậm"`, ""},
		{"table size too large", "[body.table]\ncolumns", "[body.table]\nsize = 14\ncolumns", `cỡ chữ của bảng (size) phải từ 8 đến 11`, "size = 14"},
		{"table size too small", "[body.table]\ncolumns", "[body.table]\nsize = 6\ncolumns", `cỡ chữ của bảng (size) phải từ 8 đến 11`, "size = 6"},
		{"TOML syntax", `motto = "Độc lập - Tự do - Hạnh phúc"`, `motto = "Độc lập`, `lỗi cú pháp TOML`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _ := edit(t, planSource(t), tt.old, tt.repl)
			at := tt.at
			if at == "" {
				at = tt.repl
			}
			line := strings.Count(src[:strings.Index(src, at)], "\n") + 1
			_, err := Parse("templates/x.toml", []byte(src))
			if err == nil {
				t.Fatal("Parse accepted the template")
			}
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("error %v is not a dataerr.List", err)
			}
			// The first problem is the one made; a problem may bring
			// others later in the file (a name no longer inside its each).
			e := errs[0]
			if e.File != "templates/x.toml" || e.Line != line || !strings.Contains(e.Message, tt.want) {
				t.Errorf("first problem %q, want one at templates/x.toml, dòng %d, saying %q", e.Error(), line, tt.want)
			}
		})
	}
}

func TestTemplateTooLarge(t *testing.T) {
	src := planSource(t) + "\n#" + strings.Repeat("x", maxTemplate)
	_, err := Parse("templates/x.toml", []byte(src))
	var errs dataerr.List
	if !errors.As(err, &errs) || !strings.Contains(errs.Error(), "quá giới hạn") {
		t.Errorf("Parse of a %d-byte template: got %v, want a size error", len(src), err)
	}
}

// TestDraftHeader checks the header in each state: the template's
// alternatives print a blank number unless the plan is issued, blanks for
// a date it lacks, and the draft mark on a draft only.
func TestDraftHeader(t *testing.T) {
	c, err := Parse("plan.toml", []byte(planSource(t)))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		number    int
		date      string
		draft     bool
		wantNo    string
		wantDate  string
		wantDraft string
		wantMeta  string
		state     string
	}{
		{"final", 44, "18/03/2021", false, "Số: 44/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021", "", "2021-03-18", ""},
		{"final, small number", 5, "18/03/2021", false, "Số: 05/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021", "", "2021-03-18", ""},
		{"draft without number and date", 0, "", false, "Số:      /KH-UBND", "Cam Lộ, ngày      tháng      năm 2021", "DỰ THẢO", "2021-01-01", ""},
		{"draft said, with number and date", 44, "18/03/2021", true, "Số:      /KH-UBND", "Cam Lộ, ngày      tháng      năm 2021", "DỰ THẢO", "2021-03-18", ""},
		{"draft said, with a date only", 0, "02/01/2021", true, "Số:      /KH-UBND", "Cam Lộ, ngày      tháng      năm 2021", "DỰ THẢO", "2021-01-02", ""},
		{"state dự thảo, with number and date", 44, "18/03/2021", false, "Số:      /KH-UBND", "Cam Lộ, ngày      tháng      năm 2021", "DỰ THẢO", "2021-03-18", "dự thảo"},
		{"to be signed", 0, "", false, "Số:      /KH-UBND", "Cam Lộ, ngày      tháng      năm 2021", "", "2021-01-01", "trình ký số"},
		{"issued, said", 44, "18/03/2021", false, "Số: 44/KH-UBND", "Cam Lộ, ngày 18 tháng 3 năm 2021", "", "2021-03-18", "ban hành"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := samplePlan(t)
			p.Document.Number, p.Document.Date, p.Document.Draft, p.Document.State = tt.number, tt.date, tt.draft, tt.state
			d, err := c.Compose(p, plan.Compute(p))
			if err != nil {
				t.Fatal(err)
			}
			h := d.Header
			if h.Number != tt.wantNo || h.PlaceDate != tt.wantDate || h.Draft != tt.wantDraft || d.Meta.Date != tt.wantMeta {
				t.Errorf("got number %q, date %q, mark %q, meta date %q\nwant %q, %q, %q, %q",
					h.Number, h.PlaceDate, h.Draft, d.Meta.Date, tt.wantNo, tt.wantDate, tt.wantDraft, tt.wantMeta)
			}
			if d.Meta.Undated != (tt.date == "") {
				t.Errorf("meta undated %v for the date %q", d.Meta.Undated, tt.date)
			}
			if p.State() != plan.StateIssued {
				if strings.Contains(d.Meta.Keywords, "/KH") {
					t.Errorf("keywords of a draft %q name a number", d.Meta.Keywords)
				}
			}
		})
	}
}

// TestOptionalFigures checks the summary of part I without the breakdown
// figures: the first line drops its DTTS clause and the lines of absent
// figures are left out.
func TestOptionalFigures(t *testing.T) {
	// The sample gives the breakdown as area totals in the survey; keep
	// only the near-poor households.
	p := samplePlan(t)
	p.Survey.EthnicHouseholds, p.Survey.EthnicPoor, p.Survey.EthnicNearPoor = nil, nil, nil
	d := compose(t, p)
	var got []string
	for i, b := range d.Body {
		if b.Kind == doc.List && d.Body[i-1].Kind == doc.Paragraph && d.Body[i-2].Number == "I." {
			for _, it := range b.Items {
				got = append(got, it.Line())
			}
		}
	}
	want := []string{
		"- Tổng số hộ toàn huyện: 14.932 hộ.",
		"- Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
		"- Hộ nghèo thuộc đối tượng BTXH: 326/14.932 hộ, chiếm tỷ lệ 2,18%.",
		"- Tổng số hộ cận nghèo: 663/14.932 hộ, chiếm tỷ lệ 4,44%.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("summary of part I:\n got %q\nwant %q", got, want)
	}
}

// TestConcurrentCompose composes from several goroutines with one Composer;
// run with -race.
func TestConcurrentCompose(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p := samplePlan(t)
	f := plan.Compute(p)
	want, err := c.Compose(p, f)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				d, err := c.Compose(p, f)
				if err != nil {
					t.Error(err)
					return
				}
				if visibleTexts(d) != visibleTexts(want) {
					t.Error("concurrent compose gave another document")
					return
				}
			}
		})
	}
	wg.Wait()
}
