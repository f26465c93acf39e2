// Package fonts embeds Liberation Serif (SIL Open Font License 1.1, see
// LICENSE in this folder), whose glyph widths match Times New Roman, the font
// that Nghị định 30/2020/NĐ-CP prescribes.
package fonts

import _ "embed"

// Family is the font family name under which renderers register the faces.
const Family = "LiberationSerif"

// Regular is the upright face.
//
//go:embed LiberationSerif-Regular.ttf
var Regular []byte

// Bold is the bold face.
//
//go:embed LiberationSerif-Bold.ttf
var Bold []byte

// Italic is the italic face.
//
//go:embed LiberationSerif-Italic.ttf
var Italic []byte

// BoldItalic is the bold italic face.
//
//go:embed LiberationSerif-BoldItalic.ttf
var BoldItalic []byte
