package pdftext

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf16"

	lpdf "github.com/ledongthuc/pdf"
)

// font is what the interpreter needs of a font: its widths, to advance, and
// its ToUnicode CMap or encoding, to decode.
type font struct {
	name    string
	widths  map[int]float64 // thousandths of an em, by character code
	dw      float64         // default width
	twoByte bool            // Identity-H: two bytes a code
	toUni   map[int]string  // bfchar entries, or the simple font's encoding
	ranges  []cmapRange     // bfrange entries
}

// cmapRange is one bfrange entry: codes lo..hi map to prefix followed by
// last + (code - lo). The prefix is empty but for ligatures.
type cmapRange struct {
	lo, hi int
	prefix string
	last   rune
}

// decode returns the text a character code stands for, through the
// ToUnicode CMap, or U+FFFD if the CMap does not map it.
func (f *font) decode(c int) string {
	if s, ok := f.toUni[c]; ok {
		return s
	}
	for _, rg := range f.ranges {
		if rg.lo <= c && c <= rg.hi {
			return rg.prefix + string(rg.last+rune(c-rg.lo))
		}
	}
	return "\uFFFD"
}

// readFont reads a font's widths and how its codes decode: a Type0 font's
// through its ToUnicode CMap, a simple TrueType font's through its encoding.
func readFont(v lpdf.Value) (*font, error) {
	switch st := v.Key("Subtype").Name(); st {
	case "Type0":
	case "TrueType":
		return readSimpleFont(v)
	default:
		return nil, fmt.Errorf("subtype %q, want Type0 or TrueType", st)
	}
	f := &font{name: v.Key("BaseFont").Name(), widths: map[int]float64{}, toUni: map[int]string{}}
	f.twoByte = v.Key("Encoding").Name() == "Identity-H"
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() != lpdf.Null {
		f.dw = dw.Float64()
	}
	w := desc.Key("W")
	for i := 0; i < w.Len(); {
		first := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == lpdf.Array {
			for j := 0; j < next.Len(); j++ {
				f.widths[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(w.Index(i + 1).Int64())
		if last-first > 0xFFFF {
			return nil, fmt.Errorf("widths: range %d-%d", first, last)
		}
		for c := first; c <= last; c++ {
			f.widths[c] = w.Index(i + 2).Float64()
		}
		i += 3
	}
	tu := v.Key("ToUnicode")
	if tu.Kind() != lpdf.Stream {
		return nil, errors.New("no ToUnicode CMap")
	}
	rd := tu.Reader()
	cmap, err := io.ReadAll(rd)
	rd.Close()
	if err != nil {
		return nil, fmt.Errorf("ToUnicode: %w", err)
	}
	if err := f.parseCMap(string(cmap)); err != nil {
		return nil, fmt.Errorf("ToUnicode: %w", err)
	}
	return f, nil
}

var (
	sectionRE = regexp.MustCompile(`(?s)begin(bfrange|bfchar)(.*?)end(bfrange|bfchar)`)
	hexRE     = regexp.MustCompile(`<([0-9A-Fa-f]*)>|\[`)
)

// parseCMap reads the bfchar and bfrange sections of a ToUnicode CMap.
func (f *font) parseCMap(s string) error {
	for _, m := range sectionRE.FindAllStringSubmatch(s, -1) {
		var toks []string
		for _, h := range hexRE.FindAllStringSubmatch(m[2], -1) {
			if h[0] == "[" {
				return errors.New("bfrange with an array destination")
			}
			toks = append(toks, h[1])
		}
		if m[1] == "bfchar" {
			for i := 0; i+1 < len(toks); i += 2 {
				c, err := code(toks[i])
				if err != nil {
					return err
				}
				dst, err := utf16BE(toks[i+1])
				if err != nil {
					return err
				}
				f.toUni[c] = dst
			}
			continue
		}
		for i := 0; i+2 < len(toks); i += 3 {
			lo, err := code(toks[i])
			if err != nil {
				return err
			}
			hi, err := code(toks[i+1])
			if err != nil {
				return err
			}
			dst, err := utf16BE(toks[i+2])
			if err != nil {
				return err
			}
			r := []rune(dst)
			f.ranges = append(f.ranges, cmapRange{lo, hi, string(r[:len(r)-1]), r[len(r)-1]})
		}
	}
	if len(f.toUni) == 0 && len(f.ranges) == 0 {
		return errors.New("empty CMap")
	}
	return nil
}

// code parses a character code written in hexadecimal.
func code(h string) (int, error) {
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return 0, fmt.Errorf("code <%s>: %w", h, err)
	}
	return int(n), nil
}

// utf16BE decodes a destination string written in hexadecimal UTF-16BE.
func utf16BE(h string) (string, error) {
	b, err := hex.DecodeString(h)
	if err != nil || len(b)%2 != 0 || len(b) == 0 {
		return "", fmt.Errorf("destination <%s> is not UTF-16BE", h)
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
	}
	return string(utf16.Decode(u)), nil
}
