package archive

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyFindsEveryProblem changes an archive of two versions in one way
// each and checks that Verify names the file and what happened to it.
func TestVerifyFindsEveryProblem(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, dir string) string // returns the file to be named
		want   string
	}{
		{"flipped byte", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "v1.pdf")
			b := readFile(t, path)
			b[len(b)/2] ^= 0x01
			os.WriteFile(path, b, 0o644)
			return path
		}, "nội dung đã bị thay đổi"},
		{"missing version", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "v2.pdf")
			os.Remove(path)
			return path
		}, "thiếu tệp"},
		{"unknown file", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "ghi-chu.txt")
			os.WriteFile(path, []byte("x"), 0o644)
			return path
		}, "tệp lạ"},
		{"unknown file outside documents", func(t *testing.T, dir string) string {
			path := filepath.Join(filepath.Dir(dir), "v9.pdf")
			os.WriteFile(path, []byte("x"), 0o644)
			return path
		}, "tệp lạ"},
		{"replaced by a link", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "v1.pdf")
			os.Remove(path)
			os.Symlink("/etc/hostname", path)
			return path
		}, "không phải một tệp thường"},
		{"copy of a version as the next one", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, "v3.pdf")
			os.WriteFile(path, readFile(t, filepath.Join(dir, "v2.pdf")), 0o644)
			return path
		}, `không phải một phiên bản do kehoach lưu (siêu dữ liệu ghi phiên bản "v2", không phải "v3")`},
		{"manifest edited", func(t *testing.T, dir string) string {
			path := filepath.Join(dir, ManifestName)
			b := readFile(t, path)
			os.WriteFile(path, []byte(strings.Replace(string(b), `"version": 2`, `"version": 7`, 1)), 0o644)
			return path
		}, "đúng ra là 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			add(t, root, sampleSource(t, ""))
			add(t, root, sampleSource(t, " (bổ sung)"))
			verifyOK(t, root)
			path := tt.change(t, filepath.Join(root, docDir))
			r, err := Verify(context.Background(), root)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Problems) != 1 {
				t.Fatalf("problems = %v, want one about %s", r.Problems, path)
			}
			p := r.Problems[0]
			if p.File != path || !strings.Contains(p.Message, tt.want) {
				t.Errorf("problem %q, want %s: …%s…", p.Error(), path, tt.want)
			}
		})
	}
}

// TestVerifyIgnoresHousekeeping: the lock and the temporary file of an
// interrupted write hold nothing archived.
func TestVerifyIgnoresHousekeeping(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	dir := filepath.Join(root, docDir)
	os.WriteFile(filepath.Join(dir, ".v2.pdf.kehoach-99999-123.tmp"), []byte("%PDF-dở dang"), 0o644)
	os.WriteFile(filepath.Join(dir, ".manifest.json.kehoach-99999-124.tmp"), []byte("{"), 0o644)
	r := verifyOK(t, root)
	if r.Documents != 1 || r.Versions != 1 {
		t.Errorf("counted %d documents, %d versions; want 1, 1", r.Documents, r.Versions)
	}
}

func TestVerifyEmptyAndMissingArchive(t *testing.T) {
	r := verifyOK(t, t.TempDir())
	if r.Documents != 0 {
		t.Errorf("empty archive: %d documents", r.Documents)
	}
	if _, err := Verify(context.Background(), filepath.Join(t.TempDir(), "khong-co")); err == nil {
		t.Error("a missing archive verifies")
	}
}
