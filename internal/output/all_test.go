package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWriteAllLandsEveryFile(t *testing.T) {
	dir := t.TempDir()
	files := []File{
		{Path: filepath.Join(dir, "a", "x.pdf"), Data: []byte("pdf")},
		{Path: filepath.Join(dir, "a", "x.docx"), Data: []byte("docx")},
	}
	if err := WriteAll(files, nil); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if got, _ := os.ReadFile(f.Path); string(got) != string(f.Data) {
			t.Errorf("%s holds %q, want %q", f.Path, got, f.Data)
		}
	}
	assertOnly(t, filepath.Join(dir, "a"), "x.docx", "x.pdf")
}

// TestWriteAllNoneWhenOneCannotLand: when the second destination cannot be
// written, the first keeps its former content and nothing new is left. Each
// case is refused before any file is put in place; TestWriteAllRollsBack
// fails a file once others are in place.
func TestWriteAllNoneWhenOneCannotLand(t *testing.T) {
	tests := map[string]func(t *testing.T, dir string) (File, Guard){
		"destination is a folder": func(t *testing.T, dir string) (File, Guard) {
			os.Mkdir(filepath.Join(dir, "x.docx"), 0o755)
			return File{Path: filepath.Join(dir, "x.docx"), Data: []byte("mới")}, nil
		},
		"exclusive file exists": func(t *testing.T, dir string) (File, Guard) {
			os.WriteFile(filepath.Join(dir, "x.docx"), []byte("cũ"), 0o644)
			return File{Path: filepath.Join(dir, "x.docx"), Data: []byte("mới"), Exclusive: true}, nil
		},
		"guard refuses": func(t *testing.T, dir string) (File, Guard) {
			os.WriteFile(filepath.Join(dir, "x.docx"), []byte("cũ"), 0o644)
			return File{Path: filepath.Join(dir, "x.docx"), Data: []byte("mới")},
				func(dest string, _ os.FileInfo) error {
					if strings.HasSuffix(dest, ".docx") {
						return errors.New("dữ liệu gốc")
					}
					return nil
				}
		},
		"folder is a file": func(t *testing.T, dir string) (File, Guard) {
			os.WriteFile(filepath.Join(dir, "tệp"), []byte("cũ"), 0o644)
			return File{Path: filepath.Join(dir, "tệp", "x.docx"), Data: []byte("mới")}, nil
		},
	}
	for name, setup := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			pdf := filepath.Join(dir, "x.pdf")
			os.WriteFile(pdf, []byte("pdf cũ"), 0o644)
			second, guard := setup(t, dir)
			before := names(t, dir)
			err := WriteAll([]File{{Path: pdf, Data: []byte("pdf mới")}, second}, guard)
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if strings.Contains(oe.Path, ".tmp") {
				t.Errorf("error names the temporary file %s", oe.Path)
			}
			if got, _ := os.ReadFile(pdf); string(got) != "pdf cũ" {
				t.Errorf("x.pdf holds %q after a failed write", got)
			}
			if after := names(t, dir); after != before {
				t.Errorf("folder held %s, now %s", before, after)
			}
		})
	}
}

func TestWriteAllExclusiveCreates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.pdf")
	if err := WriteAll([]File{{Path: path, Data: []byte("1"), Exclusive: true}}, nil); err != nil {
		t.Fatal(err)
	}
	err := WriteAll([]File{{Path: path, Data: []byte("2"), Exclusive: true}}, nil)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second exclusive write: err = %v, want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "1" {
		t.Errorf("v1.pdf holds %q, want the first version", got)
	}
	assertOnly(t, filepath.Dir(path), "v1.pdf")
}

// TestWriteAllExclusiveDanglingLink: an exclusive destination that is a
// symbolic link to nothing is neither followed nor replaced, and the error
// says it is such a link, naming its target.
func TestWriteAllExclusiveDanglingLink(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.toml")
	if err := os.Symlink("khong-co/y.toml", path); err != nil {
		t.Fatal(err)
	}
	err := WriteAll([]File{{Path: path, Data: []byte("1"), Exclusive: true}}, nil)
	var dangling *DanglingLinkError
	if !errors.As(err, &dangling) || dangling.Target != "khong-co/y.toml" || !errors.Is(err, fs.ErrExist) {
		t.Fatalf("err = %v, want a DanglingLinkError to khong-co/y.toml matching fs.ErrExist", err)
	}
	if target, err := os.Readlink(path); err != nil || target != "khong-co/y.toml" {
		t.Errorf("the link was changed: %q, %v", target, err)
	}
	assertOnly(t, dir, "x.toml")
}

func TestRemoveStaged(t *testing.T) {
	dir := t.TempDir()
	tmp, err := stage(filepath.Join(dir, "x.pdf"), []byte("dở dang"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Fatal(err)
	}
	RemoveStaged()
	defer func() { stopped = false }()
	assertOnly(t, dir)
	// Once stopping, nothing more is written, not even a temporary file.
	err = WriteAll([]File{{Path: filepath.Join(dir, "y.pdf"), Data: []byte("mới")}}, nil)
	if !errors.Is(err, ErrStopped) {
		t.Errorf("write after RemoveStaged: err = %v, want ErrStopped", err)
	}
	assertOnly(t, dir)
}

func names(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, e := range entries {
		s = append(s, e.Name())
	}
	return strings.Join(s, " ")
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestWriteAllRollsBack: when putting the last file in place fails, the
// files already put in place are undone: a replaced file holds its former
// content again, a new one is gone, and no temporary file or backup is left.
func TestWriteAllRollsBack(t *testing.T) {
	tests := map[string]struct {
		before map[string]string // the folder's files before the write
		files  []string          // written in this order; the last fails
	}{
		"replaced files": {map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"}, []string{"x.pdf", "x.docx"}},
		"new files":      {map[string]string{"x.docx": "docx cũ"}, []string{"x.pdf", "v1.pdf", "x.docx"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for n, data := range tt.before {
				if err := os.WriteFile(filepath.Join(dir, n), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			before := names(t, dir)
			last := filepath.Join(dir, tt.files[len(tt.files)-1])
			failure := errors.New("ổ đĩa đầy")
			placed := 0
			rename = func(from, to string) error {
				if to == last {
					return failure
				}
				placed++
				return os.Rename(from, to)
			}
			defer func() { rename = os.Rename }()
			var files []File
			for _, n := range tt.files {
				files = append(files, File{Path: filepath.Join(dir, n), Data: []byte("mới"), Exclusive: strings.HasPrefix(n, "v")})
			}
			err := WriteAll(files, nil)
			var oe *Error
			if !errors.As(err, &oe) || !errors.Is(err, failure) || oe.Path != last {
				t.Fatalf("err = %v, want *Error for %s wrapping the failure", err, last)
			}
			if placed == 0 {
				t.Fatal("no file was put in place before the failure: nothing to roll back")
			}
			for n, data := range tt.before {
				if got, _ := os.ReadFile(filepath.Join(dir, n)); string(got) != data {
					t.Errorf("%s holds %q after the rollback, want %q", n, got, data)
				}
			}
			if after := names(t, dir); after != before {
				t.Errorf("folder held %s, now %s", before, after)
			}
		})
	}
}
