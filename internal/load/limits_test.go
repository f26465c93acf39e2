package load

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// Read's work is bounded by counting the bytes it allocates, not by
// timing it on a busy machine: a file beyond a bound is refused by the scan
// before a decoder allocates anything for it, in less than the file's own
// size; a file within the bounds costs at most maxAllocPerByte bytes per
// byte (the worst at the bounds, a file of unknown keys, about 400). hang
// only tells a stuck Read from a slow one.
const (
	maxAllocPerByte = 1000
	hang            = 10 * time.Second
)

// allocated returns what f allocates on the heap, in bytes; f running past
// hang fails t.
func allocated(t testing.TB, f func()) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	f()
	if d := time.Since(start); d > hang {
		t.Errorf("took %v, not done within %v", d, hang)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// readRefused calls Read on data, which it must refuse by a bound: it fails
// t when Read allocates as much as data's size.
func readRefused(t *testing.T, data []byte) error {
	t.Helper()
	var err error
	if n := allocated(t, func() { _, err = Read("x.toml", data) }); n >= uint64(len(data)) {
		t.Errorf("Read allocated %d bytes to refuse %d: it decoded", n, len(data))
	}
	return err
}

// readBounded calls Read on data and fails t when it allocates more than
// maxAllocPerByte bytes per byte of data.
func readBounded(t *testing.T, data []byte) error {
	t.Helper()
	var err error
	if n := allocated(t, func() { _, err = Read("x.toml", data) }); n > maxAllocPerByte*uint64(len(data)) {
		t.Errorf("Read allocated %d bytes for %d, more than %d a byte", n, len(data), maxAllocPerByte)
	}
	return err
}

func TestReadRefusesHostileFiles(t *testing.T) {
	sample := readSample(t)
	tests := []struct {
		name, data, want string
	}{
		{"dotted key of 30,000 parts", "a" + strings.Repeat(".a", 30_000) + " = 1\n",
			"x.toml, dòng 1, cột 8: khóa gồm quá 4 phần nối bằng dấu chấm."},
		{"dotted key of quoted parts", "[document]\n" + `"a"` + strings.Repeat(`."a"`, 30_000) + " = 1\n",
			"x.toml, dòng 2, cột 16: khóa gồm quá 4 phần nối bằng dấu chấm."},
		{"dotted table name", "[a" + strings.Repeat(".a", 30_000) + "]\n",
			"x.toml, dòng 1, cột 9: khóa gồm quá 4 phần nối bằng dấu chấm."},
		{"nested inline tables", "a = " + strings.Repeat("{b = ", 20_000) + "1" + strings.Repeat("}", 20_000) + "\n",
			"x.toml, dòng 1, cột 45: lồng quá 8 cấp ngoặc [ ] hoặc { }: dữ liệu kế hoạch không cần lồng sâu như vậy."},
		{"nested arrays", "\n\na = " + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + "\n",
			"x.toml, dòng 3, cột 13: lồng quá 8 cấp ngoặc [ ] hoặc { }: dữ liệu kế hoạch không cần lồng sâu như vậy."},
		{"file over 1 MiB", sample + strings.Repeat("# chú thích\n", MaxFileSize/10),
			"x.toml: tệp dữ liệu dài 1.470.189 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."},
		{"long line", sample + `x = "` + strings.Repeat("ạ", 6000) + "\"\n",
			"x.toml, dòng 79: dòng dài 18.006 byte, quá giới hạn 16.384 byte: hãy tách đoạn văn dài thành nhiều đoạn."},
		{"long line without an end", strings.Repeat("a", MaxFileSize),
			"x.toml, dòng 1: dòng dài 1.048.576 byte, quá giới hạn 16.384 byte: hãy tách đoạn văn dài thành nhiều đoạn."},
		{"too many list entries", "a = [" + strings.Repeat("1,", 60_000) + "]\n",
			"x.toml, dòng 1, cột 60003: tệp có quá 30.000 khóa, bảng và mục danh sách."},
		{"too many tables", strings.Repeat("[[units]]\n", 60_000),
			"x.toml, dòng 15001, cột 1: tệp có quá 30.000 khóa, bảng và mục danh sách."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := readRefused(t, []byte(tt.data))
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("Read = %v, want a dataerr.List", err)
			}
			if got := errs.Error(); got != tt.want {
				t.Errorf("Read:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestLimitsKeepValidFiles checks that the scan counts nothing inside
// strings and comments, and lets the sample through.
func TestLimitsKeepValidFiles(t *testing.T) {
	full, err := os.ReadFile("../../data/cam-lo-2021.toml")
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("[{.", 20)
	tests := map[string]string{
		"sample":        readSample(t),
		"full sample":   string(full),
		"comment":       "# " + deep + "\na = 1\n",
		"basic string":  `a = "` + deep + `\" ` + deep + "\"\n",
		"literal":       `a = '` + deep + `\'` + "\n",
		"multi-line":    "a = \"\"\"\n" + deep + "\n\\\"\"\"\n" + deep + "\"\"\"\"\"\nb = '''\n" + deep + "\n'''\n",
		"at the bounds": "a.b.c.d = [[[[[[[1]]]]]]]\nx = \"" + strings.Repeat("a", maxLineBytes-6) + "\"\n",
		"BOM and CRLF":  "\uFEFFa.b = 1\r\nc = [\r\n  1,\r\n]\r\n",
	}
	for name, data := range tests {
		if e := checkLimits([]byte(data)); e != nil {
			t.Errorf("checkLimits(%s) = %v, want nil", name, e)
		}
	}
}

// TestReadLargestFilesBounded reads files at the bounds, each made to
// give the decoder, the checks or the report the most work.
func TestReadLargestFilesBounded(t *testing.T) {
	var units, keys, errs strings.Builder
	// Each unit counts 6 items: two brackets and four keys.
	for i := 0; units.Len() < MaxFileSize-200 && i < maxItems/6; i++ {
		fmt.Fprintf(&units, "[[units]]\nname = \"Thôn %d\"\nhouseholds = 1000\nsocial_poor = 10\nreduction = 2\n", i)
	}
	for i := 0; keys.Len() < MaxFileSize-200 && i < maxItems; i++ {
		fmt.Fprintf(&keys, "k.e.y%d = %d\n", i, i)
	}
	for i := 0; errs.Len() < MaxFileSize-200 && i < maxItems/3; i++ {
		fmt.Fprintf(&errs, "[[units]]\nx%d = 1\n", i)
	}
	for name, data := range map[string]string{"units": units.String(), "keys": keys.String(), "unknown keys": errs.String()} {
		t.Run(name, func(t *testing.T) {
			if len(data) > MaxFileSize {
				t.Fatalf("%d bytes, over the bound", len(data))
			}
			var list dataerr.List
			if err := readBounded(t, []byte(data)); !errors.As(err, &list) {
				t.Fatalf("Read = %v, want a dataerr.List", err)
			}
			if name == "units" && !strings.Contains(list.Error(), "x.toml, dòng 1, trường units: có 5000 đơn vị, quá giới hạn 1000 đơn vị") {
				t.Errorf("Read of 5000 units did not refuse them: %.300s", list.Error())
			}
		})
	}
}

// TestTooLargeSaysTheSize checks the refusal of a file by the size its
// reader found on disk, and by the bytes read when the size is unknown.
func TestTooLargeSaysTheSize(t *testing.T) {
	tests := []struct {
		size int64
		want string
	}{
		{10 << 30, "x.toml: tệp dữ liệu dài 10.737.418.240 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."},
		{MaxFileSize + 1, "x.toml: tệp dữ liệu dài 1.048.577 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."},
		{-1, "x.toml: tệp dữ liệu dài hơn 1.048.576 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."},
	}
	for _, tt := range tests {
		if got := TooLarge("x.toml", tt.size).Error(); got != tt.want {
			t.Errorf("TooLarge(%d):\n got %s\nwant %s", tt.size, got, tt.want)
		}
	}
}
