package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/output"
)

// TestAddWriteFailuresAreWrites: a folder or lock file of the archive
// that cannot be made is an *output.Error, as any file that cannot be
// written, naming what failed; not an error that reads as a missing or
// unreadable input.
func TestAddWriteFailuresAreWrites(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tep")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "luu-tru")
	lockPath := filepath.Join(locked, docDir, lockName)
	if err := os.MkdirAll(lockPath, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, root, op, path string
	}{
		{"root is a file", file, output.OpFolder, file},
		{"root under a file", filepath.Join(file, "con"), output.OpFolder, file},
		{"lock file is a folder", locked, output.OpWrite, lockPath},
	}
	for _, tt := range tests {
		_, err := newArchive(t, tt.root, Options{}).Add(context.Background(), sampleSource(t, ""), when)
		var outErr *output.Error
		if !errors.As(err, &outErr) || outErr.Op != tt.op || outErr.Path != tt.path {
			t.Errorf("%s: err = %v, want an *output.Error %q of %s", tt.name, err, tt.op, tt.path)
		}
	}
}
