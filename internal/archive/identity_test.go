package archive

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

// The sample's issuer, as its data file writes it.
const (
	sampleIssuerLine = `name = ["Ủy ban nhân dân", "huyện Cam Lộ"]`
	sampleSymbolLine = `symbol = "UBND"`
)

// issuerSource returns the sample data file issued by issuer (one printed
// line each), with symbol when not "", and edit inserted as sampleSource
// does.
func issuerSource(t testing.TB, edit, symbol string, issuer ...string) engine.Source {
	t.Helper()
	src := sampleSource(t, edit)
	if !bytes.Contains(src.Data, []byte(sampleIssuerLine)) || !bytes.Contains(src.Data, []byte(sampleSymbolLine)) {
		t.Fatal("the sample's issuer lines changed; update issuerSource")
	}
	lines := `"` + strings.Join(issuer, `", "`) + `"`
	src.Data = bytes.Replace(src.Data, []byte(sampleIssuerLine), []byte(`name = [`+lines+`]`), 1)
	if symbol != "" {
		src.Data = bytes.Replace(src.Data, []byte(sampleSymbolLine), []byte(`symbol = "`+symbol+`"`), 1)
	}
	return src
}

// The names of the tests: two communes of one name but for an accent, and
// two districts' steering committees, whose names differ after the 80th
// letter once folded.
const (
	tanHoa  = "UBND xã Tân Hòa"
	tanHoa2 = "UBND xã Tân Hoà" // the same name, the tone mark on the a
	tanHoaA = "UBND xã Tân Hóa"
	bcd     = "Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia"
	bcdYear = "giai đoạn 2021 - 2025 huyện "
)

// folderOf is the folder, relative to an archive's root, that src is
// archived in.
func folderOf(t testing.TB, src engine.Source) string {
	t.Helper()
	root := t.TempDir()
	rel, err := filepath.Rel(root, add(t, root, src).Dir)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

// TestDocumentsApart archives two data files and checks that they are two
// documents, each in its own folder and listed under its own issuer, when
// they name two, and two versions of one when they name one.
func TestDocumentsApart(t *testing.T) {
	tests := []struct {
		name string
		a, b engine.Source
		same bool
	}{
		{"accents: Tân Hòa and Tân Hóa",
			issuerSource(t, "", "", tanHoa), issuerSource(t, " (bổ sung)", "", tanHoaA), false},
		{"after the 80th letter: two districts' committees",
			issuerSource(t, "", "BCĐ", bcd, bcdYear+"Cam Lộ"), issuerSource(t, " (bổ sung)", "BCĐ", bcd, bcdYear+"Hướng Hóa"), false},
		{"symbol: Đ and D",
			issuerSource(t, "", "BCĐ", tanHoa), issuerSource(t, " (bổ sung)", "BCD", tanHoa), false},
		{"the tone mark placed otherwise: Tân Hòa and Tân Hoà",
			issuerSource(t, "", "", tanHoa), issuerSource(t, " (bổ sung)", "", tanHoa2), true},
		{"capitals and lines",
			sampleSource(t, ""), issuerSource(t, " (bổ sung)", "", "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			a, b := add(t, root, tt.a), add(t, root, tt.b)
			entries, err := List(root)
			if err != nil {
				t.Fatal(err)
			}
			r := verifyOK(t, root)
			if tt.same {
				if b.Dir != a.Dir || b.Version.Version != 2 || len(entries) != 1 || r.Documents != 1 {
					t.Errorf("one document: %s v%d, then %s v%d; %d listed", a.Dir, a.Version.Version, b.Dir, b.Version.Version, len(entries))
				}
				return
			}
			if b.Dir == a.Dir || b.Version.Version != 1 || len(entries) != 2 || r.Documents != 2 || r.Versions != 2 {
				t.Fatalf("two documents: %s v%d, then %s v%d; %d listed", a.Dir, a.Version.Version, b.Dir, b.Version.Version, len(entries))
			}
			// Each is listed under its own issuer, as its data writes it.
			for _, src := range []engine.Source{tt.a, tt.b} {
				res, err := newArchive(t, root, Options{}).builder.Build(context.Background(), src, nil)
				if err != nil {
					t.Fatal(err)
				}
				issuer := strings.Join(res.Plan.Issuer.Name, " ")
				number := "44/KH-" + res.Plan.Issuer.Symbol
				found := 0
				for _, e := range entries {
					if e.Manifest.Document.Issuer == issuer && e.Manifest.Document.Number == number && len(e.Manifest.Versions) == 1 {
						found++
					}
				}
				if found != 1 {
					t.Errorf("%s, %s listed %d times", issuer, number, found)
				}
			}
		})
	}
}

// TestForeignVersion: another document's PDF copied into a document's
// folder under the name of its next version is reported by Verify as the
// other document's, without telling to run archive, and archive refuses
// it rather than record it.
func TestForeignVersion(t *testing.T) {
	other := t.TempDir()
	add(t, other, issuerSource(t, "", "", tanHoaA))
	foreignV2 := add(t, other, issuerSource(t, " (bổ sung)", "", tanHoaA)).Path()
	foreignV1 := filepath.Join(filepath.Dir(foreignV2), "v1.pdf")
	tests := []struct {
		name string
		// archived: the document has a first version; else its folder
		// holds only the copy.
		archived bool
		copied   string
	}{
		{"next version", true, foreignV2},
		{"first version", false, foreignV1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, folderOf(t, issuerSource(t, "", "", tanHoa)))
			if tt.archived {
				add(t, root, issuerSource(t, "", "", tanHoa))
			} else {
				os.MkdirAll(dir, 0o755)
			}
			path := filepath.Join(dir, filepath.Base(tt.copied))
			os.WriteFile(path, readFile(t, tt.copied), 0o644)

			r, err := Verify(context.Background(), root)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Problems) != 1 || r.Problems[0].File != path {
				t.Fatalf("verify: %v, want one problem with %s", r.Problems, path)
			}
			msg := r.Problems[0].Message
			if !strings.Contains(msg, "là của văn bản số 44/KH-UBND năm 2021 của "+tanHoaA) || strings.Contains(msg, "chạy lại") {
				t.Errorf("verify: %s", msg)
			}

			_, err = newArchive(t, root, Options{}).Add(context.Background(), issuerSource(t, " (sửa)", "", tanHoa), when)
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].File != path || !strings.Contains(errs[0].Message, tanHoaA) {
				t.Fatalf("archive: %v, want a refusal naming %s and %s", err, path, tanHoaA)
			}
			m, err := readManifest(dir, ManifestName)
			if err != nil {
				t.Fatal(err)
			}
			if tt.archived && len(m.Versions) != 1 || !tt.archived && m != nil {
				t.Errorf("manifest after the refusal: %+v", m)
			}
			if !bytes.Equal(readFile(t, path), readFile(t, tt.copied)) {
				t.Error("the copied file changed")
			}
		})
	}
}

// TestForeignFolder: a folder whose manifest names another document, as
// when copied by hand, is reported by Verify and never written into for
// this one.
func TestForeignFolder(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, folderOf(t, issuerSource(t, "", "", tanHoa)))
	os.MkdirAll(dir, 0o755)
	otherDir := add(t, t.TempDir(), issuerSource(t, "", "", tanHoaA)).Dir
	for _, name := range []string{ManifestName, "v1.pdf"} {
		os.WriteFile(filepath.Join(dir, name), readFile(t, filepath.Join(otherDir, name)), 0o644)
	}
	before := readFile(t, filepath.Join(dir, ManifestName))
	r, err := Verify(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 1 || r.Problems[0].File != filepath.Join(dir, ManifestName) ||
		!strings.Contains(r.Problems[0].Message, "ghi văn bản số 44/KH-UBND năm 2021 của "+tanHoaA+", nhưng thư mục không phải chỗ của văn bản ấy (đúng ra là "+filepath.Join(root, folderOf(t, issuerSource(t, "", "", tanHoaA)))+")") {
		t.Errorf("verify: %v", r.Problems)
	}
	_, err = newArchive(t, root, Options{}).Add(context.Background(), issuerSource(t, "", "", tanHoa), when)
	var errs dataerr.List
	if !errors.As(err, &errs) || !strings.Contains(errs[0].Message, "lưu văn bản số 44/KH-UBND năm 2021 của "+tanHoaA+", không phải văn bản số 44/KH-UBND năm 2021 của "+tanHoa) {
		t.Fatalf("archive: %v", err)
	}
	if after := readFile(t, filepath.Join(dir, ManifestName)); !bytes.Equal(before, after) {
		t.Error("the other document's manifest changed")
	}
	if got := names(t, dir); len(got) != 3 { // the lock, the manifest, v1
		t.Errorf("folder holds %v", got)
	}
}
