//go:build unix

package output

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteAllCannotKeepFormerFile: without hard links, a file that cannot
// be copied for undo (a named pipe) is not replaced, and the files put in
// place before it are rolled back.
func TestWriteAllCannotKeepFormerFile(t *testing.T) {
	dir := t.TempDir()
	pdf, pipe := filepath.Join(dir, "x.pdf"), filepath.Join(dir, "x.docx")
	if err := os.WriteFile(pdf, []byte("pdf cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	inject(t, noLink(syscall.EPERM), nil, nil)
	err := WriteAll([]File{{Path: pdf, Data: []byte("mới")}, {Path: pipe, Data: []byte("mới")}}, nil)
	var oe *Error
	if !errors.Is(err, ErrNotRegular) || !errors.As(err, &oe) || oe.Path != pipe {
		t.Fatalf("err = %v, want ErrNotRegular for %s", err, pipe)
	}
	if got, _ := os.ReadFile(pdf); string(got) != "pdf cũ" {
		t.Errorf("x.pdf holds %q, want its former content", got)
	}
	if fi, err := os.Lstat(pipe); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("x.docx is no longer the named pipe: %v, %v", fi, err)
	}
	if got := names(t, dir); got != "x.docx x.pdf" {
		t.Errorf("folder holds %s, want x.docx x.pdf", got)
	}
}
