package report

import "github.com/kehoach/kehoach/internal/plan"

// TypeSymbol is the document type symbol of a report: "BC", as in
// "Số: 12/BC-UBND".
const TypeSymbol = "BC"

// Report is the content of a report's data file. What the plan says (its
// issuer, number, date, year, units and figures) is read from the plan the
// report names and is never written again here.
type Report struct {
	Document Document   `toml:"document"`
	Units    []Movement `toml:"units"`
	Text     Text       `toml:"text"`
	// Signer and Recipients are the plan's when the report leaves them
	// out.
	Signer     *plan.Signer     `toml:"signer"`
	Recipients *plan.Recipients `toml:"recipients"`
}

// Document is the identity of the report.
type Document struct {
	// Type is the document type symbol: TypeSymbol.
	Type string `toml:"type"`
	// Plan names the plan the report is on: its data file, or an archived
	// PDF of it, as a path relative to the report's data file.
	Plan string `toml:"plan"`
	// State is the report's state, as a plan's ([document] state):
	// "dự thảo", "trình ký số" or "ban hành"; left out, it follows from
	// Draft, Number and Date as a plan's does.
	State string `toml:"state"`
	// Draft marks a draft, as a plan's draft = true.
	Draft bool `toml:"draft"`
	// Number is the report's number; 0 (left out) in a draft.
	Number int `toml:"number"`
	// Date is the date of the report as "dd/mm/yyyy"; empty in a draft.
	Date string `toml:"date"`
	// Place is the place name of the date line; the plan's when left out.
	Place string `toml:"place"`
	// Subject is the subject line; left out, the template writes it.
	Subject string `toml:"subject"`
	// KeepYears lists the texts (by field path, "text.results[1]") that
	// name a year before the plan's on purpose, as a plan's keep_years.
	KeepYears []string `toml:"keep_years"`
}

// Text holds the report's own wording. Every entry is one paragraph.
type Text struct {
	// Results are the paragraphs on what was done during the year.
	Results []string `toml:"results"`
	// Shortcomings are the paragraphs on what fell short, and why.
	Shortcomings []string `toml:"shortcomings"`
	// Tasks are the tasks and solutions for the next year.
	Tasks []string `toml:"tasks"`
}
