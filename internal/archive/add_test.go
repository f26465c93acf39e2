package archive

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestAddFirstVersion(t *testing.T) {
	root := t.TempDir()
	src := sampleSource(t, "")
	added := add(t, root, src)
	want := filepath.Join(root, docDir, "v1.pdf")
	if added.Path() != want || added.Unchanged || added.Version.Version != 1 {
		t.Fatalf("added %s (unchanged %v, version %d), want new v1 at %s", added.Path(), added.Unchanged, added.Version.Version, want)
	}
	pdfBytes := readFile(t, want)
	if !bytes.HasPrefix(pdfBytes, []byte("%PDF-")) {
		t.Fatal("v1.pdf is not a PDF")
	}
	m := manifestOf(t, root)
	if m.Document != (Document{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Number: "44/KH-UBND", Year: 2021}) {
		t.Errorf("document = %+v", m.Document)
	}
	wantV := Version{
		Version: 1, File: "v1.pdf",
		PDFSHA256: hexSum(pdfBytes), PDFSize: int64(len(pdfBytes)),
		SourceSHA256: hexSum(src.Data), SourceName: "cam-lo-2021.toml",
		Number: "44/KH-UBND", Date: "18/03/2021", ArchivedAt: when,
		Kehoach: "v1.2.3", Revision: "abc123",
		// As the sample's data file gives them; pdfinfo counts 5 pages.
		Particulars: Particulars{
			Subject: "Thực hiện Chương trình giảm nghèo năm 2021", State: "ban hành", TypeName: "Kế hoạch",
			SignerPosition: "Chủ tịch", SignerName: "Trần Anh Tuấn",
			Recipients: "UBND tỉnh\nSở LĐ-TB&XH\nTT Huyện ủy; TT HĐND huyện\nCT, PCT UBND huyện\n" +
				"UBMTTQVN, các tổ chức CT-XH huyện\nCác cơ quan liên quan\nTV BCĐ giảm nghèo huyện\nUBND các xã, thị trấn",
			Pages: 5,
		},
	}
	if len(m.Versions) != 1 || !reflect.DeepEqual(m.Versions[0], wantV) {
		t.Errorf("versions = %+v\nwant [%+v]", m.Versions, wantV)
	}
	e, err := ReadEmbedded(context.Background(), pdfBytes)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.Source, src.Data) || e.SourceName != "44-KH-UBND.toml" {
		t.Errorf("embedded %s differs from the data file", e.SourceName)
	}
	if e.Version != "v1" || e.Producer != "kehoach v1.2.3" {
		t.Errorf("metadata names version %q, producer %q", e.Version, e.Producer)
	}
	if got := names(t, filepath.Join(root, docDir)); !slices.Equal(got, []string{".lock", "manifest.json", "v1.pdf"}) {
		t.Errorf("document folder holds %v", got)
	}
	verifyOK(t, root)
}

func TestAddUnchangedAddsNothing(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	before := readFile(t, filepath.Join(root, docDir, ManifestName))
	src := sampleSource(t, "")
	src.Name = "khac-ten.toml" // the name does not matter, the bytes do
	added := add(t, root, src)
	if !added.Unchanged || added.Version.Version != 1 {
		t.Errorf("unchanged data: unchanged %v, version %d; want true, 1", added.Unchanged, added.Version.Version)
	}
	if after := readFile(t, filepath.Join(root, docDir, ManifestName)); !bytes.Equal(before, after) {
		t.Error("the manifest changed")
	}
	if got := names(t, filepath.Join(root, docDir)); slices.Contains(got, "v2.pdf") {
		t.Errorf("a v2 was added: %v", got)
	}
}

func TestAddChangedAddsNextVersion(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	v1 := readFile(t, filepath.Join(root, docDir, "v1.pdf"))
	changed := sampleSource(t, " (bổ sung)")
	added := add(t, root, changed)
	if added.Unchanged || added.Version.Version != 2 || added.Version.File != "v2.pdf" {
		t.Fatalf("changed data: %+v", added.Version)
	}
	if again := readFile(t, filepath.Join(root, docDir, "v1.pdf")); !bytes.Equal(v1, again) {
		t.Error("v1.pdf changed when v2 was added")
	}
	m := manifestOf(t, root)
	if len(m.Versions) != 2 || m.Versions[1].SourceSHA256 != hexSum(changed.Data) {
		t.Errorf("manifest versions: %+v", m.Versions)
	}
	e, err := ExtractFile(context.Background(), filepath.Join(root, docDir, "v2.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if e.Version != "v2" || !bytes.Equal(e.Source, changed.Data) {
		t.Errorf("v2.pdf carries version %q and other data", e.Version)
	}
	// Back to the first data: it differs from the latest, so v3.
	if added := add(t, root, sampleSource(t, "")); added.Version.Version != 3 {
		t.Errorf("data of v1 after v2: version %d, want 3", added.Version.Version)
	}
	verifyOK(t, root)
}

// TestExtractRebuildIdentical: the data file extracted from an archived PDF
// archives, elsewhere and at another time, to the very same bytes.
func TestExtractRebuildIdentical(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	add(t, root, sampleSource(t, " (bổ sung)"))
	for _, v := range []string{"v1.pdf", "v2.pdf"} {
		t.Run(v, func(t *testing.T) {
			path := filepath.Join(root, docDir, v)
			e, err := ExtractFile(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			// Rebuild the version: archive the extracted data into a fresh
			// archive up to the same version number.
			other := t.TempDir()
			a := newArchive(t, other, Options{})
			if v == "v2.pdf" {
				if _, err := a.Add(context.Background(), sampleSource(t, " (khác)"), when); err != nil {
					t.Fatal(err)
				}
			}
			got, err := a.Add(context.Background(), engine.Source{Name: "lay-lai.toml", Data: e.Source}, when.Add(48*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(readFile(t, got.Path()), readFile(t, path)) {
				t.Errorf("rebuilt %s differs from the archived one", v)
			}
		})
	}
}

func TestDataErrorsRefused(t *testing.T) {
	root := t.TempDir()
	src := sampleSource(t, "")
	src.Data = bytes.Replace(src.Data, []byte("number = 44"), []byte("number = -1"), 1)
	_, err := newArchive(t, root, Options{}).Add(context.Background(), src, when)
	var errs dataerr.List
	if !errors.As(err, &errs) {
		t.Fatalf("err = %v, want dataerr.List", err)
	}
	if got := names(t, root); len(got) != 0 {
		t.Errorf("archive holds %v after bad data", got)
	}
}
