// Package templates embeds the Vietnamese boilerplate of the documents
// kehoach writes, one folder per document kind. plan/document.toml
// describes the plan document part by part: the header lines, the fixed
// headings and sentences of every part, the table's header rows and the
// recipients' "Lưu:" line, with placeholders such as {document.year} that
// package compose fills from the plan. Its first lines document its
// language; report/document.toml, the year-end report, is written in the
// same language.
package templates

import "embed"

// FS holds the document templates.
//
//go:embed */document.toml
var FS embed.FS

// Plan is the name of the poverty-reduction plan's template in FS.
const Plan = "plan/document.toml"
