package load

import (
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/tomlpos"
)

// syntaxHints explain BurntSushi/toml's parse errors in Vietnamese, by a
// fragment of the parser's message; the first that matches wins.
var syntaxHints = []struct{ fragment, hint string }{
	{"invalid UTF-8", "tệp không phải văn bản UTF-8, hãy lưu lại tệp với bảng mã UTF-8"},
	{"NULL bytes", "tệp chứa byte 0, có lẽ được lưu với bảng mã UTF-16: hãy lưu lại tệp với bảng mã UTF-8"},
	{"control characters", "tệp chứa ký tự điều khiển, hãy xóa ký tự đó"},
	{"cannot be used as an array", "mỗi mục của danh sách bảng phải viết với hai cặp ngoặc vuông, kể cả mục đầu: [[units]]"},
	{"has already been defined", "khóa hoặc bảng này đã được khai báo ở trên"},
	{"strings cannot contain newlines", "chuỗi thiếu dấu ngoặc kép đóng trên cùng dòng"},
	{"unexpected EOF", "tệp kết thúc khi chuỗi, danh sách hoặc bảng còn thiếu dấu đóng"},
	{"expected value but found", `giá trị không hợp lệ: chuỗi phải đặt trong dấu ngoặc kép, ví dụ name = "Xã Cam Tuyền"`},
	{"to end with a newline", `sau giá trị còn ký tự thừa: mỗi khóa một dòng, chuỗi đặt trong dấu ngoặc kép (date = "18/3/2021"), số viết liền không ngăn cách hàng nghìn`},
	{"out of range for int64", "số quá lớn: số nguyên phải nhỏ hơn 9.223.372.036.854.775.808, và số liệu của kế hoạch còn nhỏ hơn nhiều"},
	{"out of range for float64", "số quá lớn"},
	{"invalid datetime", `ngày giờ không hợp lệ: ngày ban hành viết trong dấu ngoặc kép, dạng ngày/tháng/năm: date = "18/3/2021"`},
	{"Invalid TOML Datetime", `ngày giờ không hợp lệ: ngày ban hành viết trong dấu ngoặc kép, dạng ngày/tháng/năm: date = "18/3/2021"`},
	{"Invalid float", "số không hợp lệ: số nguyên viết liền, không dùng dấu chấm hay dấu phẩy ngăn cách hàng nghìn"},
	{"underscores must be surrounded by digits", "số không hợp lệ: dấu _ trong số phải đứng giữa hai chữ số"},
	{"Invalid integer", "số không hợp lệ: số nguyên viết liền, không có số 0 ở đầu"},
	{"expected a digit", "số không hợp lệ: sau dấu + hoặc - phải là chữ số"},
	{"hexadecimal digits after", `mã \u trong chuỗi phải có đủ bốn chữ số thập lục phân, ví dụ \u00E0`},
	{"table array name delimiter", "tên danh sách bảng phải đóng bằng hai dấu ]]"},
	{"expected '.' or '='", "tên khóa chỉ gồm chữ cái không dấu, chữ số, dấu _ và -, theo sau là dấu ="},
	{"key name appears blank", "thiếu tên khóa trước dấu ="},
	{"table names cannot be empty", "tên bảng không được để trống"},
	{"to end table name", "tên bảng phải đóng bằng dấu ]"},
	{"array terminator", "danh sách thiếu dấu ] đóng hoặc dấu phẩy giữa các mục"},
	{"inline table terminator", "bảng viết trên một dòng thiếu dấu } đóng hoặc dấu phẩy"},
	{"invalid escape", `dấu \ trong chuỗi phải viết thành \\`},
}

// otherSyntax explains a parse error that no hint matches.
const otherSyntax = "tệp viết sai cú pháp TOML ở chỗ này: xem lại dấu ngoặc, dấu nháy và dấu = gần đó"

// syntaxError turns a decoding error of BurntSushi/toml into an Error at the
// parser's line and column, explained in Vietnamese and followed by the
// parser's own words. The field is the key the parser was reading, when
// that is one value rather than a table.
func syntaxError(file string, data []byte, err error) dataerr.Error {
	e := dataerr.Error{File: file}
	detail := err.Error()
	var pe toml.ParseError
	if errors.As(err, &pe) {
		ix := tomlpos.New(data)
		detail = pe.Message
		e.Line = pe.Position.Line
		// The parser's line is that of the byte after a line break
		// it did not expect: the offset tells the line that lacks
		// something, and the column.
		if start := pe.Position.Start; e.Line > 0 && start >= 0 && start <= len(ix.Text()) {
			if line, col := ix.Position(start); line == e.Line || line == e.Line-1 {
				e.Line, e.Column = line, col
			}
		}
		e.Field = ix.FieldAt(pe.LastKey, pe.Position.Start)
	}
	hint := otherSyntax
	for _, h := range syntaxHints {
		if strings.Contains(detail, h.fragment) {
			hint = h.hint
			break
		}
	}
	e.Message = "lỗi cú pháp TOML: " + hint + "; chi tiết: " + strings.TrimSuffix(detail, ".")
	return e
}
