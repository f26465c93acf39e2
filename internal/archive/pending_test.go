package archive

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

// pendingDirs are where the sample, made a plan to be signed, lives with
// its own subject and with another one. The hashes were worked out apart
// from the package: the first eight hex digits of the SHA-256 of the
// issuer's key (see docDir), "2021", "kh-ubnd" and the subject in NFC,
// each followed by a zero byte.
var pendingDirs = map[string]string{
	sampleSubject:               filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "chua-so-KH-UBND-f9c62541"),
	"Rà soát hộ nghèo năm 2021": filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "chua-so-KH-UBND-0f0a0925"),
}

// pendingSource is the sample made a plan to be signed (trình ký số): no
// number, no date, state = "trình ký số"; edit changes its wording as
// sampleSource does, and subject, when not empty, replaces its subject.
func pendingSource(t testing.TB, edit, subject string) engine.Source {
	t.Helper()
	src := sampleSource(t, edit)
	s := string(src.Data)
	repl := []string{"number = 44 ", "# ", `date = "18/03/2021" `, "# ", "scope = ", "state = \"trình ký số\"\nscope = "}
	if subject != "" {
		repl = append(repl, `"`+sampleSubject+`"`, `"`+subject+`"`)
	}
	for i := 0; i < len(repl); i += 2 {
		if !strings.Contains(s, repl[i]) {
			t.Fatalf("the sample lacks %q; update pendingSource", repl[i])
		}
		s = strings.Replace(s, repl[i], repl[i+1], 1)
	}
	src.Data = []byte(s)
	return src
}

// TestAddPending: a plan to be signed is filed before it has a number, in
// a folder of its subject: the same subject again is its next version,
// another subject another document; verify finds all intact.
func TestAddPending(t *testing.T) {
	root := t.TempDir()
	steps := []struct {
		name         string
		src          engine.Source
		subject      string
		version      int
		unchanged    bool
		wantVersions int
	}{
		{"first", pendingSource(t, "", ""), sampleSubject, 1, false, 1},
		{"same data", pendingSource(t, "", ""), sampleSubject, 1, true, 1},
		{"changed wording", pendingSource(t, " (sửa)", ""), sampleSubject, 2, false, 2},
		{"another subject", pendingSource(t, "", "Rà soát hộ nghèo năm 2021"), "Rà soát hộ nghèo năm 2021", 1, false, 1},
	}
	for _, s := range steps {
		added, err := newArchive(t, root, Options{}).Add(context.Background(), s.src, when)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		dir := filepath.Join(root, pendingDirs[s.subject])
		if added.Dir != dir || added.Version.Version != s.version || added.Unchanged != s.unchanged {
			t.Errorf("%s: v%d in %s (unchanged %v), want v%d in %s (unchanged %v)",
				s.name, added.Version.Version, added.Dir, added.Unchanged, s.version, dir, s.unchanged)
		}
		m, err := readManifest(dir, "manifest.json")
		if err != nil || m == nil {
			t.Fatalf("%s: manifest %v", s.name, err)
		}
		want := Document{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Year: 2021, Pending: true, Symbol: "KH-UBND", Subject: s.subject}
		if m.Document != want || len(m.Versions) != s.wantVersions {
			t.Errorf("%s: manifest names %+v with %d versions, want %+v with %d", s.name, m.Document, len(m.Versions), want, s.wantVersions)
		}
		v := m.Versions[len(m.Versions)-1]
		if v.Number != "" || v.Date != "" || v.State != "trình ký số" || v.Subject != s.subject {
			t.Errorf("%s: version recorded as number %q, date %q, state %q, subject %q", s.name, v.Number, v.Date, v.State, v.Subject)
		}
		e, err := ExtractFile(context.Background(), added.Path())
		if err != nil || string(e.Source) != string(s.src.Data) || e.SourceName != "chua-so-KH-UBND.toml" {
			t.Errorf("%s: the PDF carries %q (%v), want the data file as chua-so-KH-UBND.toml", s.name, e.SourceName, err)
		}
	}
	r := verifyOK(t, root)
	if r.Documents != 2 || r.Versions != 3 {
		t.Errorf("verify: %d documents, %d versions; want 2, 3", r.Documents, r.Versions)
	}
	// Once it joined number 12 (as a signed original records it), the
	// document is still the same: the next version goes to its folder,
	// and verify finds it intact.
	a := filepath.Join(root, pendingDirs[sampleSubject])
	m, err := readManifest(a, "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	m.Document.Number = "12/KH-UBND"
	if err := writeManifest(a, m); err != nil {
		t.Fatal(err)
	}
	added, err := newArchive(t, root, Options{}).Add(context.Background(), pendingSource(t, " (sửa lần hai)", ""), when)
	if err != nil || added.Dir != a || added.Version.Version != 3 {
		t.Errorf("after joining a number: %+v, %v; want v3 in %s", added, err, a)
	}
	verifyOK(t, root)

	// A pending document's folder moved by hand is not its place.
	b := filepath.Join(root, pendingDirs["Rà soát hộ nghèo năm 2021"])
	moved := filepath.Join(filepath.Dir(b), "chua-so-KH-UBND-00000000")
	if err := os.Rename(b, moved); err != nil {
		t.Fatal(err)
	}
	r, err = Verify(context.Background(), root)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Problems) != 1 || r.Problems[0].File != filepath.Join(moved, ManifestName) ||
		!strings.Contains(r.Problems[0].Message, "“Rà soát hộ nghèo năm 2021”") || !strings.Contains(r.Problems[0].Message, b) {
		t.Errorf("verify of a moved folder: %v", r.Problems)
	}
}

// pendingArchive makes an archive whose one document is pending, with
// the signed fixtures' base.pdf as its v1, and returns its root and
// folder.
func pendingArchive(t *testing.T) (root, dir string) {
	t.Helper()
	root = t.TempDir()
	dir = filepath.Join(root, pendingDirs["Rà soát hộ nghèo năm 2021"])
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base := signedFixture(t, "base.pdf")
	if err := os.WriteFile(filepath.Join(dir, "v1.pdf"), base, 0o644); err != nil {
		t.Fatal(err)
	}
	m := &Manifest{Format: manifestFormat, Document: pendingDoc("Rà soát hộ nghèo năm 2021"),
		Versions: []Version{{Version: 1, File: "v1.pdf", PDFSHA256: sum(base), PDFSize: int64(len(base)),
			SourceSHA256: sum([]byte("toml")), ArchivedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
			Particulars: Particulars{Subject: "Rà soát hộ nghèo năm 2021", State: "trình ký số", TypeName: "Kế hoạch",
				SignerPosition: "Chủ tịch", SignerName: "Trần Anh Tuấn", Pages: 1}}}}
	if err := writeManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	return root, dir
}

// pendingDoc is the pending document of the sample's issuer in 2021 with
// the subject given.
func pendingDoc(subject string) Document {
	return Document{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Year: 2021, Pending: true, Symbol: "KH-UBND", Subject: subject}
}

// TestPendingSignedRefused: a signed original of a pending version needs
// the number and date stamped at issue, of the document's symbol and
// year; without them nothing is written.
func TestPendingSignedRefused(t *testing.T) {
	tests := []struct {
		name, number, date, field, want string
	}{
		{"no number, no date", "", "", "--number, --date", "--number 12/KH-UBND --date"},
		{"no number", "", "19/03/2021", "--number, --date", "chưa có số"},
		{"no date", "12/KH-UBND", "", "--number, --date", "phải nêu số và ngày"},
		{"another symbol", "12/QD-UBND", "19/03/2021", "--number", "như 12/KH-UBND"},
		{"not a number", "mười hai", "19/03/2021", "--number", "không đúng dạng"},
		{"another year", "12/KH-UBND", "19/03/2022", "--date", "năm 2021"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, dir := pendingArchive(t)
			before := readFile(t, filepath.Join(dir, ManifestName))
			_, err := AddSigned(context.Background(), root, writeSigned(t, signedFixture(t, "two.pdf")),
				SignedOptions{Now: signedNow, Number: tt.number, Date: tt.date})
			var errs dataerr.List
			if !errors.As(err, &errs) || errs[0].Field != tt.field || !strings.Contains(errs[0].Message, tt.want) {
				t.Fatalf("err = %v, want one on %s saying %q", err, tt.field, tt.want)
			}
			if got := names(t, dir); strings.Join(got, " ") != ".lock manifest.json v1.pdf" && strings.Join(got, " ") != "manifest.json v1.pdf" {
				t.Errorf("folder holds %v", got)
			}
			if string(readFile(t, filepath.Join(dir, ManifestName))) != string(before) {
				t.Error("the manifest changed")
			}
		})
	}
}

// TestPendingJoinsNumber: the signed original of a pending version brings
// number 12; the document joins it in its own folder, and the next
// number, the register and the number's uniqueness all see it.
func TestPendingJoinsNumber(t *testing.T) {
	ctx := context.Background()
	root, dir := pendingArchive(t)
	a, err := AddSigned(ctx, root, writeSigned(t, signedFixture(t, "two.pdf")),
		SignedOptions{Now: signedNow, Number: "12", Date: "19/03/2021"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Dir != dir || a.Original.Number != "12/KH-UBND" || a.Original.Date != "19/03/2021" {
		t.Errorf("added %+v in %s, want number 12/KH-UBND of 19/03/2021 in %s", a.Original, a.Dir, dir)
	}
	m, err := readManifest(dir, "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	want := pendingDoc("Rà soát hộ nghèo năm 2021")
	want.Number = "12/KH-UBND"
	if m.Document != want {
		t.Errorf("manifest names %+v, want %+v", m.Document, want)
	}
	if got := names(t, filepath.Dir(dir)); len(got) != 1 {
		t.Errorf("the year's folder holds %v, want the pending folder alone", got)
	}

	if n, err := NextNumber(root, "ỦY BAN NHÂN DÂN HUYỆN CAM LỘ", 2021, "KH"); err != nil || n.Next != 13 {
		t.Errorf("next number %+v, %v; want 13", n, err)
	}
	book, err := Register(ctx, root, 2021, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(book.Rows) != 1 {
		t.Fatalf("register rows %+v, want one", book.Rows)
	}
	r := book.Rows[0]
	if r.Number != 12 || r.Symbol != "KH-UBND" || r.Date != "19/03/2021" || r.Subject != "Rà soát hộ nghèo năm 2021" ||
		!strings.Contains(r.Note, "ký số lúc") {
		t.Errorf("register row %+v, want 12/KH-UBND of 19/03/2021, signed", r)
	}

	// An issued plan with number 12 and another subject is refused.
	src := sampleSource(t, "")
	src.Data = []byte(strings.Replace(string(src.Data), "number = 44 ", "number = 12 ", 1))
	_, err = newArchive(t, root, Options{}).Add(ctx, src, when)
	var errs dataerr.List
	if !errors.As(err, &errs) || errs[0].Field != "document.number" ||
		!strings.Contains(errs[0].Message, "“Rà soát hộ nghèo năm 2021”") || !strings.Contains(errs[0].Message, "“"+sampleSubject+"”") ||
		!strings.Contains(errs[0].Message, "13/KH-UBND") {
		t.Errorf("issued plan under number 12: %v; want refused naming both subjects and 13/KH-UBND", err)
	}
	// With number 13 it is filed.
	src.Data = []byte(strings.Replace(string(src.Data), "number = 12 ", "number = 13 ", 1))
	if _, err := newArchive(t, root, Options{}).Add(ctx, src, when); err != nil {
		t.Errorf("issued plan under number 13: %v", err)
	}

	// The document keeps the number it joined.
	if _, err := joinNumber(ctx, root, dir, "ky-so.pdf", m, SignedOptions{Number: "14/KH-UBND", Date: "20/03/2021"}); err == nil ||
		!strings.Contains(err.Error(), "không nhận thêm số 14/KH-UBND") {
		t.Errorf("joining a second number: %v", err)
	}
}

// TestJoinNumberTaken: a pending document does not join a number that
// another document holds with another subject, whether issued or pending;
// the same subject may.
func TestJoinNumberTaken(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, subject, want string
	}{
		{"issued document, another subject", "Rà soát hộ nghèo năm 2021", "“" + sampleSubject + "”"},
		{"pending document joined, another subject", "Kế hoạch khác", "“Rà soát hộ nghèo năm 2021”"},
		{"same subject", sampleSubject, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, _ := pendingArchive(t)
			if _, err := AddSigned(ctx, root, writeSigned(t, signedFixture(t, "two.pdf")),
				SignedOptions{Now: signedNow, Number: "12/KH-UBND", Date: "19/03/2021"}); err != nil {
				t.Fatal(err)
			}
			// The sample, issued under number 44.
			add(t, root, sampleSource(t, ""))
			number := "12/KH-UBND"
			if strings.HasPrefix(tt.name, "issued") || tt.want == "" {
				number = "44/KH-UBND"
			}
			m := &Manifest{Format: manifestFormat, Document: pendingDoc(tt.subject)}
			dir := filepath.Join(root, "khac")
			_, err := joinNumber(ctx, root, dir, "ky-so.pdf", m, SignedOptions{Number: number, Date: "19/03/2021"})
			if tt.want == "" {
				if err != nil {
					t.Errorf("same subject: %v", err)
				}
				return
			}
			var errs dataerr.List
			if !errors.As(err, &errs) || !strings.Contains(errs[0].Message, tt.want) || !strings.Contains(errs[0].Message, "“"+tt.subject+"”") ||
				!strings.Contains(errs[0].Message, "45/KH-UBND") {
				t.Errorf("err = %v, want refused naming %s and %q, and 45/KH-UBND", err, tt.want, tt.subject)
			}
		})
	}
}
