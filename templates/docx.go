package templates

import "embed"

//go:generate go run ../internal/docxpack/packdocx docx plan.docx

// PlanDocx is the Word template of the plan: the page set-up, the headers
// with the page number, the styles (KHBody, Heading1, KHRule, …) and a body
// of {{name}} placeholder paragraphs that the DOCX renderer fills from the
// document model. It is the packed form of DocxParts; go generate rebuilds
// it.
//
//go:embed plan.docx
var PlanDocx []byte

// DocxParts holds the unpacked parts of PlanDocx under "docx/", as they are
// kept for review ([Content_Types].xml, _rels/.rels, word/document.xml, …).
//
//go:embed all:docx
var DocxParts embed.FS
