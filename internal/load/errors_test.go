package load

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{"data/cam-lo-2021.toml", 23, "units[5].reduction", "số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38)"},
			"data/cam-lo-2021.toml, dòng 23, trường units[5].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38)."},
		{Error{"a.toml", 0, "signer.name", "thiếu trường bắt buộc: họ và tên người ký"},
			"a.toml, trường signer.name: thiếu trường bắt buộc: họ và tên người ký."},
		{Error{"a.toml", 3, "", "lỗi cú pháp TOML: chi tiết: x."},
			"a.toml, dòng 3: lỗi cú pháp TOML: chi tiết: x."},
		{Error{"", 0, "", "có phải?"}, "có phải?"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q\nwant %q", got, tt.want)
		}
	}
	errs := Errors{tests[0].e, tests[1].e}
	if got, want := errs.Error(), tests[0].want+"\n"+tests[1].want; got != want {
		t.Errorf("Errors.Error() = %q\nwant %q", got, want)
	}
	if errs.Problems() != 2 {
		t.Errorf("Problems() = %d, want 2", errs.Problems())
	}
}

func TestErrorsAs(t *testing.T) {
	_, err := Read("bad.toml", []byte("[document]\nnumber = \n"))
	wrapped := fmt.Errorf("render: %w", err)
	if !errors.As(wrapped, &Errors{}) {
		t.Errorf("errors.As(%v, &Errors{}) = false, want true", wrapped)
	}

	_, err = ReadFile(filepath.Join(t.TempDir(), "missing.toml"))
	if err == nil || errors.As(err, &Errors{}) {
		t.Errorf("ReadFile(missing) = %v, want an error that is not Errors", err)
	}
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(missing) = %v, want it to wrap os.ErrNotExist", err)
	}
}
