package nextyear

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

func samplePlan(t testing.TB) *plan.Plan {
	t.Helper()
	p, err := sample.Plan()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPrintLoadsBack checks that the printed sample loads back to the same
// plan, and keeps the sample's comments and order.
func TestPrintLoadsBack(t *testing.T) {
	p := samplePlan(t)
	data := Print(p)
	back, err := load.Read("x.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, p) {
		t.Error("the printed sample loads to another plan")
	}
	text := string(data)
	order := []string{"[document]", "number = 44", "[issuer]", "[survey]", "[[units]]", "[text]", "intro = [",
		"tasks = [", "[[responsibilities]]", "[signer]", "[recipients]", `archive = ["VT"]`}
	at := 0
	for _, s := range order {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("%q missing or out of order", s)
		}
		at += i
	}
	for _, comment := range []string{
		"households = 1458           # tổng số hộ",
		`date = "18/03/2021"         # ngày ban hành, dạng ngày/tháng/năm`,
		"# Mục IV. Nhiệm vụ và giải pháp cụ thể",
	} {
		if !strings.Contains(text, comment) {
			t.Errorf("printed file lacks %q", comment)
		}
	}
}

// sheetFor fills a template of p with counts(i) and reads it back.
func sheetFor(t testing.TB, p *plan.Plan, set func(u *plan.Unit)) *figures.Sheet {
	t.Helper()
	var buf bytes.Buffer
	if err := figures.WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for i := range p.Units {
		u := plan.Unit{Households: 1500 + 10*i, PolicyPoor: 30 - i, SocialPoor: 40 - i, Reduction: 5}
		four := []int{10, 4, 80, 5}
		if set != nil {
			set(&u)
		}
		f := strings.Split(lines[i+1], ",")
		f[2], f[3], f[4], f[5] = fmt.Sprint(u.Households), fmt.Sprint(u.PolicyPoor), fmt.Sprint(u.SocialPoor), fmt.Sprint(u.Reduction)
		for j, n := range four {
			f[6+j] = fmt.Sprint(n)
		}
		lines[i+1] = strings.Join(f, ",")
	}
	s, err := figures.Read("so-lieu.csv", []byte(strings.Join(lines, "\n")), p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMake(t *testing.T) {
	old := samplePlan(t)
	old.Document.State = "ban hành"
	res, err := Make(old, sheetFor(t, old, nil), "so-lieu.csv", "cam-lo-2022.toml")
	if err != nil {
		t.Fatal(err)
	}
	np := res.Plan
	if !slices.ContainsFunc(res.Changes, func(c Change) bool { return c.Field == "document.state" && c.Old == "ban hành" && c.New == "" }) {
		t.Errorf("changes %+v do not drop the state", res.Changes)
	}
	if np.Document.Year != 2022 || np.Survey.Year != 2021 || np.Document.Number != 0 || np.Document.Date != "" || !np.IsDraft() {
		t.Errorf("document %+v, survey year %d: want year 2022, survey 2021, a draft", np.Document, np.Survey.Year)
	}
	if np.Units[2].Households != 1520 || *np.Units[2].NearPoor != 80 || np.Survey.NearPoor != nil {
		t.Errorf("unit 2 %+v, survey near-poor %v", np.Units[2], np.Survey.NearPoor)
	}
	if !reflect.DeepEqual(np.Text, old.Text) || !reflect.DeepEqual(np.Signer, old.Signer) ||
		!reflect.DeepEqual(np.Recipients, old.Recipients) || !reflect.DeepEqual(np.Responsibilities, old.Responsibilities) {
		t.Error("texts, signer, recipients or responsibilities did not carry over")
	}
	back, err := load.Read("cam-lo-2022.toml", res.Data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, np) {
		t.Error("the data file written loads to another plan")
	}
	if old.Document.Year != 2021 || old.Units[2].Households != 1472 {
		t.Error("Make changed the old plan")
	}
	text := string(res.Data)
	for _, s := range []string{"# number = …", `date = ""`, "year = 2022", "year = 2021", "households = 1520"} {
		if !strings.Contains(text, s) {
			t.Errorf("data file lacks %q", s)
		}
	}

	changes := map[string]Change{}
	for _, c := range res.Changes {
		changes[c.Field] = c
	}
	for field, want := range map[string]Change{
		"document.year":       {Field: "document.year", Old: "2021", New: "2022"},
		"survey.year":         {Field: "survey.year", Old: "2020", New: "2021"},
		"document.number":     {Field: "document.number", Old: "44", Why: "bản dự thảo chưa có số"},
		"units[2].households": {Field: "units[2].households", Unit: "Xã Cam Thủy", Old: "1.472", New: "1.520"},
		"units[0].near_poor":  {Field: "units[0].near_poor", Unit: "Xã Cam Tuyền", New: "80"},
		"survey.ethnic_poor":  {Field: "survey.ethnic_poor", Old: "40", Why: "tính từ số liệu của từng đơn vị trong bảng tính"},
	} {
		if got := changes[field]; got != want {
			t.Errorf("change of %s: %+v, want %+v", field, got, want)
		}
	}
	if got, want := changes["document.keep_years"], (Change{Field: "document.keep_years", Old: "survey.standard, text.intro[0], text.goals[0]",
		Why: "năm mới: xem lại từng câu nhắc năm cũ"}); got != want || np.Document.KeepYears != nil || len(old.Document.KeepYears) != 3 {
		t.Errorf("keep_years: change %+v, new %v, old %v; want it dropped from the new plan only", got, np.Document.KeepYears, old.Document.KeepYears)
	}
	if _, ok := changes["units[2].reduction"]; ok {
		t.Error("an unchanged count is listed as a change")
	}

	mentions := map[string]plan.Mention{}
	for _, m := range res.Mentions {
		mentions[m.Field] = m
	}
	if m := mentions["document.subject"]; fmt.Sprint(m.Years) != "[2021]" || m.Excerpts[0] != "…Chương trình giảm nghèo năm 2021" {
		t.Errorf("subject mention %+v", m)
	}
	if m := mentions["text.intro[0]"]; fmt.Sprint(m.Years) != "[2016 2020 2020 2016 2020 2021 2021]" {
		t.Errorf("intro mention %+v", m)
	}
	if _, ok := mentions["recipients.to[0]"]; ok {
		t.Error("a text without a year is listed")
	}
}

// TestMakeProblems checks that a count the plan's checks refuse names the
// cell of the sheet that gives it, and that nothing is made.
func TestMakeProblems(t *testing.T) {
	old := samplePlan(t)
	s := sheetFor(t, old, func(u *plan.Unit) {
		if u.Households == 1530 {
			u.Reduction = 500
		}
	})
	_, err := Make(old, s, "so-lieu.csv", "cam-lo-2022.toml")
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("got %v, want one data error", err)
	}
	e := errs[0]
	if e.File != "so-lieu.csv" || e.Cell != "F5" || e.Field != "units[3].reduction" || !strings.Contains(e.Message, "lớn hơn số hộ nghèo") {
		t.Errorf("got %s", e.Error())
	}
}

// TestPrintWritesEveryCount checks that Print writes every count of a unit
// and every whole-area figure, so that a count added to the plan cannot be
// lost when next year's file is printed.
func TestPrintWritesEveryCount(t *testing.T) {
	p := samplePlan(t)
	for i, c := range plan.UnitCounts() {
		for j := range p.Units {
			c.Set(&p.Units[j], 1000*(i+1)+j)
		}
		if at := c.Area(&p.Survey); at != nil {
			n := 100 + i
			*at = &n
		}
	}
	var back plan.Plan
	if _, err := toml.Decode(string(Print(p)), &back); err != nil {
		t.Fatal(err)
	}
	for _, c := range plan.UnitCounts() {
		for j := range p.Units {
			if got, want := c.Of(&back.Units[j]), c.Of(&p.Units[j]); got == nil || *got != *want {
				t.Errorf("units[%d].%s: printed %v, want %d", j, c.Key, got, *want)
			}
		}
		if at := c.Area(&p.Survey); at != nil {
			if got := *c.Area(&back.Survey); got == nil || *got != **at {
				t.Errorf("survey.%s: printed %v, want %d", c.Key, got, **at)
			}
		}
	}
}
