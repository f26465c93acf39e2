package pdf

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"github.com/kehoach/kehoach/fonts"
)

// Simple fonts. fpdf writes a UTF-8 font (Type0) by parsing the whole
// TrueType file again for every document to cut the subset it embeds, and
// compresses the subset and a 128 KB glyph map: most of the time a document
// takes; and it names the font "utf8..." where a subset's name must start
// with a tag. A simple TrueType font (one byte a character, fpdf's
// AddFontFromBytes) embeds its font file as it is given, under the name it
// is given. So every document is drawn with simple fonts: each face is cut
// to the characters the document shows in it (see subset.go), and the fonts
// of the face (one per code page) share that file.
//
// The text of most documents is all in the two code pages; a document with
// other characters has pages of its own for them (extraPages). The pages of
// the PDF are not compressed: compressing them (fpdf makes a zlib writer
// for every page) would take about as long as the rest of the document.

// A simple font's definition is the JSON that fpdf's MakeFont writes and
// AddFontFromBytes reads (fpdf's fontDefType), made for each document and
// code page: the face's fixed part (fontHead), then the font's name and
// file length, the widths of the codes the document shows in the face (0
// for the others), the encoding's name, its /Differences and the file's
// name. fpdf parses it for every font of every document (it has no way to
// take a definition already parsed): the less there is to parse, the
// faster.

// fontHead is the part of a face's font definition that no document
// changes.
type fontHead struct {
	Tp     string   // "TrueType"
	Desc   fontDesc // the font descriptor
	Up, Ut int      // underline position and thickness: no text is underlined
}

// fontDesc is a font descriptor as fpdf's font definition file has it.
type fontDesc struct {
	Ascent, Descent, CapHeight int
	Flags                      int
	FontBBox                   struct{ Xmin, Ymin, Xmax, Ymax int }
	ItalicAngle, StemV         int
	MissingWidth               int
}

// descriptor returns the font descriptor of a face: the values that fpdf
// reads from the face (a test checks them), but for the flags, which say that
// the font is nonsymbolic (flag 6, not the symbolic flag 3): the encoding
// names glyphs of the standard Latin character set.
func (f face) descriptor() fontDesc {
	d := fontDesc{Ascent: 891, Descent: -216, CapHeight: 654, StemV: 87, MissingWidth: 778, Flags: 1 << 5}
	d.FontBBox.Xmin, d.FontBBox.Ymin = -543, -303
	switch f {
	case regular:
		d.FontBBox.Xmax, d.FontBBox.Ymax = 1278, 981
	case bold:
		d.FontBBox.Xmax, d.FontBBox.Ymax = 1344, 1007
	case italic:
		d.FontBBox.Xmax, d.FontBBox.Ymax = 1286, 980
	case boldItalic:
		d.FontBBox.Xmax, d.FontBBox.Ymax = 1307, 980
	}
	if f == bold || f == boldItalic {
		d.Flags |= 1 << 18 // ForceBold
		d.StemV = 165
	}
	if f == italic || f == boldItalic {
		d.Flags |= 1 << 6 // Italic
		d.ItalicAngle = -17
	}
	return d
}

// simpleFamily returns the fpdf family name of face f in code page p.
func simpleFamily(f face, p *codePage) string {
	return f.family() + "-" + p.name
}

// simpleFace is a face made ready for the simple fonts: the fixed part
// of its font definitions.
type simpleFace struct {
	face face
	head []byte // fontHead as a JSON object, without its closing brace
}

// simpleFaces returns the faces made ready for the simple fonts, made once
// in a process and never changed afterwards.
var simpleFaces = sync.OnceValues(func() (*[numFaces]*simpleFace, error) {
	var faces [numFaces]*simpleFace
	for f := regular; f < numFaces; f++ {
		head, err := json.Marshal(fontHead{Tp: "TrueType", Desc: f.descriptor()})
		if err != nil {
			return nil, fmt.Errorf("font definition %s: %w", f.family(), err)
		}
		faces[f] = &simpleFace{face: f, head: head[:len(head)-1]}
	}
	return &faces, nil
})

// add registers the face in code page page, the i-th of the document's,
// with pdf, as simpleFamily names it, embedding cut, the face cut for the
// document; enc tells which codes the document shows. A document registers
// the fonts it draws with as it first draws with them, so that it embeds
// only the faces it shows.
func (s *simpleFace) add(pdf *fpdf.Fpdf, page *codePage, i int, cut *embeddedFace, enc *encodings) {
	shown := &enc.shown[i][s.face]
	diff := enc.diffs[i]
	// Nothing to escape in the strings: the name is of letters, "+" and
	// "-", the /Differences of digits, spaces, slashes and letters.
	def := make([]byte, 0, len(s.head)+len(cut.name)+len(diff)+1400)
	def = append(def, s.head...)
	def = append(def, `,"Name":"`...)
	def = append(def, cut.name...)
	def = append(def, `","OriginalSize":`...)
	def = strconv.AppendInt(def, int64(len(cut.file)), 10)
	def = append(def, `,"Cw":[`...)
	for c := range 256 {
		if c > 0 {
			def = append(def, ',')
		}
		w := 0
		if shown.has(byte(c)) {
			w = fonts.Thousandths(s.face.fontsFace(), page.runes[c])
		}
		def = strconv.AppendInt(def, int64(w), 10)
	}
	def = append(def, `],"Enc":"vietnamese-`...)
	def = append(def, page.name...)
	def = append(def, `","Diff":"`...)
	def = append(def, diff...)
	def = append(def, `","File":"`...)
	def = append(def, s.face.family()...)
	def = append(def, `.ttf"}`...) // not ".z": not compressed
	pdf.AddFontFromBytes(simpleFamily(s.face, page), "", def, cut.file)
}
