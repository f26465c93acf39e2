package compose

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// env is what one Compose call fills the template from: the plan, its
// figures and, for every list, the entry the enclosing "each" is at.
type env struct {
	p    *plan.Plan
	f    *plan.Computed
	date plan.Date
	// dated tells whether the plan has a date; a draft may have none, and
	// date is then 1 January of the plan's year.
	dated bool
	at    []int // indexed by list.slot
}

// list is a name that "each" may repeat over.
type list struct {
	name string
	// parent is the list whose entry this one belongs to
	// (responsibilities.duties belongs to responsibilities); nil at the top.
	parent *list
	slot   int
	len    func(e *env) int
}

// value is a name a placeholder or a condition may use.
type value struct {
	// in is the list whose entry the name reads; nil for a name of the whole
	// plan. A placeholder may use it only inside an "each" over in.
	in *list
	// needs is the condition that must guard every use of the name, for a
	// figure that may be absent ("share.near_poor"); empty otherwise.
	needs string
	// text is the value as printed; nil for a name that is only a
	// condition.
	text func(e *env) string
	// field is the path of the data field whose text the name prints; nil
	// for computed figures, numbers and fixed words.
	field func(e *env) string
	// truth decides an if/unless on the name; nil means "text is not
	// empty".
	truth func(e *env) bool
	// all returns every entry of a list of texts, for the join filter
	// outside the list's "each"; nil for other names.
	all func(e *env) []string
}

// vocabulary is every name the template may use. It is built once and never
// changed, so Composers may share it across goroutines.
type vocabulary struct {
	values map[string]*value
	lists  map[string]*list
}

// names is the vocabulary of the plan template.
var names = newVocabulary()

// newVocabulary lists the names of the plan template. The names follow the
// keys of the data file (document.subject, units.name, text.tasks), so that a
// placeholder reads as the field it prints.
func newVocabulary() *vocabulary {
	v := &vocabulary{values: map[string]*value{}, lists: map[string]*list{}}
	text := func(name string, get func(p *plan.Plan) string) {
		v.values[name] = &value{
			text:  func(e *env) string { return get(e.p) },
			field: func(*env) string { return name },
		}
	}
	number := func(name string, get func(e *env) string) {
		v.values[name] = &value{text: get}
	}

	text("document.type", func(p *plan.Plan) string { return p.Document.Type })
	text("document.place", func(p *plan.Plan) string { return p.Document.Place })
	text("document.subject", func(p *plan.Plan) string { return p.Document.Subject })
	text("document.scope", func(p *plan.Plan) string { return p.Document.Scope })
	v.values["document.number"] = &value{
		text:  func(e *env) string { return vnfmt.DocNumber(e.p.Document.Number) },
		truth: func(e *env) bool { return e.p.Document.Number != 0 },
	}
	v.values["document.state"] = &value{text: func(e *env) string { return e.p.State().String() }}
	v.values["document.draft"] = &value{truth: func(e *env) bool { return e.p.State() == plan.StateDraft }}
	v.values["date"] = &value{truth: func(e *env) bool { return e.dated }}
	number("document.year", func(e *env) string { return strconv.Itoa(e.p.Document.Year) })
	number("date.day", func(e *env) string { return vnfmt.Day(e.date.Day) })
	number("date.month", func(e *env) string { return vnfmt.Month(e.date.Month) })
	number("date.year", func(e *env) string { return strconv.Itoa(e.date.Year) })
	number("date.iso", func(e *env) string { return e.date.ISO() })
	text("issuer.symbol", func(p *plan.Plan) string { return p.Issuer.Symbol })
	number("survey.year", func(e *env) string { return strconv.Itoa(e.p.Survey.Year) })
	text("survey.standard", func(p *plan.Plan) string { return p.Survey.Standard })
	text("signer.prefix", func(p *plan.Plan) string { return p.Signer.Prefix })
	text("signer.body", func(p *plan.Plan) string { return p.Signer.Body })
	text("signer.position", func(p *plan.Plan) string { return p.Signer.Position })
	text("signer.deputy_position", func(p *plan.Plan) string { return p.Signer.DeputyPosition })
	text("signer.name", func(p *plan.Plan) string { return p.Signer.Name })

	v.texts("issuer.superior", nil, func(e *env) []string { return e.p.Issuer.Superior })
	v.texts("issuer.name", nil, func(e *env) []string { return e.p.Issuer.Name })
	v.texts("text.intro", nil, func(e *env) []string { return e.p.Text.Intro })
	v.texts("text.purposes", nil, func(e *env) []string { return e.p.Text.Purposes })
	v.texts("text.goals", nil, func(e *env) []string { return e.p.Text.Goals })
	v.texts("text.notes", nil, func(e *env) []string { return e.p.Text.Notes })
	v.texts("text.tasks", nil, func(e *env) []string { return e.p.Text.Tasks })
	v.texts("recipients.to", nil, func(e *env) []string { return e.p.Recipients.To })
	v.texts("recipients.archive", nil, func(e *env) []string { return e.p.Recipients.Archive })

	resp := v.list("responsibilities", nil, func(e *env) int { return len(e.p.Responsibilities) })
	v.values["responsibilities.agency"] = &value{
		in:    resp,
		text:  func(e *env) string { return e.p.Responsibilities[e.at[resp.slot]].Agency },
		field: func(e *env) string { return entryPath("responsibilities", e.at[resp.slot]) + ".agency" },
	}
	v.texts("responsibilities.duties", resp, func(e *env) []string {
		return e.p.Responsibilities[e.at[resp.slot]].Duties
	})

	units := v.list("units", nil, func(e *env) int { return len(e.f.Rows) })
	row := func(e *env) *plan.Row { return &e.f.Rows[e.at[units.slot]] }
	v.values["units.name"] = &value{
		in:    units,
		text:  func(e *env) string { return row(e).Name },
		field: func(e *env) string { return entryPath("units", e.at[units.slot]) + ".name" },
	}
	v.rowColumns("units.", units, row)
	v.rowColumns("total.", nil, func(e *env) *plan.Row { return &e.f.Total })

	v.share("share.poor", func(f *plan.Computed) *plan.Share { return &f.Poor }, false)
	v.share("share.social_poor", func(f *plan.Computed) *plan.Share { return &f.SocialPoor }, false)
	for _, c := range plan.UnitCounts() {
		if c.Breakdown {
			v.share("share."+c.Key, func(f *plan.Computed) *plan.Share { return f.Breakdown(c.Key) }, true)
		}
	}
	return v
}

// list adds a list and its "name.no", the entry's number from 1.
func (v *vocabulary) list(name string, parent *list, n func(e *env) int) *list {
	l := &list{name: name, parent: parent, slot: len(v.lists), len: n}
	v.lists[name] = l
	v.values[name+".no"] = &value{in: l, text: func(e *env) string { return strconv.Itoa(e.at[l.slot] + 1) }}
	if _, ok := v.values[name]; !ok {
		v.values[name] = &value{in: parent, truth: func(e *env) bool { return n(e) > 0 }}
	}
	return l
}

// texts adds a list of texts of the data: inside its "each" the name is the
// entry; outside, it is every entry (join filter).
func (v *vocabulary) texts(name string, parent *list, get func(e *env) []string) {
	v.values[name] = &value{all: get}
	l := v.list(name, parent, func(e *env) int { return len(get(e)) })
	val := v.values[name]
	val.in = l
	val.text = func(e *env) string { return get(e)[e.at[l.slot]] }
	val.field = func(e *env) string {
		i := e.at[l.slot]
		if parent != nil {
			return entryPath(parent.name, e.at[parent.slot]) + name[len(parent.name):] + "[" + strconv.Itoa(i) + "]"
		}
		return entryPath(name, i)
	}
}

// rowColumns adds the computed columns of a table row under prefix.
func (v *vocabulary) rowColumns(prefix string, in *list, row func(e *env) *plan.Row) {
	count := func(name string, get func(r *plan.Row) int) {
		v.values[prefix+name] = &value{in: in, text: func(e *env) string { return vnfmt.Int(get(row(e))) }}
	}
	rate := func(name string, get func(r *plan.Row) plan.Rate) {
		v.values[prefix+name] = &value{in: in, text: func(e *env) string { return vnfmt.Hundredths(int64(get(row(e)))) }}
	}
	count("households", func(r *plan.Row) int { return r.Households })
	count("poor", func(r *plan.Row) int { return r.Poor })
	rate("poor_rate", func(r *plan.Row) plan.Rate { return r.PoorRate })
	count("policy_poor", func(r *plan.Row) int { return r.PolicyPoor })
	rate("policy_rate", func(r *plan.Row) plan.Rate { return r.PolicyRate })
	count("social_poor", func(r *plan.Row) int { return r.SocialPoor })
	rate("social_rate", func(r *plan.Row) plan.Rate { return r.SocialRate })
	count("reduction", func(r *plan.Row) int { return r.Reduction })
	rate("reduction_rate", func(r *plan.Row) plan.Rate { return r.ReductionRate })
	count("year_end", func(r *plan.Row) int { return r.YearEnd })
	rate("year_end_rate", func(r *plan.Row) plan.Rate { return r.YearEndRate })
}

// share adds a summary share of part I: the condition name, true when the
// figure is known, and its .count, .of and .rate. An optional share's parts
// may be used only under if = name.
func (v *vocabulary) share(name string, get func(f *plan.Computed) *plan.Share, optional bool) {
	v.values[name] = &value{truth: func(e *env) bool { return get(e.f) != nil }}
	needs := ""
	if optional {
		needs = name
	}
	v.values[name+".count"] = &value{needs: needs, text: func(e *env) string { return vnfmt.Int(get(e.f).Count) }}
	v.values[name+".of"] = &value{needs: needs, text: func(e *env) string { return vnfmt.Int(get(e.f).Of) }}
	v.values[name+".rate"] = &value{needs: needs, text: func(e *env) string { return vnfmt.Hundredths(int64(get(e.f).Rate)) }}
}

// entryPath returns the path of entry i of a list, "text.intro[2]".
func entryPath(name string, i int) string {
	return name + "[" + strconv.Itoa(i) + "]"
}
