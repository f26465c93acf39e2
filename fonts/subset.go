package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"golang.org/x/image/font/sfnt"
)

// ErrSubset is returned when a face cannot be cut: its tables are not laid
// out as a TrueType font's must be.
var ErrSubset = errors.New("malformed TrueType tables")

// Subset returns face f cut down to the glyphs of runes, for embedding in a
// document: a TrueType file of those glyphs alone, renumbered, with a
// character map of runes.
//
// The cut keeps .notdef (glyph 0), the glyphs of runes and the glyphs that
// they are built from (such as "o" and two marks for "ộ"), in the order
// they have in the face, each with its outline and advance width unchanged;
// its character map (Windows, Unicode BMP) maps each rune of runes to its
// glyph. Left out are what a document's reader never uses: the hinting
// (instructions, which printers and most PDF readers' rasterizers do
// without and which are most of a glyph's bytes; only dropout control is
// kept, see dropoutControl), glyph positioning and
// substitution (the text is set by its advance widths) and the glyph names
// (a reader finds glyphs through the character map). The result depends on
// f and the set of runes alone.
func Subset(f Face, runes []rune) ([]byte, error) {
	if f < RegularFace || f > BoldItalicFace {
		return nil, fmt.Errorf("subset: face %d: %w", f, ErrSubset)
	}
	src, err := sources[f]()
	if err == nil {
		var out []byte
		if out, err = src.cut(runes); err == nil {
			return out, nil
		}
	}
	return nil, fmt.Errorf("subset: face %d: %w", f, err)
}

// sources holds each face read for cutting, read on first use.
var sources = func() (s [4]func() (*source, error)) {
	for f := range s {
		s[f] = sync.OnceValues(func() (*source, error) {
			return newSource(Face(f).File(), parsedFaces()[f])
		})
	}
	return s
}()

// dropoutControl is the control value program (prep table) of a cut: it
// turns on dropout control at every size (SCANCTRL 0x01FF) with the rule
// that keeps stubs too (SCANTYPE 4), the usual setting, so that a
// rasterizer that grid-fits the outlines (Ghostscript, Windows) does not
// lose a thin stroke, such as the bar of "H" or "T", at screen resolution.
// The rest of the face's hinting is left out.
var dropoutControl = []byte{
	0xB8, 0x01, 0xFF, // PUSHW[0] 0x01FF
	0x85,       // SCANCTRL
	0xB0, 0x04, // PUSHB[0] 4
	0x8D, // SCANTYPE
}

// keptTables are the tables of the face that a cut copies as they are.
var keptTables = []string{"OS/2"}

// source is a TrueType file read for cutting, its tables checked.
type source struct {
	font       *sfnt.Font
	tables     map[string][]byte
	loca       []int // the numGlyphs+1 offsets of the glyphs into glyf
	numGlyphs  int
	numMetrics int // the number of full entries of hmtx
	name       []byte
}

// newSource reads the TrueType file data, parsed as font, for cutting.
func newSource(data []byte, font *sfnt.Font) (*source, error) {
	tables, err := readTables(data)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"glyf", "head", "hhea", "hmtx", "loca", "maxp"} {
		if tables[tag] == nil {
			return nil, fmt.Errorf("no %q table: %w", tag, ErrSubset)
		}
	}
	head, hhea, maxp := tables["head"], tables["hhea"], tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, ErrSubset
	}
	s := &source{font: font, tables: tables}
	s.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	if s.loca, err = readLoca(tables["loca"], s.numGlyphs, binary.BigEndian.Uint16(head[50:]) == 1); err != nil {
		return nil, err
	}
	if s.loca[s.numGlyphs] > len(tables["glyf"]) {
		return nil, fmt.Errorf("glyph data beyond the glyf table: %w", ErrSubset)
	}
	s.numMetrics = int(binary.BigEndian.Uint16(hhea[34:]))
	if s.numMetrics < 1 || s.numMetrics > s.numGlyphs || len(tables["hmtx"]) < 4*s.numMetrics+2*(s.numGlyphs-s.numMetrics) {
		return nil, fmt.Errorf("hmtx table cut short: %w", ErrSubset)
	}
	if name := tables["name"]; name != nil {
		if s.name, err = cutNames(name); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// mapping is a rune of a cut and its glyph.
type mapping struct {
	r rune
	g int
}

// cut cuts s to the glyphs of runes.
func (s *source) cut(runes []rune) ([]byte, error) {
	glyf, hmtx := s.tables["glyf"], s.tables["hmtx"]
	// The glyphs to keep: .notdef, the runes' and their components.
	keep := make([]bool, s.numGlyphs)
	keep[0] = true
	var buf sfnt.Buffer
	todo := make([]int, 0, len(runes))
	cmap := make([]mapping, 0, len(runes))
	for _, r := range runes {
		g, err := s.font.GlyphIndex(&buf, r)
		if err != nil {
			return nil, fmt.Errorf("glyph of %U: %w", r, err)
		}
		if g != 0 && r >= 0 && r < 0xFFFF {
			cmap = append(cmap, mapping{r, int(g)})
		}
		todo = append(todo, int(g))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if g <= 0 || g >= s.numGlyphs || keep[g] {
			continue
		}
		keep[g] = true
		var err error
		todo, err = appendComponents(todo, glyf[s.loca[g]:s.loca[g+1]])
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", g, err)
		}
	}
	// The new number of each kept glyph, in the face's order.
	newID := make([]uint16, s.numGlyphs)
	kept, size := 0, 0
	for g, k := range keep {
		if k {
			newID[g] = uint16(kept)
			kept++
			size += (s.loca[g+1] - s.loca[g] + 3) &^ 3
		}
	}

	// The new glyf, loca and hmtx: each kept glyph's outline without its
	// instructions, its components renumbered, padded to four bytes; the
	// short loca form (offsets halved, in 16 bits) holds offsets below
	// 128 KB.
	newGlyf := make([]byte, 0, size)
	newHmtx := make([]byte, 0, 4*kept)
	offsets := make([]int, 0, kept+1)
	for g, k := range keep {
		if !k {
			continue
		}
		offsets = append(offsets, len(newGlyf))
		var err error
		newGlyf, err = appendGlyph(newGlyf, glyf[s.loca[g]:s.loca[g+1]], newID)
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", g, err)
		}
		for len(newGlyf)%4 != 0 {
			newGlyf = append(newGlyf, 0)
		}
		m := min(g, s.numMetrics-1)
		newHmtx = append(newHmtx, hmtx[4*m:4*m+2]...) // advance width
		if g < s.numMetrics {
			newHmtx = append(newHmtx, hmtx[4*g+2:4*g+4]...)
		} else {
			lsb := 4*s.numMetrics + 2*(g-s.numMetrics)
			newHmtx = append(newHmtx, hmtx[lsb:lsb+2]...)
		}
	}
	offsets = append(offsets, len(newGlyf))
	long := len(newGlyf) >= 0x20000
	newLoca := make([]byte, 0, 4*len(offsets))
	for _, o := range offsets {
		if long {
			newLoca = binary.BigEndian.AppendUint32(newLoca, uint32(o))
		} else {
			newLoca = binary.BigEndian.AppendUint16(newLoca, uint16(o/2))
		}
	}
	newHead := slices.Clone(s.tables["head"])
	binary.BigEndian.PutUint32(newHead[8:], 0)  // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(newHead[50:], 0) // indexToLocFormat: short
	if long {
		binary.BigEndian.PutUint16(newHead[50:], 1)
	}
	newHhea := slices.Clone(s.tables["hhea"][:36])
	binary.BigEndian.PutUint16(newHhea[34:], uint16(kept)) // numberOfHMetrics
	// The maxima of maxp stay those of the face: bounds, still true of
	// the cut.
	newMaxp := slices.Clone(s.tables["maxp"])
	binary.BigEndian.PutUint16(newMaxp[4:], uint16(kept))

	for i := range cmap {
		cmap[i].g = int(newID[cmap[i].g])
	}
	out := map[string][]byte{
		"glyf": newGlyf, "loca": newLoca, "hmtx": newHmtx, "head": newHead,
		"hhea": newHhea, "maxp": newMaxp,
	}
	var err error
	if out["cmap"], err = writeCmap(cmap); err != nil {
		return nil, err
	}
	if post := s.tables["post"]; len(post) >= 32 {
		// Version 3: the header alone, without glyph names.
		p := slices.Clone(post[:32])
		binary.BigEndian.PutUint32(p, 0x00030000)
		out["post"] = p
	}
	if s.name != nil {
		out["name"] = s.name
	}
	out["prep"] = dropoutControl
	for _, tag := range keptTables {
		if t := s.tables[tag]; t != nil {
			out[tag] = t
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
		n := componentSize(flags)
		if len(p) < n {
			return nil, fmt.Errorf("composite glyph cut short: %w", ErrSubset)
		}
		if flags&moreComponents == 0 {
			return todo, nil
		}
		p = p[n:]
	}
}

// lastKeptName is the last name of the name table that a cut keeps: the
// copyright notice (name 0), the family, style, unique and full names, the
// version and the PostScript name (6). The longer names after them (the
// trademark, the designers, the description, the license and their
// addresses) stay with the face.
const lastKeptName = 6

// cutNames returns the name table t with the names up to lastKeptName alone.
func cutNames(t []byte) ([]byte, error) {
	if len(t) < 6 {
		return nil, fmt.Errorf("name table cut short: %w", ErrSubset)
	}
	count := int(binary.BigEndian.Uint16(t[2:]))
	strs := int(binary.BigEndian.Uint16(t[4:]))
	if binary.BigEndian.Uint16(t) != 0 || len(t) < 6+12*count || strs > len(t) {
		return nil, fmt.Errorf("name table of an unknown form: %w", ErrSubset)
	}
	var records, texts []byte
	kept := 0
	for i := range count {
		rec := t[6+12*i : 6+12*i+12]
		if binary.BigEndian.Uint16(rec[6:]) > lastKeptName {
			continue
		}
		n, off := int(binary.BigEndian.Uint16(rec[8:])), strs+int(binary.BigEndian.Uint16(rec[10:]))
		if off+n > len(t) {
			return nil, fmt.Errorf("name beyond the name table: %w", ErrSubset)
		}
		records = append(records, rec[:10]...)
		records = binary.BigEndian.AppendUint16(records, uint16(len(texts)))
		texts = append(texts, t[off:off+n]...)
		kept++
	}
	out := binary.BigEndian.AppendUint16(nil, 0)
	out = binary.BigEndian.AppendUint16(out, uint16(kept))
	out = binary.BigEndian.AppendUint16(out, uint16(6+12*kept))
	out = append(out, records...)
	return append(out, texts...), nil
}

// weHaveInstructions is the flag of a composite glyph's component that says
// instructions follow the last component.
const weHaveInstructions = 0x0100

// appendGlyph appends to dst the outline data g of a glyph without its
// instructions, the glyphs that a composite glyph is built from renumbered
// by newID.
func appendGlyph(dst, g []byte, newID []uint16) ([]byte, error) {
	if len(g) == 0 {
		return dst, nil
	}
	if len(g) < 10 {
		return nil, fmt.Errorf("glyph cut short: %w", ErrSubset)
	}
	contours := int(int16(binary.BigEndian.Uint16(g)))
	if contours >= 0 {
		// A simple glyph: the header, the ends of its contours, the
		// length of its instructions, the instructions, the points.
		ends := 10 + 2*contours
		if len(g) < ends+2 {
			return nil, fmt.Errorf("glyph cut short: %w", ErrSubset)
		}
		points := ends + 2 + int(binary.BigEndian.Uint16(g[ends:]))
		if len(g) < points {
			return nil, fmt.Errorf("glyph instructions cut short: %w", ErrSubset)
		}
		dst = append(dst, g[:ends]...)
		dst = append(dst, 0, 0)
		return append(dst, g[points:]...), nil
	}
	dst = append(dst, g[:10]...)
	p := g[10:]
	for {
		if len(p) < 4 {
			return nil, fmt.Errorf("composite glyph cut short: %w", ErrSubset)
		}
		flags := binary.BigEndian.Uint16(p)
		n := componentSize(flags)
		if len(p) < n {
			return nil, fmt.Errorf("composite glyph cut short: %w", ErrSubset)
		}
		c := int(binary.BigEndian.Uint16(p[2:]))
		if c >= len(newID) {
			return nil, fmt.Errorf("component %d beyond the glyphs: %w", c, ErrSubset)
		}
		dst = binary.BigEndian.AppendUint16(dst, flags&^weHaveInstructions)
		dst = binary.BigEndian.AppendUint16(dst, newID[c])
		dst = append(dst, p[4:n]...)
		if flags&moreComponents == 0 {
			return dst, nil
		}
		p = p[n:]
	}
}

// componentSize returns the length of a composite glyph's component whose
// flags are flags.
func componentSize(flags uint16) int {
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
	return n
}

// writeCmap returns a character map table that maps each rune of maps,
// all below U+FFFF, to its glyph: one subtable (Windows, Unicode BMP) of
// format 4, a segment for each run of consecutive runes whose glyphs are
// consecutive too. It sorts maps.
func writeCmap(maps []mapping) ([]byte, error) {
	slices.SortFunc(maps, func(a, b mapping) int { return int(a.r - b.r) })
	maps = slices.CompactFunc(maps, func(a, b mapping) bool { return a.r == b.r })
	type segment struct{ start, end, delta int }
	var segs []segment
	for _, m := range maps {
		r, d := int(m.r), m.g-int(m.r)
		if n := len(segs); n > 0 && segs[n-1].end == r-1 && segs[n-1].delta == d {
			segs[n-1].end = r
			continue
		}
		segs = append(segs, segment{r, r, d})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1}) // the final segment, to .notdef
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, fmt.Errorf("character map of %d runes too long: %w", len(maps), ErrSubset)
	}
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 2 << entrySelector
	t := make([]byte, 0, 12+length)
	t = binary.BigEndian.AppendUint16(t, 0) // version
	t = binary.BigEndian.AppendUint16(t, 1) // one subtable
	t = binary.BigEndian.AppendUint16(t, 3) // Windows
	t = binary.BigEndian.AppendUint16(t, 1) // Unicode BMP
	t = binary.BigEndian.AppendUint32(t, 12)
	for _, v := range []int{4, length, 0, 2 * n, searchRange, entrySelector, 2*n - searchRange} {
		t = binary.BigEndian.AppendUint16(t, uint16(v))
	}
	for _, s := range segs {
		t = binary.BigEndian.AppendUint16(t, uint16(s.end))
	}
	t = binary.BigEndian.AppendUint16(t, 0) // reservedPad
	for _, s := range segs {
		t = binary.BigEndian.AppendUint16(t, uint16(s.start))
	}
	for _, s := range segs {
		t = binary.BigEndian.AppendUint16(t, uint16(s.delta)) // modulo 65536
	}
	for range segs {
		t = binary.BigEndian.AppendUint16(t, 0) // idRangeOffset: none
	}
	return t, nil
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
