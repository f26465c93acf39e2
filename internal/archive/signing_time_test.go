package archive

import (
	"testing"
	"time"
)

// TestSigningTime reads the signing time of a version from its signed
// originals: the first signature with a time, none without a signed
// original or without a readable time.
func TestSigningTime(t *testing.T) {
	vn := time.FixedZone("+07", 7*3600)
	tests := []struct {
		name   string
		signed []SignedOriginal
		want   time.Time
		ok     bool
	}{
		{"no signed original", nil, time.Time{}, false},
		{"no time", []SignedOriginal{{Signatures: []SignedBy{{CommonName: "A"}}}}, time.Time{}, false},
		{"unreadable time", []SignedOriginal{{Signatures: []SignedBy{{SigningTime: "hôm qua"}}}}, time.Time{}, false},
		{"the signer's, not the office's", []SignedOriginal{{Signatures: []SignedBy{
			{SigningTime: "2021-03-18T09:15:00+07:00"},
			{SigningTime: "2021-03-18T10:00:00+07:00"},
		}}}, time.Date(2021, 3, 18, 9, 15, 0, 0, vn), true},
		{"the first with a time", []SignedOriginal{
			{Signatures: []SignedBy{{CommonName: "A"}}},
			{Signatures: []SignedBy{{SigningTime: "2021-03-19T08:00:00+07:00"}}},
		}, time.Date(2021, 3, 19, 8, 0, 0, 0, vn), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Version{Signed: tt.signed}.SigningTime()
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("SigningTime() = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
