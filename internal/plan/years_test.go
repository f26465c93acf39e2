package plan

import (
	"regexp"
	"slices"
	"testing"
)

// yearRE is the expression that nextYear follows, step for step.
var yearRE = regexp.MustCompile(`(?:^|[^0-9])([0-9]{4})(?:[^0-9]|$)`)

// yearsOf returns where each year nextYear finds in s starts.
func yearsOf(s string) []int {
	var at []int
	for from := 0; ; {
		d, next, ok := nextYear(s, from)
		if !ok {
			return at
		}
		at, from = append(at, d), next
	}
}

// yearsRE returns where each year yearRE finds in s starts.
func yearsRE(s string) []int {
	var at []int
	for _, loc := range yearRE.FindAllStringSubmatchIndex(s, -1) {
		at = append(at, loc[2])
	}
	return at
}

var yearTexts = []string{
	"", "2021", "năm 2021", "2021.", "12021", "20211", "2016-2020", "2016 - 2020",
	"giai đoạn 2016–2020, năm 2021", "07/2021/NĐ-CP", "2021 2022", "20212022",
	"Đ2021Đ", "x\xff2021\xe1\x80", "\xe1\x802021", "202", "a 1999 b 2000 c",
	"năm 2021năm 2022", "số 123456 ngày 2021",
}

func TestNextYearFollowsTheExpression(t *testing.T) {
	for _, s := range yearTexts {
		if got, want := yearsOf(s), yearsRE(s); !slices.Equal(got, want) {
			t.Errorf("%q: years at %v, want %v", s, got, want)
		}
	}
}

func FuzzNextYear(f *testing.F) {
	for _, s := range yearTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := yearsOf(s), yearsRE(s); !slices.Equal(got, want) {
			t.Errorf("%q: years at %v, want %v", s, got, want)
		}
	})
}
