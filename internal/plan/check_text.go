package plan

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"
)

// texts checks every string of p: no empty list entries, no line breaks, no
// control characters, and nothing the font cannot draw.
func (c *checker) texts(p *Plan) {
	eachText(reflect.ValueOf(p).Elem(), "", c.text)
}

// lineBreaks are the characters that end a line.
const lineBreaks = "\n\r\u0085\u2028\u2029"

// text checks one string at path; listed tells whether it is an entry of a
// list.
func (c *checker) text(path, s string, listed bool) {
	if listed && blank(s) {
		c.add(path, "mục để trống: hãy điền nội dung hoặc xóa mục này")
		return
	}
	if strings.ContainsAny(s, lineBreaks) {
		if listed {
			c.add(path, "xuống dòng trong đoạn văn: mỗi đoạn phải là một mục riêng, hãy tách thành nhiều mục trong danh sách")
		} else {
			c.add(path, "xuống dòng trong đoạn văn: trường này chỉ có một đoạn, hãy viết liền trên một dòng")
		}
	}
	var reported []rune // each bad rune once per field
	for _, r := range s {
		bad := unicode.IsControl(r) || c.canDraw != nil && !c.canDraw(r)
		if !bad || strings.ContainsRune(lineBreaks, r) || slices.Contains(reported, r) {
			continue
		}
		reported = append(reported, r)
		switch {
		case unicode.IsControl(r):
			c.add(path, "ký tự điều khiển U+%04X trong văn bản: hãy xóa hoặc thay bằng dấu cách", r)
		case c.canDraw != nil && !c.canDraw(r):
			msg := fmt.Sprintf(`ký tự "%c" (U+%04X) không có trong phông chữ Liberation Serif`, r, r)
			if unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) {
				msg += " (ký tự vô hình, hãy xóa)"
			}
			c.add(path, "%s", msg)
		}
	}
}
