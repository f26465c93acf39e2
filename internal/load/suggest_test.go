package load

import "testing"

func TestNearest(t *testing.T) {
	known := []string{"name", "households", "policy_poor", "social_poor", "poor", "reduction", "ethnic_households", "near_poor"}
	tests := []struct{ unknown, want string }{
		{"housholds", "households"},
		{"Households", "households"},
		{"policyPoor", "policy_poor"},
		{"policy-poor", "policy_poor"},
		{"nam", "name"},
		{"reductions", "reduction"},
		{"ethnic_housholds", "ethnic_households"},
		{"poo", "poor"},
		{"x", ""},
		{"ghi_chu", ""},
		{"số_hộ", ""},
	}
	for _, tt := range tests {
		if got := nearest(tt.unknown, known); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.unknown, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"hộ", "ho", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
