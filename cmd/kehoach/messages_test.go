package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnreadableInputExitCode: a data file that is missing or cannot be
// read (a folder; batch reads the files inside) fails with exit code 1 in
// every command, as the README's
// table promises, names the file in Vietnamese, and does not stop the
// other files of the run.
func TestUnreadableInputExitCode(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "khong-co.toml")
	folder := filepath.Join(dir, "thu-muc.toml")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	commands := map[string]func(input, out string) []string{
		"build":   func(in, out string) []string { return []string{"build", "-o", out, in} },
		"check":   func(in, _ string) []string { return []string{"check", in} },
		"batch":   func(in, out string) []string { return []string{"batch", "-o", out, in} },
		"archive": func(in, out string) []string { return []string{"archive", "--to", out, in} },
		"figures-template": func(in, out string) []string {
			return []string{"figures-template", in, "-o", filepath.Join(out, "so-lieu.csv")}
		},
		"next": func(in, out string) []string {
			return []string{"next", in, "--figures", in, "-o", filepath.Join(out, "sau.toml")}
		},
	}
	inputs := map[string]struct{ path, want string }{
		"missing": {missing, "không có tệp " + missing},
		"folder":  {folder, folder + " là thư mục, không phải tệp dữ liệu"},
	}
	for name, args := range commands {
		for what, in := range inputs {
			if name == "batch" && what == "folder" {
				continue // batch reads the data files of a folder
			}
			t.Run(name+"/"+what, func(t *testing.T) {
				out := filepath.Join(t.TempDir(), "out")
				code, _, stderr := runMain(t, args(in.path, out)...)
				if code != exitData || !strings.Contains(stderr, in.want) {
					t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitData, in.want)
				}
			})
		}
	}
	// The other files of the run go on.
	out := t.TempDir()
	code, _, stderr := runMain(t, "archive", "--to", out, missing, sample)
	if code != exitData || !strings.Contains(stderr, "không có tệp "+missing) {
		t.Errorf("archive of a missing file and the sample: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "uy-ban-nhan-dan-huyen-cam-lo", "2021", "44-KH-UBND", "v1.pdf")); err != nil {
		t.Errorf("the sample was not archived after a missing file: %v", err)
	}
}

// TestHugeDataFileSize: a data file far over the bound is refused by its
// size on disk, not by the bytes read before refusing it, in every command
// that reads one.
func TestHugeDataFileSize(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.toml")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 10<<30); err != nil {
		t.Skipf("no sparse file: %v", err)
	}
	want := huge + ": tệp dữ liệu dài 10.737.418.240 byte, quá giới hạn 1.048.576 byte (1 MiB) của một tệp kế hoạch."
	out := t.TempDir()
	for _, args := range [][]string{
		{"check", huge},
		{"build", "-o", out, huge},
		{"batch", "-o", out, huge},
		{"archive", "--to", out, huge},
		{"figures-template", huge, "-o", filepath.Join(out, "so-lieu.csv")},
		{"next", huge, "--figures", huge, "-o", filepath.Join(out, "sau.toml")},
	} {
		code, _, stderr := runMain(t, args...)
		if code != exitData || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d and %q", args[0], code, stderr, exitData, want)
		}
	}
}
