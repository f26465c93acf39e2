package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// TestBuildNamesProducer: a built PDF's Producer is kehoach and the version
// that "kehoach version" prints.
func TestBuildNamesProducer(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runMain(t, "build", "--format", "pdf", "-o", dir, sample); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "cam-lo-2021.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	info, err := pdftext.Info(data)
	if err != nil {
		t.Fatal(err)
	}
	_, version, _ := runMain(t, "version")
	want, _, _ := strings.Cut(version, "\n") // "kehoach (devel)" under go test
	if info["Producer"] != want {
		t.Errorf("Producer %q, want %q", info["Producer"], want)
	}
}
