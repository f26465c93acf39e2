package figures

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/sheet"
)

// saveHint tells a clerk how to save a sheet that kehoach reads.
const saveHint = "Lưu lại bằng Excel: Tệp → Lưu thành → CSV UTF-8 (Comma delimited)"

// separators are the separators of fields a CSV file may use, in the order
// they are tried: a comma, as the template has it; a semicolon, as Excel
// saves CSV on a Windows set for Vietnamese numbers (the comma being the
// decimal sign); a tab, as in "Unicode Text".
var separators = []rune{',', ';', '\t'}

// isCSV reports whether a sheet file named name is read as text (CSV)
// rather than as a workbook: a name ending in ".csv", or in ".txt", as
// Excel names "Unicode Text".
func isCSV(name string) bool {
	ext := filepath.Ext(name)
	return strings.EqualFold(ext, ".csv") || strings.EqualFold(ext, ".txt")
}

// readCSV reads a CSV file as a grid, or returns the one reason why it
// cannot, with how to save it. The file may be in UTF-8 (with a byte order
// mark or without), UTF-16 with a byte order mark, or Windows-1258 (the
// code page of a Windows set for Vietnamese), with its fields separated by
// commas, semicolons or tabs: the separator is the one by which the first
// row holds the most headings of the template. A first row with none of
// them, once decoded and split, is no sheet of kehoach's, or one in an
// encoding kehoach does not read (TCVN3): one problem says so.
func readCSV(data []byte, f *form) (*grid, string) {
	text, msg := decodeCSV(data)
	if msg != "" {
		return nil, msg + ". " + saveHint
	}
	sep, known := ',', 0
	for _, s := range separators {
		if n := knownHeadings(text, s); n > known {
			sep, known = s, n
		}
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	g := &grid{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Sprintf("lỗi cú pháp CSV ở dòng %d: dấu ngoặc kép không khớp hoặc đặt sai chỗ. %s", pe.Line, saveHint)
		}
		if err != nil {
			return nil, "không đọc được tệp CSV. " + saveHint
		}
		if len(g.rows) >= maxRows {
			return nil, fmt.Sprintf("bảng tính có hơn %d dòng", maxRows)
		}
		g.rows = append(g.rows, rec)
	}
	if known == 0 && len(g.rows) > 0 {
		return nil, fmt.Sprintf("không nhận ra dòng tiêu đề của tệp CSV: dòng đầu cần các cột %s. %s", f.headings(), saveHint)
	}
	return g, ""
}

// decodeCSV returns the text of a CSV file in UTF-8, composed (NFC), or
// says in Vietnamese why it is no text kehoach reads.
//
// A byte order mark tells UTF-8 and UTF-16. Without one, a file that is
// valid UTF-8 is taken as UTF-8, and any other as Windows-1258, the code
// page a Windows set for Vietnamese saves "CSV (Comma delimited)" in; it
// writes most tones as combining marks ("a" then U+0301), which the
// composing joins to the letters the headings and the plan's names have.
// A NUL byte is found in a workbook or in UTF-16 without a byte order
// mark, never in a CSV file kehoach reads.
func decodeCSV(data []byte) (string, string) {
	var text []byte
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "", "tệp có đuôi .csv nhưng là bảng tính Excel (.xlsx): đổi đuôi tên tệp thành .xlsx, hoặc lưu lại thành CSV"
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0")):
		return "", "tệp có đuôi .csv nhưng là bảng tính Excel cũ (.xls)"
	case bytes.HasPrefix(data, []byte(sheet.BOM)):
		text = data[len(sheet.BOM):]
		if !utf8.Valid(text) {
			return "", "tệp CSV ghi là UTF-8 nhưng có chữ không đúng mã UTF-8"
		}
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		var err error
		text, err = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "không đọc được tệp CSV mã UTF-16"
		}
	case bytes.IndexByte(data, 0) >= 0:
		return "", "tệp không phải CSV dạng chữ kehoach đọc được (có byte 0: bảng tính nhị phân, hoặc UTF-16 không có dấu BOM)"
	case utf8.Valid(data):
		text = data
	default:
		var err error
		text, err = charmap.Windows1258.NewDecoder().Bytes(data)
		if err != nil {
			return "", "không đọc được tệp CSV mã Windows-1258"
		}
	}
	if bytes.IndexByte(text, 0) >= 0 {
		return "", "tệp không phải CSV dạng chữ kehoach đọc được (có ký tự NUL)"
	}
	return norm.NFC.String(string(text)), ""
}

// knownHeadings returns how many cells of the first row of text, its
// fields separated by sep, are headings of the template.
func knownHeadings(text string, sep rune) int {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		return 0
	}
	n := 0
	for j, h := range rec {
		if j >= maxCols {
			break
		}
		if isHeading(headerKey(h)) {
			n++
		}
	}
	return n
}

// isHeading reports whether key, a heading as headerKey gives it, is one
// a template of any form writes, but "STT", which any table may have.
func isHeading(key string) bool {
	if key == headerKey(headerName) {
		return true
	}
	for _, f := range forms {
		if f.column(key) >= 0 {
			return true
		}
	}
	return false
}
