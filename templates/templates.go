// Package templates embeds the Vietnamese boilerplate of the documents
// kehoach writes. plan.toml.tmpl is a Go text/template that, filled with a
// plan and its computed figures, writes the whole document model as TOML:
// the header lines, the fixed headings and sentences of every part, the
// table's header rows and the recipients' "Lưu:" line.
package templates

import "embed"

// FS holds the template files.
//
//go:embed *.tmpl
var FS embed.FS

// Plan is the name of the poverty-reduction plan's template in FS.
const Plan = "plan.toml.tmpl"
