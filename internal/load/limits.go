package load

import (
	"bytes"
	"fmt"
	"math"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/tomlpos"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Bounds of a data file, checked before any TOML decoder reads it: a
// decoder's time and memory grow faster than the size of some inputs (a key
// of 30,000 dotted parts in 77 KB takes minutes and gigabytes), so a hostile
// file is refused by a cheap scan first.
//
// The sample plan is 16 KB, its longest line about 600 bytes, its keys of at
// most 2 parts, its brackets nested 2 deep and it writes about 300 keys,
// tables and list entries. A plan of plan.MaxUnits units and long texts
// stays well under every bound; a file at the bounds decodes in a few
// tenths of a second.
const (
	// MaxFileSize bounds the size of a data file, in bytes: 1 MiB, sixty
	// times the sample, decodes in well under a second.
	MaxFileSize = 1 << 20
	// maxLineBytes bounds a line: a paragraph of plan.MaxTextRunes
	// Vietnamese letters written as \u escapes takes 12,000 bytes.
	maxLineBytes = 16 << 10
	// maxKeyParts bounds the parts of a dotted key ("a.b.c" has 3): the
	// deepest value, units[0].near_poor, needs 2; every part costs the
	// decoder a table.
	maxKeyParts = 4
	// maxNesting bounds the brackets [ ] and { } open at once.
	maxNesting = 8
	// maxItems bounds the keys, tables and list entries of a file: a unit
	// written in full counts 12, so that plan.MaxUnits units take 12,000.
	maxItems = 30_000
)

// scanner is the state of a scan of a data file for its bounds. It knows
// only where strings and comments start and end, to count the brackets,
// dots, keys and commas outside them; it leaves every other judgement to
// the decoder.
type scanner struct {
	data      []byte
	i         int // the next byte to read
	line      int // the line of byte i, from 1
	lineStart int // the offset of the first byte of that line
	depth     int // brackets open
	dots      int // dots since the last '=', ',', bracket or line break
	items     int // keys, tables and list entries so far
}

// checkLimits returns an Error, without its file, when data goes beyond a
// bound, or nil. It reads data once.
func checkLimits(data []byte) *dataerr.Error {
	if len(data) > MaxFileSize {
		return sizeError(int64(len(data)))
	}
	s := &scanner{data: tomlpos.TrimByteOrderMark(data), line: 1}
	for s.i < len(s.data) {
		if err := s.step(); err != nil {
			return err
		}
	}
	return s.endLine()
}

// TooLarge refuses the data file name, of size bytes, as longer than
// MaxFileSize; a size not over MaxFileSize is unknown (the file grew while
// it was read) and is said as "more than" the bound. The caller knows the
// size from the file system, so that a file is refused without being read.
func TooLarge(name string, size int64) dataerr.List {
	e := sizeError(size)
	e.File = name
	return dataerr.List{*e}
}

// sizeError refuses a file of size bytes, over MaxFileSize; a size not
// over MaxFileSize is unknown.
func sizeError(size int64) *dataerr.Error {
	long := "hơn " + vnfmt.Int(MaxFileSize)
	if size > MaxFileSize {
		long = vnfmt.Int(int(min(size, math.MaxInt)))
	}
	return &dataerr.Error{Message: fmt.Sprintf(
		"tệp dữ liệu dài %s byte, quá giới hạn %s byte (1 MiB) của một tệp kế hoạch", long, vnfmt.Int(MaxFileSize))}
}

// step reads one token: a byte outside strings and comments, a whole
// string or a whole comment.
func (s *scanner) step() *dataerr.Error {
	c := s.data[s.i]
	switch c {
	case '\n':
		if err := s.endLine(); err != nil {
			return err
		}
		s.i++
		s.line, s.lineStart, s.dots = s.line+1, s.i, 0
		return nil
	case '#':
		return s.skipUntil("\n", false, false)
	case '"', '\'':
		quote := string(c)
		if bytes.HasPrefix(s.data[s.i:], []byte{c, c, c}) {
			s.i += 3
			return s.skipUntil(quote+quote+quote, c == '"', true)
		}
		s.i++
		return s.skipUntil(quote, c == '"', false)
	case '[', '{':
		s.depth++
		s.dots = 0
		if s.depth > maxNesting {
			return s.refuse(fmt.Sprintf("lồng quá %d cấp ngoặc [ ] hoặc { }: dữ liệu kế hoạch không cần lồng sâu như vậy", maxNesting))
		}
		if err := s.count(); err != nil {
			return err
		}
	case ']', '}':
		s.depth = max(0, s.depth-1)
		s.dots = 0
	case '.':
		s.dots++
		if s.dots >= maxKeyParts {
			return s.refuse(fmt.Sprintf("khóa gồm quá %d phần nối bằng dấu chấm", maxKeyParts))
		}
	case '=', ',':
		s.dots = 0
		if err := s.count(); err != nil {
			return err
		}
	}
	s.i++
	return nil
}

// count counts one key, table or list entry.
func (s *scanner) count() *dataerr.Error {
	s.items++
	if s.items > maxItems {
		return s.refuse(fmt.Sprintf("tệp có quá %s khóa, bảng và mục danh sách", vnfmt.Int(maxItems)))
	}
	return nil
}

// skipUntil moves past the next end, or to the end of the line when
// multiline is false and the line ends first (the decoder will report the
// unclosed string), or to the end of the data. escapes tells whether a
// backslash escapes the byte after it. Lines crossed are checked and
// counted.
func (s *scanner) skipUntil(end string, escapes, multiline bool) *dataerr.Error {
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '\n' && !multiline:
			return nil
		case c == '\n':
			if err := s.endLine(); err != nil {
				return err
			}
			s.i++
			s.line, s.lineStart = s.line+1, s.i
			continue
		case escapes && c == '\\':
			if s.i+1 < len(s.data) && s.data[s.i+1] != '\n' {
				s.i++
			}
		case c == end[0] && bytes.HasPrefix(s.data[s.i:], []byte(end)):
			s.i += len(end)
			// A multi-line string may end with up to two quotes
			// of its own before its closing three.
			for n := 0; multiline && n < 2 && s.i < len(s.data) && s.data[s.i] == end[0]; n++ {
				s.i++
			}
			return nil
		}
		s.i++
	}
	return nil
}

// endLine checks the length of the line that ends at byte i.
func (s *scanner) endLine() *dataerr.Error {
	if n := s.i - s.lineStart; n > maxLineBytes {
		return &dataerr.Error{Line: s.line, Message: fmt.Sprintf(
			"dòng dài %s byte, quá giới hạn %s byte: hãy tách đoạn văn dài thành nhiều đoạn",
			vnfmt.Int(n), vnfmt.Int(maxLineBytes))}
	}
	return nil
}

// refuse returns an Error at byte i.
func (s *scanner) refuse(msg string) *dataerr.Error {
	return &dataerr.Error{Line: s.line, Column: tomlpos.Column(s.data[s.lineStart:s.i]), Message: msg}
}
