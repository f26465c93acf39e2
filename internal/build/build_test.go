package build

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/load"
)

const sample = "../../data/cam-lo-2021.toml"

func TestFileWritesPDFNamedAfterData(t *testing.T) {
	b, err := New()
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	written, err := b.File(sample, out)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(out, "cam-lo-2021.pdf")
	if len(written) != 1 || written[0] != want {
		t.Fatalf("wrote %v, want [%s]", written, want)
	}
	first, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	// A second build replaces the file with the same bytes.
	if _, err := b.File(sample, out); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(want)
	if !bytes.Equal(first, second) {
		t.Error("two builds of the same data differ")
	}
}

func TestFileBadDataWritesNothing(t *testing.T) {
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, bytes.Replace(data, []byte("reduction = 17"), []byte("reduction = 170"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := New()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	_, err = b.File(bad, out)
	var errs load.Errors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Field != "units[0].reduction" {
		t.Fatalf("err = %v, want one data error on units[0].reduction", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("output folder exists after a failed build (%v)", err)
	}
}

func TestOutputName(t *testing.T) {
	tests := map[string]string{
		"data/cam-lo-2021.toml": "cam-lo-2021",
		"x.toml":                "x",
		"a/b.c/ke-hoach":        "ke-hoach",
	}
	for in, want := range tests {
		if got := OutputName(in); got != want {
			t.Errorf("OutputName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkBuild builds the sample plan from its file to PDF bytes: load and
// check, compute, compose, render.
func BenchmarkBuild(b *testing.B) {
	bl, err := New()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		p, err := load.ReadFile(sample)
		if err != nil {
			b.Fatal(err)
		}
		d, err := bl.Document(p)
		if err != nil {
			b.Fatal(err)
		}
		if err := bl.PDF(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
