package vnfmt

import (
	"testing"
	"time"
)

func TestTime(t *testing.T) {
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 12, 1, 3, 40, 0, 0, time.UTC), "10:40:00 ngày 01/12/2026 (+07:00)"},
		// 17:00 UTC is already the next day in Vietnam.
		{time.Date(2021, 3, 17, 17, 0, 5, 0, time.UTC), "00:00:05 ngày 18/03/2021 (+07:00)"},
		{time.Date(2021, 3, 18, 0, 0, 5, 0, time.FixedZone("", 7*3600)), "00:00:05 ngày 18/03/2021 (+07:00)"},
	}
	for _, tt := range tests {
		if got := Time(tt.at); got != tt.want {
			t.Errorf("Time(%s) = %q, want %q", tt.at, got, tt.want)
		}
	}
	if Zone.String() != "Asia/Ho_Chi_Minh" {
		t.Errorf("zone %s, want Asia/Ho_Chi_Minh", Zone)
	}
}
