package dataerr

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "data/cam-lo-2021.toml", Line: 23, Field: "units[5].reduction", Message: "số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38)"},
			"data/cam-lo-2021.toml, dòng 23, trường units[5].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38)."},
		{Error{File: "a.toml", Field: "signer.name", Message: "thiếu trường bắt buộc: họ và tên người ký"},
			"a.toml, trường signer.name: thiếu trường bắt buộc: họ và tên người ký."},
		{Error{File: "a.toml", Line: 3, Column: 7, Message: "lỗi cú pháp TOML: chi tiết: x."},
			"a.toml, dòng 3, cột 7: lỗi cú pháp TOML: chi tiết: x."},
		{Error{File: "so-lieu.xlsx", Sheet: "Số liệu", Cell: "C7", Field: "units[4].households", Message: "ô để trống"},
			`so-lieu.xlsx, trang tính "Số liệu", ô C7, trường units[4].households: ô để trống.`},
		{Error{Message: "có phải?"}, "có phải?"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q\nwant %q", got, tt.want)
		}
	}
	l := List{tests[0].e, tests[1].e}
	if got, want := l.Error(), tests[0].want+"\n"+tests[1].want; got != want {
		t.Errorf("List.Error() = %q\nwant %q", got, want)
	}
}

func TestListAs(t *testing.T) {
	wrapped := fmt.Errorf("build: %w", List{{File: "a.toml", Message: "x"}})
	var l List
	if !errors.As(wrapped, &l) || len(l) != 1 {
		t.Errorf("errors.As(%v, &List{}) = false, want true", wrapped)
	}
}
