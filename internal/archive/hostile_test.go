package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// TestHostileManifest: a manifest that is too large, malformed, or names a
// file outside its folder is refused, in Vietnamese, by Add, List and
// Verify alike, and Add writes nothing.
func TestHostileManifest(t *testing.T) {
	good := func(t *testing.T) string {
		root := t.TempDir()
		add(t, root, sampleSource(t, ""))
		return string(readFile(t, filepath.Join(root, docDir, ManifestName)))
	}(t)
	tests := []struct {
		name    string
		content func() []byte
		want    string
	}{
		{"too large", func() []byte {
			return []byte(good[:len(good)-2] + strings.Repeat(" ", MaxManifestSize) + "}\n")
		}, "quá lớn"},
		{"malformed JSON", func() []byte { return []byte(`{"format": 1, "versions": [`) }, "không đọc được"},
		{"unknown key", func() []byte { return []byte(strings.Replace(good, `"format"`, `"lenh": "rm -rf", "format"`, 1)) }, "không đọc được"},
		{"trailing data", func() []byte { return []byte(good + "{}") }, "dữ liệu thừa"},
		{"path outside", func() []byte {
			return []byte(strings.Replace(good, `"file": "v1.pdf"`, `"file": "../../../../etc/passwd"`, 1))
		}, "nằm ngoài thư mục"},
		{"other file name", func() []byte { return []byte(strings.Replace(good, `"file": "v1.pdf"`, `"file": "x.pdf"`, 1)) }, `đúng ra là "v1.pdf"`},
		{"bad hash", func() []byte { return []byte(strings.Replace(good, `"pdf_sha256": "`, `"pdf_sha256": "zz`, 1)) }, "SHA-256 không hợp lệ"},
		{"other format", func() []byte { return []byte(strings.Replace(good, `"format": 1`, `"format": 9`, 1)) }, "định dạng 9"},
		{"too many versions", func() []byte {
			return []byte(`{"format": 1, "versions": [` + strings.Repeat(`{},`, MaxVersions) + `{}]}`)
		}, "quá giới hạn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			add(t, root, sampleSource(t, ""))
			dir := filepath.Join(root, docDir)
			mpath := filepath.Join(dir, ManifestName)
			if err := os.WriteFile(mpath, tt.content(), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := newArchive(t, root, Options{}).Add(context.Background(), sampleSource(t, " (bổ sung)"), when)
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].File != mpath || !strings.Contains(errs[0].Message, tt.want) {
				t.Errorf("add: err = %v, want %s: …%s…", err, mpath, tt.want)
			}
			if _, err := os.Lstat(filepath.Join(dir, "v2.pdf")); err == nil {
				t.Error("add wrote v2.pdf beside a bad manifest")
			}
			if _, err := List(root); !errors.As(err, &errs) || !strings.Contains(errs[0].Message, tt.want) {
				t.Errorf("list: err = %v", err)
			}
			r, err := Verify(context.Background(), root)
			if err != nil || r.OK() || !strings.Contains(r.Problems[0].Message, tt.want) {
				t.Errorf("verify: %v, %v", r, err)
			}
		})
	}
}

// TestHostileArchiveLinks: a manifest or a folder of the way that is a
// link out of the archive is refused, not followed.
func TestHostileArchiveLinks(t *testing.T) {
	t.Run("manifest is a link", func(t *testing.T) {
		root := t.TempDir()
		add(t, root, sampleSource(t, ""))
		outside := filepath.Join(t.TempDir(), "manifest.json")
		os.WriteFile(outside, readFile(t, filepath.Join(root, docDir, ManifestName)), 0o644)
		mpath := filepath.Join(root, docDir, ManifestName)
		os.Remove(mpath)
		os.Symlink(outside, mpath)
		_, err := newArchive(t, root, Options{}).Add(context.Background(), sampleSource(t, " (bổ sung)"), when)
		if err == nil || !strings.Contains(err.Error(), "không phải một tệp thường") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("year folder is a link", func(t *testing.T) {
		root := t.TempDir()
		outside := t.TempDir()
		issuerDir := strings.Split(docDir, string(filepath.Separator))[0]
		os.MkdirAll(filepath.Join(root, issuerDir), 0o755)
		os.Symlink(outside, filepath.Join(root, issuerDir, "2021"))
		_, err := newArchive(t, root, Options{}).Add(context.Background(), sampleSource(t, ""), when)
		var errs dataerr.List
		if !errors.As(err, &errs) {
			t.Errorf("err = %v, want dataerr.List", err)
		}
		if got := names(t, outside); len(got) != 0 {
			t.Errorf("wrote outside the archive: %v", got)
		}
	})
	t.Run("old layout's year folder is a link to the document", func(t *testing.T) {
		// The link leads to a folder whose manifest names the document,
		// as its folder of the old layout would.
		root, outside := t.TempDir(), t.TempDir()
		old := filepath.Join(outside, "44-KH-UBND")
		os.Mkdir(old, 0o755)
		m := []byte(`{"format": 1, "document": {"issuer": "Ủy ban nhân dân huyện Cam Lộ", "number": "44/KH-UBND", "year": 2021}, "versions": []}`)
		os.WriteFile(filepath.Join(old, ManifestName), m, 0o644)
		os.MkdirAll(filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo"), 0o755)
		os.Symlink(outside, filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo", "2021"))
		_, err := newArchive(t, root, Options{}).Add(context.Background(), sampleSource(t, ""), when)
		var errs dataerr.List
		if !errors.As(err, &errs) {
			t.Errorf("err = %v, want dataerr.List", err)
		}
		if got := names(t, old); len(got) != 1 {
			t.Errorf("wrote outside the archive: %v", got)
		}
	})
}

// TestHostilePDF: extract refuses what is not an archived PDF, without
// parsing more than it must.
func TestHostilePDF(t *testing.T) {
	dir := t.TempDir()
	tests := map[string][]byte{
		"not a PDF":     []byte("xin chào"),
		"truncated PDF": readFile(t, func() string { r := t.TempDir(); return add(t, r, sampleSource(t, "")).Path() }())[:5000],
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".pdf")
			os.WriteFile(path, data, 0o644)
			_, err := ExtractFile(context.Background(), path)
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].File != path {
				t.Errorf("err = %v, want dataerr.List naming %s", err, path)
			}
		})
	}
	t.Run("too large", func(t *testing.T) {
		path := filepath.Join(dir, "lon.pdf")
		f, _ := os.Create(path)
		f.Truncate(MaxPDFSize + 1)
		f.Close()
		_, err := ExtractFile(context.Background(), path)
		if err == nil || !strings.Contains(err.Error(), "quá lớn") {
			t.Errorf("err = %v", err)
		}
	})
}
