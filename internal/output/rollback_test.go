package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// errDiskFull is the failure injected into a rename.
var errDiskFull = errors.New("ổ đĩa đầy")

// noLink is a link that fails as a file system without hard links does.
func noLink(errno error) func(string, string) error {
	return func(from, to string) error { return &os.LinkError{Op: "link", Old: from, New: to, Err: errno} }
}

// noExclusiveRename is a system without a rename that never replaces.
func noExclusiveRename(string, string) error { return errors.ErrUnsupported }

// renameFails fails the renames for which fail says so, and does the others.
func renameFails(fail func(from, to string) bool) func(string, string) error {
	return func(from, to string) error {
		if fail(from, to) {
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: errDiskFull}
		}
		return os.Rename(from, to)
	}
}

// to fails a rename to the destination named name.
func to(name string) func(from, to string) bool {
	return func(_, to string) bool { return filepath.Base(to) == name }
}

// TestWriteAllFaults: with links failing (the file system has none) and
// renames failing mid-way, every destination holds what it held before a
// failed write, or the new content after a successful one, and nothing
// else is left in the folder.
func TestWriteAllFaults(t *testing.T) {
	type file struct {
		name      string
		exclusive bool
	}
	tests := []struct {
		name            string
		before          map[string]string // the folder's files before the write
		files           []file            // written in this order, each with "mới <name>"
		link            func(string, string) error
		renameExclusive func(string, string) error
		rename          func(string, string) error
		wantErr         error             // nil when the write must succeed
		after           map[string]string // the folder's files after the write
	}{
		{
			name:    "links refused, the second file fails: the first is restored",
			before:  map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
			files:   []file{{name: "x.pdf"}, {name: "x.docx"}},
			link:    noLink(syscall.EPERM),
			rename:  renameFails(to("x.docx")),
			wantErr: errDiskFull,
			after:   map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
		},
		{
			name:    "links unsupported, new and exclusive files are removed again",
			before:  map[string]string{"x.docx": "docx cũ"},
			files:   []file{{name: "v1.pdf", exclusive: true}, {name: "x.pdf"}, {name: "x.docx"}},
			link:    noLink(syscall.ENOTSUP),
			rename:  renameFails(to("x.docx")),
			wantErr: errDiskFull,
			after:   map[string]string{"x.docx": "docx cũ"},
		},
		{
			name:            "neither links nor an exclusive rename: the copies are undone",
			before:          map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
			files:           []file{{name: "v1.pdf", exclusive: true}, {name: "x.pdf"}, {name: "x.docx"}},
			link:            noLink(syscall.EXDEV),
			renameExclusive: noExclusiveRename,
			rename:          renameFails(to("x.docx")),
			wantErr:         errDiskFull,
			after:           map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
		},
		{
			name:    "a rename fails mid-way: earlier files restored, later ones untouched",
			before:  map[string]string{"a.pdf": "a cũ", "b.pdf": "b cũ", "c.pdf": "c cũ"},
			files:   []file{{name: "a.pdf"}, {name: "b.pdf"}, {name: "c.pdf"}},
			rename:  renameFails(to("b.pdf")),
			wantErr: errDiskFull,
			after:   map[string]string{"a.pdf": "a cũ", "b.pdf": "b cũ", "c.pdf": "c cũ"},
		},
		{
			name:   "the rollback's rename fails too: the former content is copied back",
			before: map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
			files:  []file{{name: "x.pdf"}, {name: "x.docx"}},
			link:   noLink(syscall.EPERM),
			rename: renameFails(func(from, to string) bool {
				return filepath.Base(to) == "x.docx" || strings.HasSuffix(from, ".old")
			}),
			wantErr: errDiskFull,
			after:   map[string]string{"x.pdf": "pdf cũ", "x.docx": "docx cũ"},
		},
		{
			name:   "links refused: every file lands",
			before: map[string]string{"x.pdf": "pdf cũ"},
			files:  []file{{name: "x.pdf"}, {name: "x.docx"}, {name: "v1.pdf", exclusive: true}},
			link:   noLink(syscall.EPERM),
			after:  map[string]string{"x.pdf": "mới x.pdf", "x.docx": "mới x.docx", "v1.pdf": "mới v1.pdf"},
		},
		{
			name:            "neither links nor an exclusive rename: every file lands",
			before:          map[string]string{"x.pdf": "pdf cũ"},
			files:           []file{{name: "x.pdf"}, {name: "v1.pdf", exclusive: true}},
			link:            noLink(syscall.ENOTSUP),
			renameExclusive: noExclusiveRename,
			after:           map[string]string{"x.pdf": "mới x.pdf", "v1.pdf": "mới v1.pdf"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for n, data := range tt.before {
				if err := os.WriteFile(filepath.Join(dir, n), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			inject(t, tt.link, tt.renameExclusive, tt.rename)
			var files []File
			for _, f := range tt.files {
				files = append(files, File{Path: filepath.Join(dir, f.name), Data: []byte("mới " + f.name), Exclusive: f.exclusive})
			}
			err := WriteAll(files, nil)
			switch {
			case tt.wantErr == nil && err != nil:
				t.Fatalf("err = %v, want none", err)
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var oe *Error
			if err != nil && (!errors.As(err, &oe) || strings.Contains(oe.Path, ".tmp")) {
				t.Errorf("err = %v, want an *Error naming the destination", err)
			}
			assertFolder(t, dir, tt.after)
		})
	}
}

// TestWriteAllExclusiveAppearsMeanwhile: an exclusive file created by
// someone else after the check and before the write is never replaced,
// whichever way the file system lets the writer create files.
func TestWriteAllExclusiveAppearsMeanwhile(t *testing.T) {
	tests := map[string]func(string, string) error{
		"exclusive rename": nil,
		"exclusive create": noExclusiveRename,
	}
	for name, renameExcl := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			v1 := filepath.Join(dir, "v1.pdf")
			colleague := func(from, to string) error {
				if to == v1 {
					os.WriteFile(v1, []byte("của đồng nghiệp"), 0o644)
				}
				return &os.LinkError{Op: "link", Old: from, New: to, Err: syscall.EPERM}
			}
			inject(t, colleague, renameExcl, nil)
			err := WriteAll([]File{{Path: v1, Data: []byte("mới"), Exclusive: true}}, nil)
			if !errors.Is(err, fs.ErrExist) {
				t.Fatalf("err = %v, want fs.ErrExist", err)
			}
			assertFolder(t, dir, map[string]string{"v1.pdf": "của đồng nghiệp"})
		})
	}
}

// TestWriteAllRestoresLinkWithoutLinks: a symbolic link that is replaced is
// kept as a link where the file system has no hard links, and comes back
// as the same link when the write fails; the file it names is untouched.
func TestWriteAllRestoresLinkWithoutLinks(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "gốc.pdf"), []byte("gốc"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("gốc.pdf", filepath.Join(dir, "x.pdf")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	inject(t, noLink(syscall.EPERM), nil, renameFails(to("x.docx")))
	err := WriteAll([]File{{Path: filepath.Join(dir, "x.pdf"), Data: []byte("mới")}, {Path: filepath.Join(dir, "x.docx"), Data: []byte("mới")}}, nil)
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("err = %v, want %v", err, errDiskFull)
	}
	if target, err := os.Readlink(filepath.Join(dir, "x.pdf")); err != nil || target != "gốc.pdf" {
		t.Errorf("x.pdf: link to %q, %v; want the link to gốc.pdf", target, err)
	}
	assertFolder(t, dir, map[string]string{"gốc.pdf": "gốc", "x.pdf": "gốc"})
}

// inject replaces the writer's link and rename functions for one test; nil
// keeps the system's.
func inject(t *testing.T, l, re, r func(string, string) error) {
	t.Helper()
	if l != nil {
		link = l
	}
	if re != nil {
		renameExclusive = re
	}
	if r != nil {
		rename = r
	}
	t.Cleanup(func() { link, renameExclusive, rename = os.Link, renameExclusiveSys, os.Rename })
}

// assertFolder checks that dir holds exactly the files of want, each with
// its content.
func assertFolder(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	var wantNames []string
	for n := range want {
		wantNames = append(wantNames, n)
	}
	sort.Strings(wantNames)
	if got := names(t, dir); got != strings.Join(wantNames, " ") {
		t.Errorf("folder holds %s, want %s", got, strings.Join(wantNames, " "))
	}
	for n, data := range want {
		if got, err := os.ReadFile(filepath.Join(dir, n)); err != nil || string(got) != data {
			t.Errorf("%s holds %q (%v), want %q", n, got, err, data)
		}
	}
}
