package load

import (
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// syntaxHints explain BurntSushi/toml's parse errors in Vietnamese, by a
// fragment of the parser's message.
var syntaxHints = []struct{ fragment, hint string }{
	{"invalid UTF-8", "tệp không phải văn bản UTF-8, hãy lưu lại tệp với bảng mã UTF-8"},
	{"control characters", "tệp chứa ký tự điều khiển, hãy xóa ký tự đó"},
	{"cannot be used as an array", "mỗi mục của danh sách bảng phải viết với hai cặp ngoặc vuông, kể cả mục đầu: [[units]]"},
	{"has already been defined", "khóa hoặc bảng này đã được khai báo ở trên"},
	{"strings cannot contain newlines", "chuỗi thiếu dấu ngoặc kép đóng trên cùng dòng"},
	{"unexpected EOF", "chuỗi thiếu dấu ngoặc đóng"},
	{"expected value but found", `giá trị không hợp lệ: chuỗi phải đặt trong dấu ngoặc kép, ví dụ name = "Xã Cam Tuyền"`},
	{"to end with a newline", `sau giá trị còn ký tự thừa: mỗi khóa một dòng, chuỗi đặt trong dấu ngoặc kép (date = "18/3/2021"), số viết liền không ngăn cách hàng nghìn`},
	{"Invalid float", "số không hợp lệ: số nguyên viết liền, không dùng dấu chấm hay dấu phẩy ngăn cách hàng nghìn"},
	{"Invalid integer", "số không hợp lệ: số nguyên viết liền, không có số 0 ở đầu"},
	{"expected '.' or '='", "tên khóa chỉ gồm chữ cái không dấu, chữ số, dấu _ và -, theo sau là dấu ="},
	{"key name appears blank", "thiếu tên khóa trước dấu ="},
	{"to end table name", "tên bảng phải đóng bằng dấu ]"},
	{"array terminator", "danh sách thiếu dấu ] đóng hoặc dấu phẩy giữa các mục"},
	{"inline table terminator", "bảng viết trên một dòng thiếu dấu } đóng hoặc dấu phẩy"},
	{"invalid escape", `dấu \ trong chuỗi phải viết thành \\`},
}

// syntaxError turns a decoding error of BurntSushi/toml into an Error at the
// parser's line, explained in Vietnamese when the slip is a usual one and
// followed by the parser's own words.
func syntaxError(file string, err error) dataerr.Error {
	detail := err.Error()
	line := 0
	var pe toml.ParseError
	if errors.As(err, &pe) {
		detail, line = pe.Message, pe.Position.Line
	}
	msg := "lỗi cú pháp TOML: "
	for _, h := range syntaxHints {
		if strings.Contains(detail, h.fragment) {
			msg += h.hint + "; "
			break
		}
	}
	return dataerr.Error{File: file, Line: line, Message: msg + "chi tiết: " + strings.TrimSuffix(detail, ".")}
}
