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

// subset cuts the TrueType file data, parsed as font, to the glyphs of runes.
func subset(data []byte, font *sfnt.Font, runes []rune) ([]byte, error) {
	src, err := newSource(data, font)
	if err != nil {
		return nil, err
	}
	return src.cut(runes)
}

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
		// The letters are built from about 60 glyphs: the base letters,
		// the marks and the precomposed letters of the face.
		if n := got.NumGlyphs(); n > len(keep)+60 {
			t.Errorf("face %d: %d glyphs for %d runes, the face has %d", i, n, len(keep), orig.NumGlyphs())
		}
		var buf sfnt.Buffer
		for _, id := range []sfnt.NameID{sfnt.NameIDFamily, sfnt.NameIDPostScript} {
			want, _ := orig.Name(&buf, id)
			if name, err := got.Name(&buf, id); err != nil || name != want || name == "" {
				t.Errorf("face %d: name %d is %q (%v), want %q", i, id, name, err, want)
			}
		}
		if name, err := got.Name(&buf, sfnt.NameIDLicense); err == nil && name != "" {
			t.Errorf("face %d keeps its license text, %d bytes", i, len(name))
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
		if !bytes.Equal(tables["prep"], dropoutControl) {
			t.Errorf("face %d: control value program % x, want dropout control alone", i, tables["prep"])
		}
		for _, tag := range []string{"GPOS", "GSUB", "kern", "fpgm", "cvt ", "gasp"} {
			if tables[tag] != nil {
				t.Errorf("face %d: the cut keeps %s", i, tag)
			}
		}
	}
}

// TestSubsetDropsInstructions: no glyph of a cut keeps its hinting
// instructions, a simple glyph ("a") and a composite one ("ộ") alike, and the
// outlines of the cut take less than half the bytes of the face's.
func TestSubsetDropsInstructions(t *testing.T) {
	runes := []rune("aộ")
	cut, err := Subset(RegularFace, runes)
	if err != nil {
		t.Fatal(err)
	}
	tables, err := readTables(cut)
	if err != nil {
		t.Fatal(err)
	}
	n := int(binary.BigEndian.Uint16(tables["maxp"][4:]))
	loca, err := readLoca(tables["loca"], n, binary.BigEndian.Uint16(tables["head"][50:]) == 1)
	if err != nil {
		t.Fatal(err)
	}
	glyf := tables["glyf"]
	composites := 0
	for g := range n {
		data := glyf[loca[g]:loca[g+1]]
		if len(data) == 0 {
			continue
		}
		contours := int(int16(binary.BigEndian.Uint16(data)))
		if contours < 0 {
			composites++
			p := data[10:]
			for {
				flags := binary.BigEndian.Uint16(p)
				if flags&weHaveInstructions != 0 {
					t.Errorf("composite glyph %d keeps instructions", g)
				}
				if flags&moreComponents == 0 {
					break
				}
				p = p[componentSize(flags):]
			}
			continue
		}
		if l := binary.BigEndian.Uint16(data[10+2*contours:]); l != 0 {
			t.Errorf("glyph %d keeps %d bytes of instructions", g, l)
		}
	}
	if composites == 0 {
		t.Error("no composite glyph in the cut")
	}
	// The same glyphs in the face.
	orig, err := readTables(Regular)
	if err != nil {
		t.Fatal(err)
	}
	size := 0
	parsed := parsedFaces()[RegularFace]
	origLoca, err := readLoca(orig["loca"], parsed.NumGlyphs(), binary.BigEndian.Uint16(orig["head"][50:]) == 1)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	for _, r := range "ao" {
		g, _ := parsed.GlyphIndex(&buf, r)
		size += origLoca[g+1] - origLoca[g]
	}
	if len(glyf) > size {
		t.Errorf("the outlines of the cut take %d bytes, the face's outlines of a and o alone %d", len(glyf), size)
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
		"names beyond the table": func(b []byte) []byte {
			binary.BigEndian.PutUint16(b[at("name")+2:], 0xfff)
			return b
		},
		"instructions beyond the glyph": func(b []byte) []byte {
			parsed := parsedFaces()[RegularFace]
			var buf sfnt.Buffer
			g, _ := parsed.GlyphIndex(&buf, 'C')
			loca, err := readLoca(tables["loca"], parsed.NumGlyphs(), binary.BigEndian.Uint16(tables["head"][50:]) == 1)
			if err != nil {
				t.Fatal(err)
			}
			glyph := at("glyf") + loca[g]
			contours := int(binary.BigEndian.Uint16(b[glyph:]))
			binary.BigEndian.PutUint16(b[glyph+10+2*contours:], 0xffff)
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

// BenchmarkSubset cuts the upright face to the characters of a plan's body
// text, as a document drawn with the simple fonts does.
func BenchmarkSubset(b *testing.B) {
	runes := append(vietnameseLetters(b), []rune(" !%()+,-./0123456789:;ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz“”–")...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Subset(RegularFace, runes); err != nil {
			b.Fatal(err)
		}
	}
}
