package archive

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oldDir is where the archive put the sample before folder names carried
// a hash.
var oldDir = filepath.Join("uy-ban-nhan-dan-huyen-cam-lo", "2021", "44-KH-UBND")

// moveToOldLayout moves the document folder rel of the archive at root to
// old, where the archive used to put it, as if an earlier kehoach had
// archived it.
func moveToOldLayout(t *testing.T, root, rel, old string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(root, old)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(root, rel), filepath.Join(root, old)); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{filepath.Dir(rel), filepath.Dir(filepath.Dir(rel))} {
		if err := os.Remove(filepath.Join(root, d)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestOldLayout: an archive written before folder names carried a hash is
// still read, verified and added to, each document in its own folder.
func TestOldLayout(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	moveToOldLayout(t, root, docDir, oldDir)
	verifyOK(t, root)

	added := add(t, root, sampleSource(t, " (bổ sung)"))
	if want := filepath.Join(root, oldDir); added.Dir != want || added.Version.Version != 2 {
		t.Errorf("next version: %s v%d, want %s v2", added.Dir, added.Version.Version, want)
	}
	if _, err := os.Stat(filepath.Join(root, docDir)); err == nil {
		t.Errorf("the next version made a second folder %s", docDir)
	}
	if r := verifyOK(t, root); r.Documents != 1 || r.Versions != 2 {
		t.Errorf("verify: %d documents, %d versions", r.Documents, r.Versions)
	}
	entries, err := List(root)
	if err != nil || len(entries) != 1 || len(entries[0].Manifest.Versions) != 2 {
		t.Errorf("list: %v, %v", entries, err)
	}
}

// TestOldLayoutMerged: an earlier kehoach put Tân Hóa's version as v2 of
// Tân Hòa's document, in one folder. Verify names it, and Tân Hóa's next
// version goes to a folder of its own.
func TestOldLayoutMerged(t *testing.T) {
	root, other := t.TempDir(), t.TempDir()
	rel := folderOf(t, issuerSource(t, "", "", tanHoa))
	old := filepath.Join("ubnd-xa-tan-hoa", "2021", "44-KH-UBND")
	add(t, root, issuerSource(t, "", "", tanHoa))
	moveToOldLayout(t, root, rel, old)
	add(t, other, issuerSource(t, "", "", tanHoaA))
	hoaV2 := add(t, other, issuerSource(t, " (bổ sung)", "", tanHoaA))

	// Record Tân Hóa's v2 in Tân Hòa's folder, as the earlier kehoach did.
	dir := filepath.Join(root, old)
	os.WriteFile(filepath.Join(dir, "v2.pdf"), readFile(t, hoaV2.Path()), 0o644)
	m, err := readManifest(dir, ManifestName)
	if err != nil {
		t.Fatal(err)
	}
	m.Versions = append(m.Versions, hoaV2.Version)
	if err := writeManifest(dir, m); err != nil {
		t.Fatal(err)
	}

	r, err := Verify(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 1 || r.Problems[0].File != filepath.Join(dir, "v2.pdf") ||
		!strings.Contains(r.Problems[0].Message, "là của văn bản số 44/KH-UBND năm 2021 của "+tanHoaA+", không phải của văn bản số 44/KH-UBND năm 2021 của "+tanHoa) {
		t.Errorf("verify: %v", r.Problems)
	}

	added := add(t, root, issuerSource(t, " (sửa)", "", tanHoaA))
	if want := filepath.Join(root, folderOf(t, issuerSource(t, "", "", tanHoaA))); added.Dir != want || added.Version.Version != 1 {
		t.Errorf("Tân Hóa's next version: %s v%d, want %s v1", added.Dir, added.Version.Version, want)
	}
}

// TestOldLayoutKilledFirstRun: an earlier kehoach killed after placing a
// document's v1.pdf and before writing its manifest; Verify says to run
// archive again, and that run records it in its folder.
func TestOldLayoutKilledFirstRun(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	os.Remove(filepath.Join(root, docDir, ManifestName))
	moveToOldLayout(t, root, docDir, oldDir)
	r, err := Verify(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 1 || !strings.Contains(r.Problems[0].Message, "chạy lại kehoach archive") {
		t.Errorf("verify: %v", r.Problems)
	}
	added := add(t, root, sampleSource(t, " (bổ sung)"))
	if want := filepath.Join(root, oldDir); added.Dir != want || len(added.Recovered) != 1 || added.Version.Version != 2 {
		t.Errorf("next run: %s v%d, recovered %v; want %s v2", added.Dir, added.Version.Version, added.Recovered, want)
	}
	verifyOK(t, root)
}
