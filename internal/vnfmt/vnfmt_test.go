package vnfmt

import "testing"

func TestInt(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{0, "0"}, {7, "7"}, {99, "99"}, {405, "405"}, {999, "999"},
		{1000, "1.000"}, {1458, "1.458"}, {14932, "14.932"}, {100000, "100.000"},
		{1234567, "1.234.567"}, {-1234, "-1.234"}, {-12, "-12"},
	}
	for _, tt := range tests {
		if got := Int(tt.in); got != tt.want {
			t.Errorf("Int(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHundredths(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0,00"}, {5, "0,05"}, {48, "0,48"}, {100, "1,00"}, {271, "2,71"},
		{10000, "100,00"}, {123456, "1.234,56"}, {-5, "-0,05"},
	}
	for _, tt := range tests {
		if got := Hundredths(tt.in); got != tt.want {
			t.Errorf("Hundredths(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDocNumberAndDate(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"number 1", DocNumber(1), "01"},
		{"number 9", DocNumber(9), "09"},
		{"number 10", DocNumber(10), "10"},
		{"number 44", DocNumber(44), "44"},
		{"number 105", DocNumber(105), "105"},
		{"day 5", Day(5), "05"},
		{"day 18", Day(18), "18"},
		{"month 1", Month(1), "01"},
		{"month 2", Month(2), "02"},
		{"month 3", Month(3), "3"},
		{"month 10", Month(10), "10"},
		{"month 12", Month(12), "12"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestRoman(t *testing.T) {
	tests := map[int]string{1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 9: "IX", 14: "XIV", 40: "XL", 0: "0"}
	for in, want := range tests {
		if got := Roman(in); got != want {
			t.Errorf("Roman(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"Xã Cam Tuyền"}, `"Xã Cam Tuyền"`},
		{[]string{"Xã Cam Tuyền", `TT "Cam Lộ"`}, `"Xã Cam Tuyền", "TT \"Cam Lộ\""`},
	} {
		if got := Names(tt.in); got != tt.want {
			t.Errorf("Names(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
