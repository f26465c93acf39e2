package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// signedFixture reads a file that package signed's testdata/make.sh made.
func signedFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "signed", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signedArchive makes an archive whose one document has the signed
// fixtures' base.pdf as v1, and returns its root and the document's
// folder.
func signedArchive(t *testing.T) (root, dir string) {
	t.Helper()
	root = t.TempDir()
	dir = filepath.Join(root, docDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base := signedFixture(t, "base.pdf")
	if err := os.WriteFile(filepath.Join(dir, "v1.pdf"), base, 0o644); err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Format: manifestFormat,
		Document: Document{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Number: "44/KH-UBND", Year: 2021},
		Versions: []Version{{Version: 1, File: "v1.pdf", PDFSHA256: sum(base), PDFSize: int64(len(base)),
			SourceSHA256: sum([]byte("toml")), Number: "44/KH-UBND", Date: "18/03/2021",
			ArchivedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}}}
	if err := writeManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	return root, dir
}

// writeSigned writes a signed fixture, possibly changed, for AddSigned.
func writeSigned(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ky-so.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var signedNow = time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC)

// TestAddSigned: the signer's and the office's signatures are recorded
// with the version they sign, in Vietnam time, and the file is kept
// byte for byte beside the version; the same file again adds nothing.
func TestAddSigned(t *testing.T) {
	root, dir := signedArchive(t)
	two := signedFixture(t, "two.pdf")
	path := writeSigned(t, two)
	a, err := AddSigned(context.Background(), root, path, SignedOptions{Now: signedNow, Number: "45/KH-UBND", Date: "19/03/2021"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dir != dir || a.Original.File != "v1.signed.pdf" || a.Unchanged {
		t.Fatalf("added %+v, want v1.signed.pdf in %s", a, dir)
	}
	if got, err := os.ReadFile(filepath.Join(dir, "v1.signed.pdf")); err != nil || !bytes.Equal(got, two) {
		t.Fatalf("stored file differs from the signed file (%v)", err)
	}
	m := manifestOf(t, root)
	s := m.Versions[0].Signed
	if len(s) != 1 {
		t.Fatalf("signed originals %+v, want one", s)
	}
	o := s[0]
	if o.SHA256 != sum(two) || o.Size != int64(len(two)) || o.Number != "45/KH-UBND" || o.Date != "19/03/2021" ||
		!o.ArchivedAt.Equal(signedNow) || len(o.Revisions) != 2 {
		t.Errorf("record %+v", o)
	}
	want := []struct{ field, cn, serial string }{{"Signer", "Nguyễn Văn A", "1001"}, {"Office", "Văn phòng UBND huyện Cam Lộ", "1002"}}
	if len(o.Signatures) != len(want) {
		t.Fatalf("signatures %+v", o.Signatures)
	}
	for i, w := range want {
		g := o.Signatures[i]
		if g.Field != w.field || g.CommonName != w.cn || g.Organization != "UBND huyện Cam Lộ" || g.Serial != w.serial ||
			!strings.HasSuffix(g.SigningTime, "+07:00") || g.Trust != "chưa kiểm tra" {
			t.Errorf("signature %d: %+v, want %+v in Vietnam time, not checked", i, g, w)
		}
	}
	a, err = AddSigned(context.Background(), root, path, SignedOptions{Now: signedNow})
	if err != nil || !a.Unchanged || len(manifestOf(t, root).Versions[0].Signed) != 1 {
		t.Errorf("second time: %+v, %v; want unchanged", a, err)
	}
	// The signer's file, then the office's: two signed originals.
	a, err = AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "signer.pdf")), SignedOptions{Now: signedNow})
	if err != nil || a.Original.File != "v1.signed-2.pdf" || a.Original.Number != "44/KH-UBND" {
		t.Errorf("signer's file: %+v, %v; want v1.signed-2.pdf with the version's number", a, err)
	}
}

// TestAddSignedRefused: a file that is not a sound signed original of an
// archived version is refused with a reason naming it, and nothing is
// written.
func TestAddSignedRefused(t *testing.T) {
	flipped := bytes.Clone(signedFixture(t, "two.pdf"))
	flipped[20] ^= 1
	tests := []struct {
		name string
		data []byte
		opt  SignedOptions
		want string
	}{
		{"unsigned update", signedFixture(t, "appended.pdf"), SignedOptions{}, "nằm sau chữ ký cuối cùng"},
		{"number repainted", signedFixture(t, "repaint.pdf"), SignedOptions{}, "viết lại nội dung trang 1"},
		{"no version prefixes it", flipped, SignedOptions{}, "không phiên bản nào"},
		{"the version itself", signedFixture(t, "base.pdf"), SignedOptions{}, "không phiên bản nào"},
		{"bad date", signedFixture(t, "two.pdf"), SignedOptions{Date: "2021-03-19"}, "dd/mm/yyyy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, dir := signedArchive(t)
			before := manifestOf(t, root)
			path := writeSigned(t, tt.data)
			tt.opt.Now = signedNow
			_, err := AddSigned(context.Background(), root, path, tt.opt)
			var de dataerr.List
			if !errors.As(err, &de) || de[0].File != path || !strings.Contains(de[0].Message, tt.want) {
				t.Fatalf("err = %v, want a problem of %s saying %q", err, path, tt.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "v1.signed.pdf")); err == nil {
				t.Error("v1.signed.pdf written")
			}
			if len(manifestOf(t, root).Versions[0].Signed) != len(before.Versions[0].Signed) {
				t.Error("manifest changed")
			}
		})
	}
}

// TestAddSignedNeverOverwrites: a file in the signed original's place
// that the manifest does not list is left as it is.
func TestAddSignedNeverOverwrites(t *testing.T) {
	root, dir := signedArchive(t)
	place := filepath.Join(dir, "v1.signed.pdf")
	if err := os.WriteFile(place, []byte("của ai đó"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "two.pdf")), SignedOptions{Now: signedNow})
	var de dataerr.List
	if !errors.As(err, &de) || !strings.Contains(de[0].Message, "không ghi đè") {
		t.Errorf("err = %v, want a refusal to overwrite", err)
	}
	if got, _ := os.ReadFile(place); string(got) != "của ai đó" {
		t.Errorf("file overwritten: %q", got)
	}
}

// TestCheckSignedOriginal: verify's check of a stored signed original
// finds a changed byte and a changed version.
func TestCheckSignedOriginal(t *testing.T) {
	root, dir := signedArchive(t)
	a, err := AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "two.pdf")), SignedOptions{Now: signedNow})
	if err != nil {
		t.Fatal(err)
	}
	v := manifestOf(t, root).Versions[0]
	base := signedFixture(t, "base.pdf")
	if msg := checkSignedOriginal(context.Background(), dir, v, base, a.Original); msg != "" {
		t.Fatalf("intact: %s", msg)
	}
	other := bytes.Clone(base)
	other[20] ^= 1
	if msg := checkSignedOriginal(context.Background(), dir, v, other, a.Original); !strings.Contains(msg, "phần đầu") {
		t.Errorf("version changed: %q", msg)
	}
	data, _ := os.ReadFile(a.Path())
	data[len(data)-300] ^= 1
	if err := os.WriteFile(a.Path(), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := checkSignedOriginal(context.Background(), dir, v, base, a.Original); !strings.Contains(msg, "đã bị thay đổi") {
		t.Errorf("byte changed: %q", msg)
	}
	rec := a.Original
	rec.SHA256 = sum(data)
	if msg := checkSignedOriginal(context.Background(), dir, v, base, rec); !strings.Contains(msg, "chữ ký không còn hợp lệ") {
		t.Errorf("byte changed and its sum recorded: %q", msg)
	}
}

// TestHostileSignedRecord: a manifest whose signed originals name a file
// outside their place, a bad sum or a size that cannot be is refused.
func TestHostileSignedRecord(t *testing.T) {
	root, dir := signedArchive(t)
	if _, err := AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "two.pdf")), SignedOptions{Now: signedNow}); err != nil {
		t.Fatal(err)
	}
	good := string(readFile(t, filepath.Join(dir, ManifestName)))
	tests := []struct {
		name, old, new, want string
	}{
		{"path outside", `"file": "v1.signed.pdf"`, `"file": "../../v1.signed.pdf"`, `đúng ra là "v1.signed.pdf"`},
		{"other name", `"file": "v1.signed.pdf"`, `"file": "v1.pdf"`, `đúng ra là "v1.signed.pdf"`},
		{"bad sum", `"sha256": "`, `"sha256": "ZZ`, "SHA-256 không hợp lệ"},
		{"size of the version", fmt.Sprintf(`"size": %d`, len(signedFixture(t, "two.pdf"))), `"size": 10`, "kích thước không hợp lệ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(good, tt.old, tt.new, 1)
			if bad == good {
				t.Fatalf("%q not in the manifest", tt.old)
			}
			_, err := parseManifest([]byte(bad), "manifest.json")
			var de dataerr.List
			if !errors.As(err, &de) || !strings.Contains(de[0].Message, tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestVerifySignedAgainstVersion: verify checks a signed original against
// its version's PDF as it is now: intact, changed, missing.
func TestVerifySignedAgainstVersion(t *testing.T) {
	tests := []struct {
		name   string
		change func(v1 string) error
		want   string // "" for no problem with the signed original
	}{
		{"intact", func(string) error { return nil }, ""},
		{"version changed", func(v1 string) error {
			data, err := os.ReadFile(v1)
			if err != nil {
				return err
			}
			data[20] ^= 1
			return os.WriteFile(v1, data, 0o644)
		}, "phần đầu của tệp không còn đúng là phiên bản v1.pdf mà nó ký"},
		{"version missing", os.Remove, "phần đầu của tệp không còn đúng là phiên bản v1.pdf mà nó ký"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, dir := signedArchive(t)
			a, err := AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "two.pdf")), SignedOptions{Now: signedNow})
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.change(filepath.Join(dir, "v1.pdf")); err != nil {
				t.Fatal(err)
			}
			r, err := Verify(context.Background(), root)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range r.Problems {
				if p.File == a.Path() {
					got = p.Message
				}
			}
			if r.Signed != 1 || got != tt.want {
				t.Errorf("signed %d, problem with %s: %q, want %q", r.Signed, a.Path(), got, tt.want)
			}
		})
	}
}
