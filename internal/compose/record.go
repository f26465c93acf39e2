package compose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// language is the language of every document kehoach writes, as a BCP 47
// tag.
const language = "vi"

// record returns the Phụ lục VI metadata of d, composed from p: the number
// and the issue date only for a plan that is no draft and has them.
func record(p *plan.Plan, d *doc.Document, date plan.Date, dated bool) doc.Record {
	r := doc.Record{
		TypeName:     sentenceCase(d.Title.Kind),
		CodeNotation: notation(p),
		OrganName:    strings.Join(fields(p.Issuer.Name), " "),
		Subject:      d.Title.Subject,
		Language:     language,
		Position:     strings.TrimSpace(p.Signer.Position),
		FullName:     d.Signature.Name,
	}
	if s := strings.TrimSpace(p.Signer.DeputyPosition); s != "" {
		r.Position = s // the deputy signs under their own position
	}
	if !p.IsDraft() {
		if p.Document.Number != 0 {
			r.CodeNumber = vnfmt.DocNumber(p.Document.Number)
		}
		if dated {
			r.IssuedDate = date.ISO()
		}
	}
	return r
}

// notation is the document's symbol, type and issuer: "KH-UBND".
func notation(p *plan.Plan) string {
	return strings.Join(fields([]string{p.Document.Type, p.Issuer.Symbol}), "-")
}

// fields returns the entries of ss that are not blank, trimmed.
func fields(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sentenceCase returns s in lower case but for its first letter:
// "KẾ HOẠCH" gives "Kế hoạch", with single spaces between words.
func sentenceCase(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
