package zipcheck

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
)

var small = Limits{Entries: 3, EntrySize: 1000, Total: 1500, Ratio: 10, RatioFree: 100}

// entry is a zip entry as its directory declares it.
type entry struct {
	name             string
	method           uint16
	flags            uint16
	size, compressed uint64
}

// archive writes entries with the declared sizes (their data is not
// what they declare: only the directory is read).
func archive(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: e.method, Flags: e.flags,
			UncompressedSize64: e.size, CompressedSize64: e.compressed})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(make([]byte, e.compressed))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCheck(t *testing.T) {
	ok := entry{"a.xml", zip.Deflate, 0, 500, 100}
	tests := []struct {
		name    string
		entries []entry
		want    error
		entry   string
	}{
		{"within", []entry{ok, {"b.xml", zip.Store, 0, 90, 90}}, nil, ""},
		{"ratio free when small", []entry{{"s.xml", zip.Deflate, 0, 100, 1}}, nil, ""},
		{"too many", []entry{ok, ok, ok, ok}, ErrEntries, ""},
		{"encrypted", []entry{ok, {"e.xml", zip.Deflate, 1, 10, 10}}, ErrMethod, "e.xml"},
		{"unknown method", []entry{{"m.xml", 12, 0, 10, 10}}, ErrMethod, "m.xml"},
		{"entry too large", []entry{{"big.xml", zip.Deflate, 0, 1001, 500}}, ErrEntrySize, "big.xml"},
		{"bomb", []entry{{"bomb.xml", zip.Deflate, 0, 1000, 99}}, ErrRatio, "bomb.xml"},
		{"too large together", []entry{ok, ok, {"c.xml", zip.Deflate, 0, 501, 100}}, ErrTotal, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := archive(t, tt.entries...)
			err := small.Records(data)
			if err == nil {
				zr, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data)))
				if zerr != nil {
					t.Fatal(zerr)
				}
				err = small.Check(zr)
			}
			var e *Error
			switch {
			case tt.want == nil && err != nil:
				t.Errorf("got %v, want none", err)
			case tt.want != nil && (!errors.Is(err, tt.want) || !errors.As(err, &e) || e.Entry != tt.entry):
				t.Errorf("got %v, want %v of %q", err, tt.want, tt.entry)
			}
		})
	}
}

func TestReadLimit(t *testing.T) {
	tests := []struct {
		name             string
		size, compressed uint64
		left             int64
		want             int64
	}{
		{"declared size", 500, 100, 1500, 500},
		{"entry bound", 5000, 4000, 9000, 1000},
		{"what is left", 500, 100, 300, 300},
		{"nothing left", 500, 100, -5, 0},
		{"small, whatever the ratio", 100, 1, 1500, 100},
		{"ratio", 900, 20, 1500, 200},
		{"ratio, not below the free size", 900, 5, 1500, 100},
	}
	for _, tt := range tests {
		f := &zip.File{FileHeader: zip.FileHeader{UncompressedSize64: tt.size, CompressedSize64: tt.compressed}}
		if got := small.ReadLimit(f, tt.left); got != tt.want {
			t.Errorf("%s: ReadLimit = %d, want %d", tt.name, got, tt.want)
		}
	}
}
