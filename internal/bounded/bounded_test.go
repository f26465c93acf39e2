package bounded

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int64
		want string
		size bool // a *SizeError
	}{
		{"empty", "", 3, "", false},
		{"below", "ab", 3, "ab", false},
		{"at the bound", "abc", 3, "abc", false},
		{"one past", "abcd", 3, "abcd", true},
		{"far past", strings.Repeat("x", 1000), 3, "xxxx", true}, // no more than max+1 read
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Read(strings.NewReader(tt.in), tt.max)
			if string(data) != tt.want {
				t.Errorf("data = %q, want %q", data, tt.want)
			}
			var se *SizeError
			if got := errors.As(err, &se); got != tt.size || (got && (!errors.Is(err, ErrTooLarge) || se.Size != -1 || se.Max != tt.max)) {
				t.Errorf("err = %v, want a size error: %v", err, tt.size)
			}
			if !tt.size && err != nil {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestReadPassesReadErrors(t *testing.T) {
	boom := errors.New("boom")
	if _, err := Read(iotest.ErrReader(boom), 10); !errors.Is(err, boom) {
		t.Errorf("err = %v, want boom", err)
	}
}

func TestReadFileTellsTheSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, make([]byte, 100), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		max  int64
		size int64 // of the *SizeError; 0: none
	}{{100, 0}, {99, 100}, {10, 100}} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		data, err := ReadFile(f, tt.max)
		f.Close()
		var se *SizeError
		switch {
		case tt.size == 0 && (err != nil || len(data) != 100):
			t.Errorf("max %d: %d bytes, %v", tt.max, len(data), err)
		case tt.size != 0 && (!errors.As(err, &se) || se.Size != tt.size):
			t.Errorf("max %d: err = %v, want size %d", tt.max, err, tt.size)
		}
	}
}
