package plan

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		iso  string
	}{
		{"18/3/2021", Date{2021, 3, 18}, "2021-03-18"},
		{"18/03/2021", Date{2021, 3, 18}, "2021-03-18"},
		{"05/01/2021", Date{2021, 1, 5}, "2021-01-05"},
		{"5/1/2021", Date{2021, 1, 5}, "2021-01-05"},
		{"29/2/2024", Date{2024, 2, 29}, "2024-02-29"},
		{"29/2/2000", Date{2000, 2, 29}, "2000-02-29"},
		{"31/12/2020", Date{2020, 12, 31}, "2020-12-31"},
		{"30/4/2021", Date{2021, 4, 30}, "2021-04-30"},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if got.ISO() != tt.iso {
			t.Errorf("ParseDate(%q).ISO() = %q, want %q", tt.in, got.ISO(), tt.iso)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"31/4/2021", ErrDateImpossible},
		{"29/2/2021", ErrDateImpossible},
		{"29/2/1900", ErrDateImpossible},
		{"18/13/2021", ErrDateImpossible},
		{"0/1/2021", ErrDateImpossible},
		{"1/0/2021", ErrDateImpossible},
		{"32/1/2021", ErrDateImpossible},
		{"1/1/0000", ErrDateImpossible},
		{"", ErrDateFormat},
		{"2021-03-18", ErrDateFormat},
		{"18/3/21", ErrDateFormat},
		{"18/3/02021", ErrDateFormat},
		{"018/3/2021", ErrDateFormat},
		{"18/3/2021/", ErrDateFormat},
		{"18.3.2021", ErrDateFormat},
		{" 18/3/2021", ErrDateFormat},
		{"+1/3/2021", ErrDateFormat},
		{"18/-3/2021", ErrDateFormat},
		{"１８/3/2021", ErrDateFormat},
		{"ngày 18 tháng 3 năm 2021", ErrDateFormat},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseDate(%q) = %+v, %v; want error %v", tt.in, got, err, tt.want)
		}
		if got != (Date{}) {
			t.Errorf("ParseDate(%q) returned %+v with its error, want the zero Date", tt.in, got)
		}
	}
}

func TestDateString(t *testing.T) {
	if got := (Date{2021, 3, 18}).String(); got != "18/03/2021" {
		t.Errorf("String() = %q, want 18/03/2021", got)
	}
}
