package plan

// IsDraft reports whether p is a draft (dự thảo): it says draft = true, or
// it has neither a number nor a date yet. A draft is printed with the
// "DỰ THẢO" mark, a blank number and, without a date, a blank day and
// month; a plan that is not a draft needs both its number and its date.
func (p *Plan) IsDraft() bool {
	d := &p.Document
	return d.Draft || d.Number == 0 && blank(d.Date)
}
