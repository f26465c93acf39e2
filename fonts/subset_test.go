package fonts

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// outline returns the outline of r in f and its advance at a size of one em
// per font unit, or ok false if f has no glyph for r.
func outline(t *testing.T, f *sfnt.Font, r rune) (segs sfnt.Segments, adv fixed.Int26_6, ok bool) {
	t.Helper()
	var buf sfnt.Buffer
	g, err := f.GlyphIndex(&buf, r)
	if err != nil || g == 0 {
		return nil, 0, false
	}
	ppem := fixed.Int26_6(f.UnitsPerEm()) << 6
	segs, err = f.LoadGlyph(&buf, g, ppem, nil)
	if err != nil {
		t.Fatalf("load glyph of %U: %v", r, err)
	}
	adv, err = f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
	if err != nil {
		t.Fatalf("advance of %U: %v", r, err)
	}
	return slices.Clone(segs), adv, true
}

// TestSubsetKeepsItsRunes cuts each face to Vietnamese letters and some
// punctuation and reads the cut back with an independent TrueType reader:
// every rune of the cut has the outline (accents included) and the advance
// width it has in the face; a rune left out has no outline; the cut is a
// fraction of the face and sums to the checksum that TrueType requires.
func TestSubsetKeepsItsRunes(t *testing.T) {
	keep := append(vietnameseLetters(t), []rune(" Aa09.,;“”–")...)
	for i, data := range [][]byte{Regular, Bold, Italic, BoldItalic} {
		cut, err := Subset(Face(i), keep)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := sfnt.Parse(cut)
		if err != nil {
			t.Fatalf("face %d: the cut does not parse: %v", i, err)
		}
		if got.NumGlyphs() != orig.NumGlyphs() {
			t.Errorf("face %d: %d glyphs, the face has %d", i, got.NumGlyphs(), orig.NumGlyphs())
		}
		for _, r := range keep {
			want, wantAdv, _ := outline(t, orig, r)
			segs, adv, ok := outline(t, got, r)
			if !ok || len(segs) == 0 && r != ' ' || !slices.Equal(segs, want) || adv != wantAdv {
				t.Errorf("face %d: %q: %d segments, advance %v; the face: %d, %v", i, r, len(segs), adv, len(want), wantAdv)
			}
		}
		for _, r := range "ßЖБ€" {
			if _, _, ok := outline(t, orig, r); !ok {
				t.Fatalf("face %d has no %q to leave out", i, r)
			}
			if segs, _, _ := outline(t, got, r); len(segs) != 0 {
				t.Errorf("face %d: %q left out, yet it has %d segments", i, r, len(segs))
			}
		}
		if len(cut) > len(data)/4 {
			t.Errorf("face %d: the cut is %d bytes, the face %d", i, len(cut), len(data))
		}
		if sum := checksum(cut); sum != 0xB1B0AFBA {
			t.Errorf("face %d: the file sums to %#x, want 0xB1B0AFBA", i, sum)
		}
		tables, err := readTables(cut)
		if err != nil {
			t.Fatal(err)
		}
		for _, tag := range []string{"GPOS", "GSUB", "kern"} {
			if tables[tag] != nil {
				t.Errorf("face %d: the cut keeps %s", i, tag)
			}
		}
	}
}

// TestSubsetReproducible: the same runes, in any order and repeated, give
// the same bytes.
func TestSubsetReproducible(t *testing.T) {
	a, err := Subset(BoldFace, []rune("Cộng hòa"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Subset(BoldFace, []rune("òahgnộC  òò"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two cuts of the same runes differ")
	}
}

// TestSubsetRefusesBrokenFiles cuts damaged copies of a face: each is
// refused with ErrSubset, none panics.
func TestSubsetRefusesBrokenFiles(t *testing.T) {
	parsed := parsedFaces()[RegularFace]
	tables, err := readTables(Regular)
	if err != nil {
		t.Fatal(err)
	}
	// at returns the offset in Regular of the table tagged tag.
	at := func(tag string) int {
		off := bytes.Index(Regular, tables[tag])
		if off < 0 {
			t.Fatalf("no %s", tag)
		}
		return off
	}
	damage := map[string]func(b []byte) []byte{
		"cut short":          func(b []byte) []byte { return b[:8] },
		"not TrueType":       func(b []byte) []byte { copy(b, "OTTO"); return b },
		"directory too long": func(b []byte) []byte { binary.BigEndian.PutUint16(b[4:], 0xffff); return b },
		"table beyond file": func(b []byte) []byte {
			binary.BigEndian.PutUint32(b[12+8:], uint32(len(b)))
			return b
		},
		"loca out of order": func(b []byte) []byte {
			loca := at("loca")
			binary.BigEndian.PutUint32(b[loca+4:], 0xffffff)
			return b
		},
		"glyphs beyond glyf": func(b []byte) []byte {
			loca, n := at("loca"), len(tables["loca"])
			binary.BigEndian.PutUint32(b[loca+n-4:], 0x7fffffff)
			return b
		},
		"too many glyphs": func(b []byte) []byte {
			binary.BigEndian.PutUint16(b[at("maxp")+4:], 0xffff)
			return b
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			_, err := subset(f(slices.Clone(Regular)), parsed, []rune("Cộng"))
			if !errors.Is(err, ErrSubset) {
				t.Errorf("got %v, want ErrSubset", err)
			}
		})
	}
	if _, err := Subset(Face(7), []rune("a")); !errors.Is(err, ErrSubset) {
		t.Errorf("face 7: got %v, want ErrSubset", err)
	}
}
