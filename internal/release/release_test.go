package release

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/testkit/zipparts"
)

var when = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// fakeBuild stands in for the go command: the "program" names its target,
// version and revision.
func fakeBuild(_ context.Context, t Target, version, revision string) ([]byte, error) {
	return fmt.Appendf(nil, "program %s %s %s", t, version, revision), nil
}

// source makes a source tree with a README and two sample data files.
func source(t *testing.T) string {
	t.Helper()
	src := t.TempDir()
	os.Mkdir(filepath.Join(src, "data"), 0o755)
	for name, data := range map[string]string{
		"README.md":        "# kehoach\n",
		"data/b.toml":      "b = 1\n",
		"data/a.toml":      "a = 1\n",
		"data/ghi-chu.txt": "không đóng gói\n",
	} {
		if err := os.WriteFile(filepath.Join(src, filepath.FromSlash(name)), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return src
}

// entry is what a clerk sees of one file of a zip.
type entry struct {
	name string
	mode os.FileMode
	mod  time.Time
	data string
}

func entries(t *testing.T, b []byte) []entry {
	t.Helper()
	ps, err := zipparts.Read(b)
	if err != nil {
		t.Fatal(err)
	}
	var got []entry
	for _, p := range ps {
		got = append(got, entry{p.Name, p.Mode, p.Modified.UTC(), string(p.Data)})
	}
	return got
}

// TestReleaseArchives: a release is one zip per platform, each holding the
// program (executable), the README and the sample data files in name order
// with the given time, and a SHA256SUMS that matches them.
func TestReleaseArchives(t *testing.T) {
	src, out := source(t), filepath.Join(t.TempDir(), "dist")
	names, err := Release(context.Background(), Options{Src: src, Out: out, Version: "v1.2.0", Revision: "abc123", Time: when, Build: fakeBuild})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"kehoach-v1.2.0-windows-amd64.zip", "kehoach-v1.2.0-linux-amd64.zip", "kehoach-v1.2.0-darwin-arm64.zip", "SHA256SUMS"}
	if !slices.Equal(names, want) {
		t.Fatalf("wrote %q, want %q", names, want)
	}
	sums, err := os.ReadFile(filepath.Join(out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, tc := range []struct {
		zip, program, platform string
	}{
		{want[0], "kehoach.exe", "windows/amd64"},
		{want[1], "kehoach", "linux/amd64"},
		{want[2], "kehoach", "darwin/arm64"},
	} {
		b, err := os.ReadFile(filepath.Join(out, tc.zip))
		if err != nil {
			t.Fatal(err)
		}
		wantEntries := []entry{
			{"README.md", 0o644, when, "# kehoach\n"},
			{"data/a.toml", 0o644, when, "a = 1\n"},
			{"data/b.toml", 0o644, when, "b = 1\n"},
			{tc.program, 0o755, when, "program " + tc.platform + " v1.2.0 abc123"},
		}
		if got := entries(t, b); !slices.Equal(got, wantEntries) {
			t.Errorf("%s holds\n%v\nwant\n%v", tc.zip, got, wantEntries)
		}
		sum := sha256.Sum256(b)
		lines = append(lines, hex.EncodeToString(sum[:])+"  "+tc.zip)
	}
	slices.Sort(lines)
	if got, want := string(sums), strings.Join(lines, "\n")+"\n"; got != want {
		t.Errorf("SHA256SUMS:\n%s\nwant\n%s", got, want)
	}
}

// TestReleaseReproducible: two releases of the same source give the same
// bytes.
func TestReleaseReproducible(t *testing.T) {
	src := source(t)
	var outs [2]string
	for i := range outs {
		outs[i] = t.TempDir()
		if _, err := Release(context.Background(), Options{Src: src, Out: outs[i], Version: "1.0.0", Time: when, Build: fakeBuild}); err != nil {
			t.Fatal(err)
		}
	}
	ents, _ := os.ReadDir(outs[0])
	if len(ents) != 4 {
		t.Fatalf("%d files", len(ents))
	}
	for _, e := range ents {
		a, _ := os.ReadFile(filepath.Join(outs[0], e.Name()))
		b, err := os.ReadFile(filepath.Join(outs[1], e.Name()))
		if err != nil || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs (%v)", e.Name(), err)
		}
	}
}

// TestPackOrderAndTime: the order files are given in does not matter, and
// the entries' time is recorded in UTC whatever its zone.
func TestPackOrderAndTime(t *testing.T) {
	files := []File{{"b", 0o644, []byte("b")}, {"a/x", 0o755, []byte("x")}, {"a", 0o600, []byte("a")}}
	var one, two bytes.Buffer
	if err := Pack(&one, files, when); err != nil {
		t.Fatal(err)
	}
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	if err := Pack(&two, reversed, when.In(time.FixedZone("ICT", 7*3600))); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), two.Bytes()) {
		t.Error("the same files in another order or zone give another zip")
	}
	got := entries(t, one.Bytes())
	want := []entry{{"a", 0o600, when, "a"}, {"a/x", 0o755, when, "x"}, {"b", 0o644, when, "b"}}
	if !slices.Equal(got, want) {
		t.Errorf("zip holds %v, want %v", got, want)
	}
}

// TestReleaseRefuses: a bad version or revision, a tree without sample
// data, a failed build or a file already in the output folder stops the
// release before anything is written.
func TestReleaseRefuses(t *testing.T) {
	failing := func(_ context.Context, t Target, _, _ string) ([]byte, error) {
		if t.GOOS == "darwin" {
			return nil, errors.New("no toolchain")
		}
		return []byte("x"), nil
	}
	tests := []struct {
		name     string
		version  string
		revision string
		noData   bool
		build    Builder
		existing string
		want     error
	}{
		{"version with a space", "v1 beta", "", false, fakeBuild, "", ErrVersion},
		{"version with a slash", "../v1", "", false, fakeBuild, "", ErrVersion},
		{"empty version", "", "", false, fakeBuild, "", ErrVersion},
		{"revision not hex", "v1", "HEAD -X main.version=x", false, fakeBuild, "", ErrRevision},
		{"no sample", "v1", "", true, fakeBuild, "", ErrNoSample},
		{"failed build", "v1", "", false, failing, "", nil},
		{"existing sums", "v1", "", false, fakeBuild, "SHA256SUMS", ErrExists},
		{"existing zip", "v1", "", false, fakeBuild, "kehoach-v1-darwin-arm64.zip", ErrExists},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, out := source(t), t.TempDir()
			if tt.noData {
				os.Rename(filepath.Join(src, "data"), filepath.Join(src, "du-lieu"))
			}
			if tt.existing != "" {
				os.WriteFile(filepath.Join(out, tt.existing), []byte("cũ"), 0o644)
			}
			_, err := Release(context.Background(), Options{Src: src, Out: out, Version: tt.version, Revision: tt.revision, Time: when, Build: tt.build})
			if err == nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			ents, _ := os.ReadDir(out)
			if n := len(ents); n != min(len(tt.existing), 1) {
				t.Errorf("%d files in the output folder", n)
			}
			if tt.existing != "" {
				if b, _ := os.ReadFile(filepath.Join(out, tt.existing)); string(b) != "cũ" {
					t.Errorf("%s was replaced", tt.existing)
				}
			}
		})
	}
}
