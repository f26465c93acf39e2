package archive

import "github.com/kehoach/kehoach/internal/plan"

// isDraft reports whether p is a draft, which the archive refuses: only an
// issued document, with its number and date, is archived. This is the one
// place that decides it.
func isDraft(p *plan.Plan) bool {
	return p.Document.Number <= 0 || p.Document.Date == ""
}
