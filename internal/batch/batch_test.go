package batch

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kehoach/kehoach/internal/batch/batchtest"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/testkit/sample"
)

// newEngine returns an Engine with the embedded templates.
func newEngine(t testing.TB) *engine.Engine {
	t.Helper()
	e, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := sample.Read()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// put writes data at dir/rel, making its folders.
func put(t *testing.T, dir, rel string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// files lists the files under dir, relative and with forward slashes.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return nil
	})
	return got
}

// TestTreeMirrorsAndReportsEachFile walks a tree holding good plans, bad
// data, files that are not TOML, hidden files, a link back to the root and
// files that cannot be read: the good plans are built into the mirrored
// tree, each bad one fails on its own with its reason, and the rest is
// left alone.
func TestTreeMirrorsAndReportsEachFile(t *testing.T) {
	sample := readSample(t)
	in, out := t.TempDir(), t.TempDir()
	put(t, in, "quang-tri/cam-lo.toml", sample)
	put(t, in, "quang-tri/gio-linh/xa-a.TOML", sample)
	put(t, in, "hue/loi.toml", bytes.Replace(sample, []byte("households = 2169"), []byte("households = 0"), 1))
	put(t, in, "hue/doc-toi.txt", []byte("không phải dữ liệu"))
	put(t, in, ".an/x.toml", sample)
	put(t, in, "hue/.x.toml", sample)
	// special maps the files that are neither plans nor data to the error
	// each must fail with. Windows lets only some users make links and has
	// no named pipes among files: there these cases are checked when they
	// can be made.
	special := map[string]error{}
	os.Symlink(in, filepath.Join(in, "hue", "vong")) // a loop
	dangling := filepath.Join(in, "hue", "treo.toml")
	if err := os.Symlink(filepath.Join(in, "khong-co"), dangling); err != nil && runtime.GOOS != "windows" {
		t.Fatal(err)
	}
	if _, err := os.Lstat(dangling); err == nil {
		special["hue/treo.toml"] = fs.ErrNotExist
	}
	if err := mkfifo(filepath.Join(in, "hue", "ong.toml")); err == nil {
		special["hue/ong.toml"] = engine.ErrNotRegular
	} else if runtime.GOOS != "windows" {
		t.Fatal(err)
	}
	jobs, err := Tree([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	outcomes := Run(context.Background(), jobs, Options{Engine: newEngine(t), Formats: engine.Formats, Workers: 2})

	want := []string{"quang-tri/cam-lo.docx", "quang-tri/cam-lo.pdf", "quang-tri/gio-linh/xa-a.docx", "quang-tri/gio-linh/xa-a.pdf"}
	if got := files(t, out); !slices.Equal(got, want) {
		t.Errorf("out holds %v, want %v", got, want)
	}
	failures := map[string]error{}
	for _, o := range outcomes {
		if o.NotRun {
			t.Errorf("%s not run", o.Job.Input)
		}
		if o.Err != nil {
			rel, _ := filepath.Rel(in, o.Job.Input)
			failures[filepath.ToSlash(rel)] = o.Err
		}
	}
	var errs dataerr.List
	if !errors.As(failures["hue/loi.toml"], &errs) || errs[0].Field != "units[5].households" {
		t.Errorf("hue/loi.toml: err = %v, want a data error of units[5].households", failures["hue/loi.toml"])
	}
	for name, want := range special {
		if !errors.Is(failures[name], want) {
			t.Errorf("%s: err = %v, want %v", name, failures[name], want)
		}
	}
	if len(failures) != 1+len(special) || len(outcomes) != 3+len(special) {
		t.Errorf("%d outcomes, failures %v; want %d outcomes, %d failures", len(outcomes), failures, 3+len(special), 1+len(special))
	}
}

func TestCollisionsRefusedBeforeWriting(t *testing.T) {
	tests := []struct {
		name  string
		tree  bool
		paths []string
		want  []Collision // nil: no error
		jobs  int
	}{
		{"two folders, flat", false, []string{"a/x.toml", "b/x.toml"},
			[]Collision{{"a/x.toml", "b/x.toml", filepath.Join("out", "x")}}, 0},
		{"two folders, tree", true, []string{"a/x.toml", "b/x.toml"},
			[]Collision{{"a/x.toml", "b/x.toml", filepath.Join("out", "x")}}, 0},
		{"named as given", false, []string{"./a/x.toml", "b//x.toml"},
			[]Collision{{"./a/x.toml", "b//x.toml", filepath.Join("out", "x")}}, 0},
		{"case of the extension", false, []string{"x.toml", "x.TOML", "y.toml"},
			[]Collision{{"x.toml", "x.TOML", filepath.Join("out", "x")}}, 0},
		{"same file twice", false, []string{"a/x.toml", "./a/x.toml"}, nil, 1},
		{"different names", false, []string{"a/x.toml", "a/y.toml"}, nil, 2},
	}
	for _, tt := range tests {
		list := Files
		if tt.tree {
			list = Tree
		}
		jobs, err := list(tt.paths, "out")
		var ce *CollisionError
		switch {
		case tt.want == nil && err != nil:
			t.Errorf("%s: err = %v", tt.name, err)
		case tt.want == nil && len(jobs) != tt.jobs:
			t.Errorf("%s: %d jobs, want %d", tt.name, len(jobs), tt.jobs)
		case tt.want != nil && (!errors.As(err, &ce) || !slices.Equal(ce.Collisions, tt.want)):
			t.Errorf("%s: err = %v, want collisions %v", tt.name, err, tt.want)
		case tt.want != nil && jobs != nil:
			t.Errorf("%s: jobs %v returned with the error", tt.name, jobs)
		}
	}
}

// TestWorkersGiveSameBytes: one worker and two workers write the same
// files, byte for byte, and report them in the same order.
func TestWorkersGiveSameBytes(t *testing.T) {
	in := t.TempDir()
	if _, err := batchtest.Write(readSample(t), in, 24); err != nil {
		t.Fatal(err)
	}
	e := newEngine(t)
	var outs [2]string
	var reports [2][]string
	for i, workers := range []int{1, 2} {
		outs[i] = t.TempDir()
		jobs, err := Tree([]string{in}, outs[i])
		if err != nil {
			t.Fatal(err)
		}
		Run(context.Background(), jobs, Options{Engine: e, Formats: engine.Formats, Workers: workers,
			Report: func(o Outcome) { reports[i] = append(reports[i], o.Job.Input) }})
	}
	a, b := files(t, outs[0]), files(t, outs[1])
	if len(a) != 48 || !slices.Equal(a, b) {
		t.Fatalf("-j 1 wrote %d files, -j 2 %d; want the same 48", len(a), len(b))
	}
	for _, f := range a {
		x, _ := os.ReadFile(filepath.Join(outs[0], f))
		y, _ := os.ReadFile(filepath.Join(outs[1], f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between -j 1 and -j 2", f)
		}
	}
	if !slices.Equal(reports[0], reports[1]) || !slices.IsSorted(reports[0]) {
		t.Errorf("reports differ or are out of order:\n%v\n%v", reports[0], reports[1])
	}
}

// TestCancelLeavesNoPartialFile cancels a run after a few plans: the rest
// are not run, every plan written is whole (both documents), and no
// temporary file is left.
func TestCancelLeavesNoPartialFile(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	if _, err := batchtest.Write(readSample(t), in, 60); err != nil {
		t.Fatal(err)
	}
	jobs, err := Tree([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	n := 0
	outcomes := Run(ctx, jobs, Options{Engine: newEngine(t), Formats: engine.Formats, Workers: 2,
		Report: func(Outcome) {
			mu.Lock()
			defer mu.Unlock()
			if n++; n == 5 {
				cancel()
			}
		}})
	built, notRun := 0, 0
	for _, o := range outcomes {
		switch {
		case o.NotRun:
			notRun++
			if o.Written != nil {
				t.Errorf("%s not run but wrote %v", o.Job.Input, o.Written)
			}
		case o.Err != nil:
			t.Errorf("%s: %v", o.Job.Input, o.Err)
		default:
			built++
		}
	}
	if built < 5 || notRun == 0 || built+notRun != 60 {
		t.Errorf("built %d, not run %d; want at least 5 built and some not run", built, notRun)
	}
	got := files(t, out)
	for _, f := range got {
		if strings.Contains(f, ".tmp") {
			t.Errorf("temporary file left: %s", f)
		}
	}
	if len(got) != 2*built {
		t.Errorf("%d files for %d plans built: %v", len(got), built, got)
	}
}

// TestFailureDoesNotStopOthers: the first of many files cannot be read, the
// second has bad data; every other file is built.
func TestFailureDoesNotStopOthers(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	paths, err := batchtest.Write(readSample(t), in, 10)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(paths[0])
	os.Mkdir(paths[0], 0o755) // a folder where a file is expected
	os.WriteFile(paths[1], []byte("[document]\nnumber = \"một\"\n"), 0o644)
	jobs, err := Files(paths, out)
	if err != nil {
		t.Fatal(err)
	}
	outcomes := Run(context.Background(), jobs, Options{Engine: newEngine(t), Formats: []engine.Format{engine.PDF}, Workers: 3})
	if !errors.Is(outcomes[0].Err, engine.ErrFolder) {
		t.Errorf("first: err = %v, want ErrFolder", outcomes[0].Err)
	}
	var errs dataerr.List
	if !errors.As(outcomes[1].Err, &errs) {
		t.Errorf("second: err = %v, want data errors", outcomes[1].Err)
	}
	for _, o := range outcomes[2:] {
		if o.Err != nil || len(o.Written) != 1 {
			t.Errorf("%s: written %v, err %v", o.Job.Input, o.Written, o.Err)
		}
	}
}
