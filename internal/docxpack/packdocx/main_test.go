package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/docxpack"
)

func TestRun(t *testing.T) {
	src := t.TempDir()
	for name, data := range map[string]string{
		"[Content_Types].xml": "<Types/>",
		"_rels/.rels":         "<Relationships/>",
		"word/document.xml":   "<document/>",
	} {
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outDir := t.TempDir()
	out := filepath.Join(outDir, "plan.docx")
	if err := run([]string{src, out}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := docxpack.Pack(os.DirFS(src))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("written file differs from Pack")
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 1 {
		t.Errorf("output folder holds %d files, want only plan.docx", len(entries))
	}

	// A failed pack leaves the old file alone.
	if err := os.WriteFile(filepath.Join(src, "word/document.xml"), []byte("<document>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{src, out}); err == nil {
		t.Error("malformed part: no error")
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, want) {
		t.Error("a failed run changed the output")
	}
	if err := run([]string{src}); err == nil {
		t.Error("one argument: no error")
	}
}
