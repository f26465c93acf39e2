package output

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestRemoveStale: a temporary file that a killed run of this computer left
// goes at the next write into its folder; a file of another computer (the
// folder is shared), of a running process, of a kehoach that named no
// computer, and of another program stays, however old, and so does a
// former file kept for undo, which may be its only copy.
func TestRemoveStale(t *testing.T) {
	host, known := thisHost()
	if !known {
		t.Skip("this computer's name cannot be read")
	}
	other := "0000000a"
	if host == other {
		other = "0000000b"
	}
	const deadPID = "2147483646"
	live := itoa(os.Getppid())
	tests := []struct {
		name string
		kept bool
	}{
		{".x.pdf.kehoach-" + host + "-" + deadPID + "-123.tmp", false},
		{".x.pdf.kehoach-" + host + "-" + deadPID + "-124.tmp.old", true},
		{".x.pdf.kehoach-" + other + "-" + deadPID + "-125.tmp", true},
		{".x.pdf.kehoach-" + other + "-" + deadPID + "-126.tmp.old", true},
		{".x.pdf.kehoach-" + host + "-" + live + "-127.tmp", true},
		{".x.pdf.kehoach-" + deadPID + "-128.tmp", true},
		{".x.pdf.12345.tmp", true},
	}
	dir := t.TempDir()
	long := time.Now().Add(-30 * 24 * time.Hour)
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, []byte("dở dang"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, long, long); err != nil {
			t.Fatal(err)
		}
	}
	if err := WriteAll([]File{{Path: filepath.Join(dir, "x.pdf"), Data: []byte("mới")}}, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		_, err := os.Lstat(filepath.Join(dir, tt.name))
		if kept := err == nil; kept != tt.kept {
			t.Errorf("%s: kept = %v, want %v", tt.name, kept, tt.kept)
		}
	}
}

// TestTmpPatternNamesThisHost: the files a write stages carry this
// computer's tag and this process's id, which removeStale reads back.
func TestTmpPatternNamesThisHost(t *testing.T) {
	dir := t.TempDir()
	tmp, err := stage(filepath.Join(dir, "x.pdf"), []byte("dở dang"))
	if err != nil {
		t.Fatal(err)
	}
	defer discard(tmp)
	host, _ := thisHost()
	owner, pid, ok := tmpOwner(filepath.Base(tmp))
	if !ok || owner != host || pid != os.Getpid() {
		t.Errorf("tmpOwner(%q) = %q, %d, %v; want %q, %d", filepath.Base(tmp), owner, pid, ok, host, os.Getpid())
	}
}

func TestTmpOwner(t *testing.T) {
	tests := []struct {
		name string
		host string
		pid  int
		ok   bool
	}{
		{".x.pdf.kehoach-1a2b3c4d-42-777.tmp", "1a2b3c4d", 42, true},
		{".x.pdf.kehoach-1a2b3c4d-42-777.tmp.old", "1a2b3c4d", 42, true},
		{".kế-hoạch.kehoach-1.docx.kehoach-ab-7-1.tmp", "ab", 7, true},
		{".x.pdf.kehoach-42-777.tmp", "", 0, false},
		{".x.pdf.kehoach-ab--777.tmp", "", 0, false},
		{".x.pdf.kehoach--42-777.tmp", "", 0, false},
		{".x.pdf.kehoach-ab-42-.tmp", "", 0, false},
		{".x.pdf.kehoach-ab-0-7.tmp", "", 0, false},
		{"x.pdf.kehoach-ab-42-7.tmp", "", 0, false},
		{".x.pdf.123.tmp", "", 0, false},
	}
	for _, tt := range tests {
		host, pid, ok := tmpOwner(tt.name)
		if host != tt.host || pid != tt.pid || ok != tt.ok {
			t.Errorf("tmpOwner(%q) = %q, %d, %v; want %q, %d, %v", tt.name, host, pid, ok, tt.host, tt.pid, tt.ok)
		}
	}
}
