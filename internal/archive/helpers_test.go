package archive

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/engine"
)

const sample = "../../data/cam-lo-2021.toml"

// docDir is where the sample plan lives in an archive. The hashes were
// worked out apart from the package: the first eight hex digits of the
// SHA-256 of the issuer's key ("uy\u0309 ban nha\u0302n da\u0302n
// huye\u0302n\u0323 cam lo\u0302\u0323", then a zero byte), and of that key,
// "2021" and "44/kh-ubnd", each followed by a zero byte.
var docDir = filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee")

// when is the time the tests archive at.
var when = time.Date(2026, 12, 1, 3, 40, 0, 0, time.UTC)

var testTool = Tool{Version: "v1.2.3", Revision: "abc123"}

// sampleSource returns the sample data file, or a changed copy when edit
// is not empty: the first paragraph of the introduction gets edit
// inserted, so that it is a new version of the same document.
func sampleSource(t testing.TB, edit string) engine.Source {
	t.Helper()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	if edit != "" {
		old := []byte(`"Thực hiện Chương trình mục tiêu quốc gia về giảm nghèo`)
		if !bytes.Contains(data, old) {
			t.Fatal("the sample's introduction changed; update sampleSource")
		}
		data = bytes.Replace(data, old, []byte(`"Thực hiện Chương trình mục tiêu quốc gia`+edit+` về giảm nghèo`), 1)
	}
	return engine.Source{Name: "cam-lo-2021.toml", Data: data}
}

// newArchive returns an archive at root with the real engine.
// A nil t (in a helper process) panics on failure.
func newArchive(t testing.TB, root string, opt Options) *Archive {
	e, err := engine.New(engine.Options{})
	if err == nil {
		if opt.Tool == (Tool{}) {
			opt.Tool = testTool
		}
		return New(root, e, opt)
	}
	if t == nil {
		panic(err)
	}
	t.Fatal(err)
	return nil
}

// add archives src into root, or stops the test.
func add(t testing.TB, root string, src engine.Source) *Added {
	t.Helper()
	added, err := newArchive(t, root, Options{}).Add(context.Background(), src, when)
	if err != nil {
		t.Fatal(err)
	}
	return added
}

// manifestOf reads the sample document's manifest in root.
func manifestOf(t testing.TB, root string) *Manifest {
	t.Helper()
	dir := filepath.Join(root, docDir)
	m, err := readManifest(dir, "manifest.json")
	if err != nil || m == nil {
		t.Fatalf("manifest of %s: %v, %v", dir, m, err)
	}
	return m
}

// readFile reads path, or stops the test.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// verifyOK runs Verify on root and fails the test on any problem.
func verifyOK(t testing.TB, root string) *Report {
	t.Helper()
	r, err := Verify(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Problems {
		t.Errorf("verify: %s", p.Error())
	}
	return r
}

// names lists the entries of dir, sorted.
func names(t testing.TB, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}
