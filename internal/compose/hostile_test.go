package compose

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
)

// hostile are texts that a template language, TOML, printf or the
// document's own markers could read as syntax.
var hostile = []string{
	`"`, `"""`, `'`, `'''`, `\`, `\n`, `\"`,
	`{{`, `}}`, `{`, `}`, `{{.Plan.Survey.Year}}`, `{scope}`, `{document.scope}`, `{text.intro|upper}`,
	`%s`, `%%`, `%d%!`, `]]`, `[[body]]`, `[header]`,
	`kind = "part"`, `text = """x"""`, `a = 1 # b`, `x = [{text = "y"}]`,
	`Thôn A & B <1> "Ngày Vì người nghèo" {{x}} %s ]] [[body]]`,
}

// where is one place of the document where a data text must appear.
type where struct {
	name string
	got  func(d *doc.Document) string
	want string
}

// TestHostileValues puts each hostile text into every text field of the
// sample plan, each field with its own tag, and checks that every value
// comes out literally, where it belongs, as many times as the document
// prints that field, and that the element names the field.
func TestHostileValues(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hostile {
		p := samplePlan(t)
		n := 0
		v := func() string { // a distinct value per field: "h#7#h"
			n++
			return fmt.Sprintf("%s#%d#%s", h, n, h)
		}
		// Set every text field; remember the values.
		p.Document.Subject, p.Document.Place, p.Document.Scope = v(), v(), v()
		p.Document.Type, p.Issuer.Symbol = v(), v()
		p.Issuer.Superior = []string{v()}
		for i := range p.Issuer.Name {
			p.Issuer.Name[i] = v()
		}
		p.Survey.Standard = v()
		for i := range p.Units {
			p.Units[i].Name = v()
		}
		for _, list := range [][]string{p.Text.Intro, p.Text.Purposes, p.Text.Goals, p.Text.Notes, p.Text.Tasks} {
			for i := range list {
				list[i] = v()
			}
		}
		for i := range p.Responsibilities {
			p.Responsibilities[i].Agency = v()
			for j := range p.Responsibilities[i].Duties {
				p.Responsibilities[i].Duties[j] = v()
			}
		}
		p.Signer.Body, p.Signer.Position, p.Signer.Name = v(), v(), v()
		for i := range p.Recipients.To {
			p.Recipients.To[i] = v()
		}
		for i := range p.Recipients.Archive {
			p.Recipients.Archive[i] = v()
		}

		d, err := c.Compose(p, plan.Compute(p))
		if err != nil {
			t.Fatalf("%q: %v", h, err)
		}
		ws, counts := expectations(t, p, d)
		visible := visibleTexts(d)
		for _, w := range ws {
			if got := w.got(d); got != w.want {
				t.Errorf("%q: %s:\n got %q\nwant %q", h, w.name, got, w.want)
			}
		}
		for value, want := range counts {
			if got := strings.Count(visible, value); got != want {
				t.Errorf("%q: value %q printed %d times, want %d", h, value, got, want)
			}
		}
	}
}

// expectations lists where each text of p must appear in d, and how many
// times each value is printed on the page (upper-cased values are counted
// in their printed form).
func expectations(t *testing.T, p *plan.Plan, d *doc.Document) ([]where, map[string]int) {
	t.Helper()
	var ws []where
	counts := map[string]int{}
	add := func(name string, got func(d *doc.Document) string, want string) {
		ws = append(ws, where{name: name, got: got, want: want})
	}
	body := bodyIndex(d)

	s := p.Document.Subject
	add("title.subject", func(d *doc.Document) string { return d.Title.Subject }, s)
	add("meta.subject", func(d *doc.Document) string { return d.Meta.Subject }, s)
	add("meta.title", func(d *doc.Document) string { return d.Meta.Title }, "Kế hoạch "+lowerFirst(s))
	counts[s] = 1
	add("header.place_date", func(d *doc.Document) string { return d.Header.PlaceDate }, p.Document.Place+", ngày 18 tháng 3 năm 2021")
	counts[p.Document.Place] = 1
	add("header.number", func(d *doc.Document) string { return d.Header.Number }, "Số: 44/"+p.Document.Type+"-"+p.Issuer.Symbol)
	counts[p.Document.Type], counts[p.Issuer.Symbol] = 1, 1
	for i, name := range p.Issuer.Superior {
		add(fmt.Sprintf("header.superior[%d]", i), func(d *doc.Document) string { return d.Header.Superior[i] }, strings.ToUpper(name))
		counts[strings.ToUpper(name)] = 1
	}
	for i, name := range p.Issuer.Name {
		add(fmt.Sprintf("header.issuer[%d]", i), func(d *doc.Document) string { return d.Header.Issuer[i] }, strings.ToUpper(name))
		counts[strings.ToUpper(name)] = 1
	}
	add("meta.author", func(d *doc.Document) string { return d.Meta.Author }, strings.Join(p.Issuer.Name, " "))

	scope := p.Document.Scope
	add("part I sentence", func(d *doc.Document) string { return body.texts["paragraph after I."] },
		"Theo kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2020 toàn "+scope+" có:")
	add("part I sentence field", func(d *doc.Document) string { return body.fields["paragraph after I."] }, "document.scope")
	add("summary", func(d *doc.Document) string { return body.texts["summary[0]"] },
		"Tổng số hộ toàn "+scope+": 14.932 hộ (trong đó có 99 hộ DTTS, chiếm tỷ lệ 0,66%).")
	counts[scope] = 2
	add("standard", func(d *doc.Document) string { return body.texts["standard"] }, "Chỉ tiêu giảm nghèo theo "+p.Survey.Standard+".")
	add("standard field", func(d *doc.Document) string { return body.fields["standard"] }, "survey.standard")
	counts[p.Survey.Standard] = 1

	for i, u := range p.Units {
		key := fmt.Sprintf("units[%d].name", i)
		add(key, func(d *doc.Document) string { return body.table.Body[i].Cells[1].Text }, u.Name)
		add(key+" field", func(d *doc.Document) string { return body.table.Body[i].Cells[1].Field }, key)
		counts[u.Name] = 1
	}
	texts := func(key string, list []string) {
		for i, s := range list {
			path := fmt.Sprintf("%s[%d]", key, i)
			want := s
			if path == body.closing {
				want = closeText(s)
			}
			add(path, func(d *doc.Document) string { return body.texts[path] }, want)
			add(path+" field", func(d *doc.Document) string { return body.fields[path] }, path)
			counts[s] = 1
		}
	}
	texts("text.intro", p.Text.Intro)
	texts("text.purposes", p.Text.Purposes)
	texts("text.goals", p.Text.Goals)
	texts("text.notes", p.Text.Notes)
	texts("text.tasks", p.Text.Tasks)
	for i, r := range p.Responsibilities {
		path := fmt.Sprintf("responsibilities[%d].agency", i)
		add(path, func(d *doc.Document) string { return body.texts[path] }, r.Agency+":")
		add(path+" field", func(d *doc.Document) string { return body.fields[path] }, path)
		counts[r.Agency] = 1
		texts(fmt.Sprintf("responsibilities[%d].duties", i), r.Duties)
	}

	add("signature", func(d *doc.Document) string { return strings.Join(d.Signature.Lines, "|") },
		"TM. "+strings.ToUpper(p.Signer.Body)+"|"+strings.ToUpper(p.Signer.Position))
	counts[strings.ToUpper(p.Signer.Body)], counts[strings.ToUpper(p.Signer.Position)] = 1, 1
	add("signer", func(d *doc.Document) string { return d.Signature.Name }, p.Signer.Name)
	counts[p.Signer.Name] = 1
	for i, to := range p.Recipients.To {
		add(fmt.Sprintf("recipients.to[%d]", i), func(d *doc.Document) string { return d.Recipients.Lines[i] }, "- "+to+";")
		counts[to] = 1
	}
	add("archive", func(d *doc.Document) string { return d.Recipients.Lines[len(d.Recipients.Lines)-1] },
		"- Lưu: "+strings.Join(p.Recipients.Archive, ", ")+".")
	for _, a := range p.Recipients.Archive {
		counts[a] = 1
	}
	if len(d.Recipients.Lines) != len(p.Recipients.To)+1 {
		t.Errorf("%d recipient lines, want %d", len(d.Recipients.Lines), len(p.Recipients.To)+1)
	}
	return ws, counts
}

// body indexes the texts of the body by the data field they come from, as
// found by position, not by their Field: the paragraphs before part I are
// the intro, the list of part II the purposes, and so on.
type body struct {
	texts, fields map[string]string
	table         *doc.Table
	closing       string // the path of the text that ends with "./."
}

func bodyIndex(d *doc.Document) body {
	b := body{texts: map[string]string{}, fields: map[string]string{}}
	set := func(key, text, field string) {
		b.texts[key], b.fields[key] = text, field
		b.closing = key
	}
	part, items, agency := "", 0, -1
	intro, notes := 0, 0
	for i, bl := range d.Body {
		switch bl.Kind {
		case doc.Part:
			part, items = bl.Number, 0
			continue
		case doc.TableBlock:
			b.table = bl.Table
			continue
		case doc.Item:
			items++
			if part == "V." {
				agency++
				set(fmt.Sprintf("responsibilities[%d].agency", agency), bl.Text, bl.Field)
			}
			continue
		}
		prev := d.Body[i-1+boolInt(i == 0)]
		switch {
		case part == "" && bl.Kind == doc.Paragraph:
			set(fmt.Sprintf("text.intro[%d]", intro), bl.Text, bl.Field)
			intro++
		case part == "I." && bl.Kind == doc.Paragraph:
			set("paragraph after I.", bl.Text, bl.Field)
		case part == "I." && bl.Kind == doc.List:
			for j, it := range bl.Items {
				set(fmt.Sprintf("summary[%d]", j), it.Text, it.Field)
			}
		case part == "III." && bl.Kind == doc.Paragraph && prev.Kind == doc.Item:
			set("standard", bl.Text, bl.Field)
		case part == "III." && bl.Kind == doc.Paragraph:
			set(fmt.Sprintf("text.notes[%d]", notes), bl.Text, bl.Field)
			notes++
		case bl.Kind == doc.List:
			key := map[string]string{"II.": "text.purposes", "III.": "text.goals", "IV.": "text.tasks"}[part]
			if part == "V." {
				key = fmt.Sprintf("responsibilities[%d].duties", agency)
			}
			for j, it := range bl.Items {
				set(fmt.Sprintf("%s[%d]", key, j), it.Text, it.Field)
			}
		}
	}
	return b
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// visibleTexts joins every text printed on the page, markers and cells
// included, with a separator no value holds.
func visibleTexts(d *doc.Document) string {
	var all []string
	all = append(all, d.Header.Superior...)
	all = append(all, d.Header.Issuer...)
	all = append(all, d.Header.Number, d.Header.National, d.Header.Motto, d.Header.PlaceDate, d.Title.Kind, d.Title.Subject)
	for _, b := range d.Body {
		all = append(all, b.Number, b.Text)
		for _, it := range b.Items {
			all = append(all, it.Marker, it.Text)
		}
		if b.Table != nil {
			for _, r := range append(append([]doc.Row(nil), b.Table.Header...), b.Table.Body...) {
				for _, c := range r.Cells {
					all = append(all, c.Text)
				}
			}
		}
	}
	all = append(all, d.Signature.Lines...)
	all = append(all, d.Signature.Name, d.Recipients.Label)
	all = append(all, d.Recipients.Lines...)
	return strings.Join(all, "\x00")
}
