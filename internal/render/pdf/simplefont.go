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

// fontDef is fpdf's font definition file (the JSON that its MakeFont writes
// and AddFontFromBytes reads), as far as a simple TrueType font uses it.
type fontDef struct {
	Tp           string   // "TrueType"
	Name         string   `json:",omitempty"` // the BaseFont
	Desc         fontDesc // the font descriptor
	Up, Ut       int      // underline position and thickness: no text is underlined
	Cw           []int    // advance width of each code, thousandths of an em
	Enc          string   // the encoding's name, for fpdf's records
	Diff         string   // the /Differences of the encoding
	File         string   // the font file's name; ".z": compressed
	OriginalSize int      `json:",omitempty"` // the font file's length, uncompressed
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

// simpleFace is a face made ready for the simple fonts: the font
// definition of each of the two code pages, but for the font's name and the
// length of its file, which depend on the document's cut of the face.
type simpleFace struct {
	face face
	defs [numPages][]byte // JSON objects without Name and OriginalSize
}

// simpleFaces returns the faces made ready for the simple fonts, made once
// in a process and never changed afterwards.
var simpleFaces = sync.OnceValues(func() (*[numFaces]*simpleFace, error) {
	var faces [numFaces]*simpleFace
	for f := regular; f < numFaces; f++ {
		s := &simpleFace{face: f}
		for p := range numPages {
			def, err := pageDef(f, &codePages()[p])
			if err != nil {
				return nil, err
			}
			s.defs[p] = def
		}
		faces[f] = s
	}
	return &faces, nil
})

// pageDef returns the font definition of face f in code page p, as a JSON
// object without Name and OriginalSize.
func pageDef(f face, p *codePage) ([]byte, error) {
	cw := make([]int, 256)
	for c := 0x20; c <= p.last; c++ {
		if r := p.runes[c]; r != 0 {
			cw[c] = fonts.Thousandths(f.fontsFace(), r)
		}
	}
	def, err := json.Marshal(fontDef{
		Tp:   "TrueType",
		Desc: f.descriptor(),
		Cw:   cw,
		Enc:  "vietnamese-" + p.name,
		Diff: p.diff,
		File: f.family() + ".ttf", // not ".z": not compressed
	})
	if err != nil {
		return nil, fmt.Errorf("font definition %s: %w", simpleFamily(f, p), err)
	}
	return def, nil
}

// add registers the face in code page page, the i-th of the document's,
// with pdf, as simpleFamily names it, embedding cut, the face cut for the
// document. A document registers the fonts it draws with as it first draws
// with them, so that it embeds only the faces it shows.
func (s *simpleFace) add(pdf *fpdf.Fpdf, page *codePage, i int, cut *embeddedFace) {
	var fixed []byte
	if i < numPages {
		fixed = s.defs[i]
	} else {
		var err error
		if fixed, err = pageDef(s.face, page); err != nil {
			pdf.SetError(err)
			return
		}
	}
	// The definition with the cut's name and length put first (the name
	// is of letters, "+" and "-": nothing to escape).
	def := make([]byte, 0, len(fixed)+64)
	def = append(def, `{"Name":"`...)
	def = append(def, cut.name...)
	def = append(def, `","OriginalSize":`...)
	def = strconv.AppendInt(def, int64(len(cut.file)), 10)
	def = append(def, ',')
	def = append(def, fixed[1:]...)
	pdf.AddFontFromBytes(simpleFamily(s.face, page), "", def, cut.file)
}
