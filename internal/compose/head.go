package compose

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// headNames adds the names every document kind has, read from Env.Head:
// document.type, .number, .place, .subject, .scope, .year, .state,
// .draft; date and date.*; issuer.symbol, issuer.superior, issuer.name;
// signer.*; recipients.to and recipients.archive.
func (v *Vocabulary) headNames() {
	text := func(name string, get func(p *plan.Plan) string) {
		v.Text(name, func(e *Env) string { return get(e.Head) })
	}
	number := func(name string, get func(e *Env) string) { v.Figure(name, nil, get) }

	text("document.type", func(p *plan.Plan) string { return p.Document.Type })
	text("document.place", func(p *plan.Plan) string { return p.Document.Place })
	text("document.subject", func(p *plan.Plan) string { return p.Document.Subject })
	text("document.scope", func(p *plan.Plan) string { return p.Document.Scope })
	v.Add("document.number", Value{
		Text:  func(e *Env) string { return vnfmt.DocNumber(e.Head.Document.Number) },
		Truth: func(e *Env) bool { return e.Head.Document.Number != 0 },
	})
	number("document.state", func(e *Env) string { return e.Head.State().String() })
	v.Cond("document.draft", func(e *Env) bool { return e.Head.State() == plan.StateDraft })
	v.Cond("date", func(e *Env) bool { return e.Dated })
	number("document.year", func(e *Env) string { return strconv.Itoa(e.Head.Document.Year) })
	number("date.day", func(e *Env) string { return vnfmt.Day(e.Date.Day) })
	number("date.month", func(e *Env) string { return vnfmt.Month(e.Date.Month) })
	number("date.year", func(e *Env) string { return strconv.Itoa(e.Date.Year) })
	number("date.iso", func(e *Env) string { return e.Date.ISO() })
	text("issuer.symbol", func(p *plan.Plan) string { return p.Issuer.Symbol })
	text("signer.prefix", func(p *plan.Plan) string { return p.Signer.Prefix })
	text("signer.body", func(p *plan.Plan) string { return p.Signer.Body })
	text("signer.position", func(p *plan.Plan) string { return p.Signer.Position })
	text("signer.deputy_position", func(p *plan.Plan) string { return p.Signer.DeputyPosition })
	text("signer.name", func(p *plan.Plan) string { return p.Signer.Name })

	v.Texts("issuer.superior", nil, func(e *Env) []string { return e.Head.Issuer.Superior })
	v.Texts("issuer.name", nil, func(e *Env) []string { return e.Head.Issuer.Name })
	v.Texts("recipients.to", nil, func(e *Env) []string { return e.Head.Recipients.To })
	v.Texts("recipients.archive", nil, func(e *Env) []string { return e.Head.Recipients.Archive })
}
