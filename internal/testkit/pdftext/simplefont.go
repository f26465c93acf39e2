package pdftext

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// readSimpleFont reads a simple TrueType font, one byte a code, as fpdf
// writes it: its /Widths from /FirstChar, and an /Encoding that is
// WinAnsiEncoding, or a dictionary of WinAnsiEncoding (or no base encoding)
// with /Differences that name glyphs uniXXXX (a code whose name is another
// decodes to U+FFFD). Codes map to text by these names, as the font has no
// ToUnicode CMap.
func readSimpleFont(v lpdf.Value) (*font, error) {
	f := &font{name: v.Key("BaseFont").Name(), widths: map[int]float64{}, toUni: map[int]string{}}
	first := int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	if w.Kind() != lpdf.Array || first < 0 || first+w.Len() > 256 {
		return nil, fmt.Errorf("widths: first code %d and %d widths", first, w.Len())
	}
	for i := 0; i < w.Len(); i++ {
		f.widths[first+i] = w.Index(i).Float64()
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	enc := v.Key("Encoding")
	base := enc
	if enc.Kind() == lpdf.Dict {
		base = enc.Key("BaseEncoding")
	}
	switch name := base.Name(); {
	case base.Kind() == lpdf.Null:
	case name == "WinAnsiEncoding":
		for c := 0x20; c <= 0xff; c++ {
			if r := charmap.Windows1252.DecodeByte(byte(c)); r != 0xFFFD {
				f.toUni[c] = string(r)
			}
		}
	default:
		return nil, fmt.Errorf("encoding %q, want WinAnsiEncoding", name)
	}
	if enc.Kind() != lpdf.Dict {
		return f, nil
	}
	diff := enc.Key("Differences")
	c := -1
	for i := 0; i < diff.Len(); i++ {
		d := diff.Index(i)
		switch d.Kind() {
		case lpdf.Integer:
			c = int(d.Int64())
		case lpdf.Name:
			if c < 0 || c > 0xff {
				return nil, fmt.Errorf("differences: code %d", c)
			}
			f.toUni[c] = glyphText(d.Name())
			c++
		default:
			return nil, errors.New("differences: neither a code nor a name")
		}
	}
	return f, nil
}

// glyphText returns the text that a glyph name stands for when it is of the
// form uniXXXX (one or more groups of four hexadecimal digits, UTF-16 code
// units outside the surrogates) or uXXXX to uXXXXXX; else U+FFFD.
func glyphText(name string) string {
	if hex, ok := strings.CutPrefix(name, "uni"); ok && len(hex) > 0 && len(hex)%4 == 0 {
		var b strings.Builder
		for i := 0; i < len(hex); i += 4 {
			n, err := strconv.ParseUint(hex[i:i+4], 16, 16)
			if err != nil || (n >= 0xD800 && n <= 0xDFFF) || hex[i:i+4] != strings.ToUpper(hex[i:i+4]) {
				return "\uFFFD"
			}
			b.WriteRune(rune(n))
		}
		return b.String()
	}
	if hex, ok := strings.CutPrefix(name, "u"); ok && len(hex) >= 4 && len(hex) <= 6 && hex == strings.ToUpper(hex) {
		n, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && n <= 0x10FFFF && (n < 0xD800 || n > 0xDFFF) {
			return string(rune(n))
		}
	}
	return "\uFFFD"
}
