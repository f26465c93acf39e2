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

// TestReadSourceBoundsLargeFile: a file over the loader's bound is read only
// up to one byte past it, and refused by the loader as a data error.
func TestReadSourceBoundsLargeFile(t *testing.T) {
	big := filepath.Join(t.TempDir(), "lon.toml")
	os.WriteFile(big, bytes.Repeat([]byte("# \n"), load.MaxFileSize), 0o644)
	src, _, err := ReadSource(big)
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Data) != load.MaxFileSize+1 {
		t.Errorf("read %d bytes, want %d", len(src.Data), load.MaxFileSize+1)
	}
	_, err = newEngine(t).Build(context.Background(), src, Formats)
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].File != big {
		t.Errorf("err = %v, want one data error naming %s", err, big)
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
