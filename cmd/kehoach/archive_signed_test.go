package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveSignedArgs: archive signed says in Vietnamese what is wrong
// with its arguments, and refuses a file that no archived version begins
// with exit code 1.
func TestArchiveSignedArgs(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	if code, _, stderr := runArchive(t, sample, "--to", root); code != exitOK {
		t.Fatalf("archive: exit %d\n%s", code, stderr)
	}
	dir := t.TempDir()
	notPEM := filepath.Join(dir, "ca.pem")
	os.WriteFile(notPEM, []byte("không phải chứng thư"), 0o644)
	signedFile := filepath.Join("..", "..", "internal", "signed", "testdata", "two.pdf")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no file", []string{"signed", "--to", root}, exitUsage, "thiếu tệp PDF đã ký số"},
		{"two files", []string{"signed", "--to", root, signedFile, signedFile}, exitUsage, "đúng một tệp PDF"},
		{"--ca not PEM", []string{"signed", "--to", root, "--ca", notPEM, signedFile}, exitUsage, "không chứa chứng thư nào dạng PEM"},
		{"--ca missing", []string{"signed", "--to", root, "--ca", filepath.Join(dir, "khong-co.pem"), signedFile}, exitData, "không mở được tệp chứng thư gốc"},
		{"bad --date", []string{"signed", "--to", root, "--date", "2021-03-18", signedFile}, exitData, "dd/mm/yyyy"},
		{"no version begins it", []string{"signed", "--to", root, signedFile}, exitData, "không phiên bản nào trong lưu trữ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArchive(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d saying %q:\n%s%s", code, tt.code, tt.want, stdout, stderr)
			}
		})
	}
	if code, stdout, _ := runArchive(t, "signed", "-h"); code != exitOK || !strings.Contains(stdout, "kehoach archive signed") {
		t.Errorf("help: exit %d\n%s", code, stdout)
	}
}
