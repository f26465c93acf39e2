package engine

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/output"
)

func TestWriteFilesNamedAfterData(t *testing.T) {
	res, err := newEngine(t).Build(context.Background(), sampleSource(t), Formats)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	written, err := res.WriteFiles(dir, OutputName(sample), &Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "cam-lo-2021.pdf"), filepath.Join(dir, "cam-lo-2021.docx")}
	for i, w := range want {
		if written[i] != w {
			t.Fatalf("wrote %v, want %v", written, want)
		}
		data, _ := os.ReadFile(w)
		if !bytes.Equal(data, res.Artifacts[i].Data) {
			t.Errorf("%s does not hold the built bytes", w)
		}
	}
}

// TestWriteFilesNeverOverAnInput: "build -o d d/plan.pdf" must not replace
// the data file with its own PDF, whichever path names it; nothing lands.
func TestWriteFilesNeverOverAnInput(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(in, data, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Link(in, filepath.Join(dir, "b.pdf")); err != nil {
		t.Fatal(err)
	}
	os.Symlink(dir, link)
	for _, tc := range []struct{ path, outDir, base string }{
		{in, dir, "plan"},
		{filepath.Join(link, "plan.pdf"), link, "plan"},
		{in, dir, "b"}, // a hard link to the data file
	} {
		src, fi, err := ReadSource(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		inputs := &Inputs{}
		inputs.Add(fi)
		res, err := newEngine(t).Build(context.Background(), src, Formats)
		if err != nil {
			t.Fatal(err)
		}
		_, err = res.WriteFiles(tc.outDir, tc.base, inputs)
		if !errors.Is(err, ErrInput) {
			t.Errorf("%s → %s/%s: err = %v, want ErrInput", tc.path, tc.outDir, tc.base, err)
		}
		if got, _ := os.ReadFile(in); !bytes.Equal(got, data) {
			t.Fatalf("the data file was overwritten")
		}
		if _, err := os.Stat(filepath.Join(dir, tc.base+".docx")); !os.IsNotExist(err) {
			t.Errorf("%s.docx was written although the PDF could not be", tc.base)
		}
	}
}

// TestReadSourceRefusesLargeFiles: a file over the loader's bound is
// refused as a data error naming it and giving its size on disk, not the
// bytes read: a sparse file of 10 GB, which reading whole would take all
// memory, and a file just over the bound.
func TestReadSourceRefusesLargeFiles(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.toml")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 10<<30); err != nil {
		t.Skipf("no sparse file: %v", err)
	}
	big := filepath.Join(dir, "lon.toml")
	if err := os.WriteFile(big, bytes.Repeat([]byte("# \n"), load.MaxFileSize/2), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		huge: huge + ": tệp dữ liệu dài 10.737.418.240 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch.",
		big:  big + ": tệp dữ liệu dài 1.572.864 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch.",
	}
	for path, want := range tests {
		_, _, err := ReadSource(path)
		var errs dataerr.List
		if !errors.As(err, &errs) || errs.Error() != want {
			t.Errorf("ReadSource(%s) = %v\nwant %s", path, err, want)
		}
	}
}

func TestReadSourceRefuses(t *testing.T) {
	dir := t.TempDir()
	type refusal struct {
		path string
		want error
	}
	tests := map[string]refusal{
		"folder":  {dir, ErrFolder},
		"device":  {os.DevNull, ErrNotRegular},
		"missing": {filepath.Join(dir, "khong-co.toml"), os.ErrNotExist},
	}
	// Windows has no named pipes among files.
	fifo := filepath.Join(dir, "ong.toml")
	if err := mkfifo(fifo); err == nil {
		tests["fifo"] = refusal{fifo, ErrNotRegular}
	} else if runtime.GOOS != "windows" {
		t.Fatal(err)
	}
	for name, tt := range tests {
		_, _, err := ReadSource(tt.path)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", name, err, tt.want)
		}
	}
}

var _ output.Guard = (*Inputs)(nil).Guard
