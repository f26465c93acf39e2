package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// vietnamese is every letter of Vietnamese, precomposed, in lower case.
const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"

// TestCodePages checks what each code page holds: ASCII at its own codes,
// each character at one code, the lower-case letters in page lower and the
// capitals in page upper, and the punctuation in both.
func TestCodePages(t *testing.T) {
	pages := codePages()
	want := [numPages]string{
		pageLower: vietnamese + punctuation,
		pageUpper: strings.ToUpper(vietnamese) + punctuation,
	}
	for i := range numPages {
		p := &pages[i]
		if p.last > 0xff {
			t.Errorf("page %s uses code %d", p.name, p.last)
		}
		for c := 0x20; c < 0x7f; c++ {
			if p.runes[c] != rune(c) || p.code[rune(c)] != byte(c) {
				t.Errorf("page %s: code %d is %q, want ASCII", p.name, c, p.runes[c])
			}
		}
		for r, c := range p.code {
			if c != 0 && p.runes[c] != rune(r) {
				t.Errorf("page %s: %q has code %d, which stands for %q", p.name, rune(r), c, p.runes[c])
			}
		}
		for _, r := range want[i] {
			if !p.has(r) {
				t.Errorf("page %s lacks %q", p.name, r)
			}
		}
	}
	// Every code of page lower is taken, by letters of both cases.
	if pages[pageLower].last != 0xff {
		t.Errorf("page lower ends at code %d, want 255", pages[pageLower].last)
	}
}

// TestEncode checks how lines are cut into runs of one code page: their
// codes decode back to the line, their widths add up and spaces start the
// run after a change of page.
func TestEncode(t *testing.T) {
	m := newRenderer(t).m
	tests := []struct {
		text  string
		pages []int // the page of each run
	}{
		{"Thực hiện Chương trình giảm nghèo năm 2021", []int{pageLower}},
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", []int{pageUpper}},
		{"Ủy ban nhân dân – “Đồng Nai” 0,26%", []int{pageLower}},
		{"ông NGUYỄN VĂN ÁNH", []int{pageUpper}},
		{"tỵ NGUYỄN", []int{pageLower, pageUpper}},
		{"ỄNH tỵ", []int{pageUpper, pageLower}},
		{"a ỹ Ỹ b", []int{pageLower, pageUpper}},
		{"", nil},
	}
	for _, tt := range tests {
		runs := encode(nil, tt.text, m, regular, fixedPages())
		var got []int
		var text strings.Builder
		units, nsp := 0, 0
		for i, r := range runs {
			got = append(got, r.page)
			for j := 0; j < len(r.text); j++ {
				text.WriteRune(codePages()[r.page].runes[r.text[j]])
			}
			units += r.units
			nsp += r.nsp
			if i > 0 && strings.HasSuffix(runs[i-1].text, " ") {
				t.Errorf("%q: run %d ends in a space", tt.text, i-1)
			}
		}
		if text.String() != tt.text {
			t.Errorf("%q: runs decode to %q", tt.text, text.String())
		}
		if units != m.units(regular, tt.text) {
			t.Errorf("%q: runs are %d units wide, want %d", tt.text, units, m.units(regular, tt.text))
		}
		if n := strings.Count(tt.text, " "); nsp != n {
			t.Errorf("%q: %d spaces in the runs, want %d", tt.text, nsp, n)
		}
		if len(got) != len(tt.pages) || (len(got) > 0 && !equalInts(got, tt.pages)) {
			t.Errorf("%q: pages %v, want %v", tt.text, got, tt.pages)
		}
		if n := utf8.RuneCountInString(tt.text); len(text.String()) > 0 && countBytes(runs) != n {
			t.Errorf("%q: %d codes for %d characters", tt.text, countBytes(runs), n)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func countBytes(runs []run) int {
	n := 0
	for _, r := range runs {
		n += len(r.text)
	}
	return n
}
