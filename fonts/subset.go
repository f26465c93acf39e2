package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/image/font/sfnt"
)

// ErrSubset is returned when a face cannot be cut: its tables are not laid
// out as a TrueType font's must be.
var ErrSubset = errors.New("malformed TrueType tables")

// Subset returns face f cut down to the glyphs of runes, for embedding in a
// document: a TrueType file whose other glyphs are empty.
//
// The cut keeps every glyph number, so the character map, the advance widths
// and the hinting stay those of the face, unchanged; only the outlines of the
// glyphs that no rune of runes needs are dropped (a glyph built from others,
// such as "ộ" from "o" and two marks, keeps the glyphs it is built from).
// The tables that a document's reader never uses are left out: glyph
// positioning and substitution (the text is set by its advance widths) and
// the glyph names (a reader finds glyphs through the character map). The
// result depends on f and runes alone.
func Subset(f Face, runes []rune) ([]byte, error) {
	if f < RegularFace || f > BoldItalicFace {
		return nil, fmt.Errorf("subset: face %d: %w", f, ErrSubset)
	}
	out, err := subset(f.File(), parsedFaces()[f], runes)
	if err != nil {
		return nil, fmt.Errorf("subset: face %d: %w", f, err)
	}
	return out, nil
}

// keptTables are the tables that a cut keeps, in the order of their tags
// (the order a table directory lists them in).
var keptTables = []string{"OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"}

// subset cuts the TrueType file data, parsed as font, to the glyphs of runes.
func subset(data []byte, font *sfnt.Font, runes []rune) ([]byte, error) {
	tables, err := readTables(data)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp", "cmap"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("no %q table: %w", tag, ErrSubset)
		}
	}
	head, maxp := tables["head"], tables["maxp"]
	if len(head) < 54 || len(maxp) < 6 {
		return nil, ErrSubset
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	loca, err := readLoca(tables["loca"], numGlyphs, binary.BigEndian.Uint16(head[50:]) == 1)
	if err != nil {
		return nil, err
	}
	glyf := tables["glyf"]
	if loca[numGlyphs] > len(glyf) {
		return nil, fmt.Errorf("glyph data beyond the glyf table: %w", ErrSubset)
	}

	// The glyphs to keep: .notdef, the runes' and their components.
	keep := make([]bool, numGlyphs)
	keep[0] = true
	var buf sfnt.Buffer
	var todo []int
	for _, r := range runes {
		g, err := font.GlyphIndex(&buf, r)
		if err != nil {
			return nil, fmt.Errorf("glyph of %U: %w", r, err)
		}
		todo = append(todo, int(g))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if g <= 0 || g >= numGlyphs || keep[g] {
			continue
		}
		keep[g] = true
		todo, err = appendComponents(todo, glyf[loca[g]:loca[g+1]])
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", g, err)
		}
	}

	// The new glyf and loca tables: each kept glyph's outline padded to
	// four bytes, every other glyph empty. The short loca form (offsets
	// halved, in 16 bits) holds offsets below 128 KB.
	var newGlyf []byte
	offsets := make([]int, numGlyphs+1)
	for g := range numGlyphs {
		offsets[g] = len(newGlyf)
		if keep[g] {
			newGlyf = append(newGlyf, glyf[loca[g]:loca[g+1]]...)
			for len(newGlyf)%4 != 0 {
				newGlyf = append(newGlyf, 0)
			}
		}
	}
	offsets[numGlyphs] = len(newGlyf)
	long := len(newGlyf) >= 0x20000
	var newLoca []byte
	for _, o := range offsets {
		if long {
			newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(o))
		} else {
			newLoca = binary.BigEndian.AppendUint16(newLoca, uint16(o/2))
		}
	}
	newHead := slices.Clone(head)
	binary.BigEndian.PutUint32(newHead[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(newHead[50:], 0) // indexToLocFormat: short
	if long {
		binary.BigEndian.PutUint16(newHead[50:], 1)
	}

	out := map[string][]byte{"glyf": newGlyf, "loca": newLoca, "head": newHead}
	if post := tables["post"]; len(post) >= 32 {
		// Version 3: the header alone, without glyph names.
		p := slices.Clone(post[:32])
		binary.BigEndian.PutUint32(p, 0x00030000)
		out["post"] = p
	}
	for _, tag := range keptTables {
		if out[tag] == nil && tables[tag] != nil {
			out[tag] = tables[tag]
		}
	}
	return writeTables(out), nil
}

// readTables returns the tables of a TrueType file by tag, each a slice of
// data.
func readTables(data []byte) (map[string][]byte, error) {
	if len(data) < 12 || binary.BigEndian.Uint32(data) != 0x00010000 {
		return nil, fmt.Errorf("not a TrueType file: %w", ErrSubset)
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, fmt.Errorf("table directory cut short: %w", ErrSubset)
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || length < 0 || off > len(data) || length > len(data)-off {
			return nil, fmt.Errorf("table %q beyond the file: %w", tag, ErrSubset)
		}
		tables[tag] = data[off : off+length]
	}
	return tables, nil
}

// readLoca returns the numGlyphs+1 offsets of a loca table into the glyf
// table, checked to be in order.
func readLoca(loca []byte, numGlyphs int, long bool) ([]int, error) {
	size := 2
	if long {
		size = 4
	}
	if len(loca) < size*(numGlyphs+1) {
		return nil, fmt.Errorf("loca table cut short: %w", ErrSubset)
	}
	offsets := make([]int, numGlyphs+1)
	for g := range offsets {
		if long {
			offsets[g] = int(binary.BigEndian.Uint32(loca[4*g:]))
		} else {
			offsets[g] = 2 * int(binary.BigEndian.Uint16(loca[2*g:]))
		}
		if g > 0 && offsets[g] < offsets[g-1] {
			return nil, fmt.Errorf("loca offsets out of order: %w", ErrSubset)
		}
	}
	return offsets, nil
}

// Flags of a component of a composite glyph (the OpenType glyf table).
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// appendComponents appends to todo the glyphs that glyph g, outline data
// g, is built from: none unless it is a composite glyph.
func appendComponents(todo []int, g []byte) ([]int, error) {
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) >= 0 {
		return todo, nil
	}
	p := g[10:]
	for {
		if len(p) < 4 {
			return nil, fmt.Errorf("composite glyph cut short: %w", ErrSubset)
		}
		flags := binary.BigEndian.Uint16(p)
		todo = append(todo, int(binary.BigEndian.Uint16(p[2:])))
		n := 4 + 2
		if flags&argsAreWords != 0 {
			n = 4 + 4
		}
		switch {
		case flags&haveScale != 0:
			n += 2
		case flags&haveXYScale != 0:
			n += 4
		case flags&haveTwoByTwo != 0:
			n += 8
		}
		if len(p) < n {
			return nil, fmt.Errorf("composite glyph cut short: %w", ErrSubset)
		}
		if flags&moreComponents == 0 {
			return todo, nil
		}
		p = p[n:]
	}
}

// writeTables writes a TrueType file of tables: the table directory, then
// each table in the order of its tag, padded to four bytes. It sets the
// head table's checkSumAdjustment, which must be zero in tables["head"],
// so that the whole file sums to 0xB1B0AFBA.
func writeTables(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 0
	for tag, t := range tables {
		tags = append(tags, tag)
		size += (len(t) + 3) &^ 3
	}
	slices.Sort(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector
	file := make([]byte, 12+16*n, 12+16*n+size)
	binary.BigEndian.PutUint32(file, 0x00010000)
	binary.BigEndian.PutUint16(file[4:], uint16(n))
	binary.BigEndian.PutUint16(file[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(file[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(file[10:], uint16(16*n-searchRange))
	head := -1
	for i, tag := range tags {
		t := tables[tag]
		if tag == "head" {
			head = len(file)
		}
		rec := file[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(t))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(file)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		file = append(file, t...)
		for len(file)%4 != 0 {
			file = append(file, 0)
		}
	}
	if head >= 0 {
		binary.BigEndian.PutUint32(file[head+8:], 0xB1B0AFBA-checksum(file))
	}
	return file
}

// checksum returns the TrueType checksum of b: the sum of its big-endian
// 32-bit words, the last padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}
