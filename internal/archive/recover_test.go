package archive

import (
	"path/filepath"
	"testing"
)

// TestRecoveredParticulars: a version a killed run left unrecorded is
// recorded with the subject, signer, recipients and page count its PDF
// carries, the same as when it was archived, so that the list and the
// register need not read its PDF again.
func TestRecoveredParticulars(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	v2 := add(t, root, sampleSource(t, " (bổ sung)")).Version

	// Forget v2 in the manifest, as a run killed before recording it.
	dir := filepath.Join(root, docDir)
	m := manifestOf(t, root)
	m.Versions = m.Versions[:1]
	if err := writeManifest(dir, m); err != nil {
		t.Fatal(err)
	}

	added := add(t, root, sampleSource(t, " (sửa)"))
	if len(added.Recovered) != 1 {
		t.Fatalf("recovered %+v, want v2", added.Recovered)
	}
	got := manifestOf(t, root).Versions[1]
	if !got.Recovered || got.Particulars != v2.Particulars {
		t.Errorf("recovered v2 records %+v, want %+v", got.Particulars, v2.Particulars)
	}
	verifyOK(t, root)
}
