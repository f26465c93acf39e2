package plan

import (
	"fmt"
	"reflect"
	"slices"
	"unicode"
	"unicode/utf8"
)

// texts checks every string of p: no empty list entries, no text longer
// than a paragraph may be, no line breaks, no control or invisible format
// characters, and nothing the font cannot draw.
func (c *checker) texts(p *Plan) {
	eachText(reflect.ValueOf(p).Elem(), c.text)
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029'
}

// text checks one string at the path at; listed tells whether it is an
// entry of a list.
func (c *checker) text(at *fieldPath, s string, listed bool) {
	if listed && blank(s) {
		c.add(at.String(), "mục để trống: hãy điền nội dung hoặc xóa mục này")
		return
	}
	if msg, long := tooLong(s); long {
		c.add(at.String(), "%s", msg)
	}
	var reported []rune // each bad rune once per field
	broken := false
	for _, r := range s {
		if isLineBreak(r) {
			if !broken {
				broken = true
				c.lineBreak(at.String(), listed)
			}
			continue
		}
		if c.drawable(r) || slices.Contains(reported, r) {
			continue
		}
		reported = append(reported, r)
		path := at.String()
		switch {
		case unicode.IsControl(r):
			c.add(path, "ký tự điều khiển U+%04X trong văn bản: hãy xóa hoặc thay bằng dấu cách", r)
		case unicode.Is(unicode.Cf, r):
			c.add(path, "ký tự vô hình U+%04X (%s) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này", r, formatName(r))
		default:
			msg := fmt.Sprintf(`ký tự "%c" (U+%04X) không có trong phông chữ Liberation Serif`, r, r)
			if unicode.IsSpace(r) {
				msg += " (ký tự vô hình, hãy xóa)"
			}
			c.add(path, "%s", msg)
		}
	}
}

// lineBreak reports a line break in the text at path.
func (c *checker) lineBreak(path string, listed bool) {
	if listed {
		c.add(path, "xuống dòng trong đoạn văn: mỗi đoạn phải là một mục riêng, hãy tách thành nhiều mục trong danh sách")
	} else {
		c.add(path, "xuống dòng trong đoạn văn: trường này chỉ có một đoạn, hãy viết liền trên một dòng")
	}
}

// drawable reports whether r may stand in a text: not a control or format
// character, and drawn by the font. The answers for ASCII are kept.
func (c *checker) drawable(r rune) bool {
	if r < utf8.RuneSelf {
		if c.ascii[r] == 0 {
			c.ascii[r] = 2
			if c.printable(r) {
				c.ascii[r] = 1
			}
		}
		return c.ascii[r] == 1
	}
	return c.printable(r)
}

// printable is drawable without the memory.
func (c *checker) printable(r rune) bool {
	return !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) && (c.canDraw == nil || c.canDraw(r))
}

// formatName names an invisible format character in Vietnamese.
func formatName(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return "ký tự điều khiển hướng chữ"
	case r == 0xFEFF:
		return "dấu BOM"
	case r == 0x00AD:
		return "dấu gạch nối mềm"
	case r >= 0x200B && r <= 0x200D, r == 0x2060:
		return "ký tự độ rộng bằng 0"
	}
	return "ký tự định dạng"
}
