package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/archive"
)

// pendingRel is where the sample made a plan to be signed lives in an
// archive (see the archive package's tests for the hash).
var pendingRel = filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "chua-so-KH-UBND-f9c62541")

// TestArchivePending: archive files a plan to be signed before it has a
// number, names the file to sign, and list says it has no number yet.
func TestArchivePending(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	plan := sampleVariant(t, "ky-so.toml", sampleNumberLine, "# ", `date = "18/03/2021" `, "# ", "scope = ", "state = \"trình ký số\"\nscope = ")
	code, stdout, stderr := runArchive(t, "--to", root, plan)
	v1 := filepath.Join(root, pendingRel, "v1.pdf")
	if code != exitOK || !strings.Contains(stdout, "đã lưu phiên bản v1 của kế hoạch trình ký số (chưa có số): "+v1) ||
		!strings.Contains(stdout, "\ntệp để ký số: "+v1+"\n") {
		t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, "kế hoạch trình ký số, chưa có số (…/KH-UBND) (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản") ||
		!strings.Contains(stdout, "  v1  chưa có ngày  trình ký số  người ký: Chủ tịch Trần Anh Tuấn  chưa ký số") {
		t.Errorf("list: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestArchiveSignedPending: the signed original of a pending version
// needs --number and --date; with them the document joins number 12,
// which list, register and next-number show.
func TestArchiveSignedPending(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	dir := filepath.Join(root, filepath.Dir(pendingRel), "chua-so-KH-UBND-0f0a0925")
	subject := "Rà soát hộ nghèo năm 2021"
	signedFile := writePending(t, dir, "KH-UBND", subject, "Kế hoạch")

	code, stdout, stderr := runArchive(t, "signed", "--to", root, signedFile)
	if code != exitData || !strings.Contains(stderr, "--number") || !strings.Contains(stderr, "văn bản chưa có số") {
		t.Errorf("without --number: exit %d, want %d\n%s%s", code, exitData, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "signed", "--to", root, "--number", "12/KH-UBND", "--date", "19/03/2021", signedFile)
	if code != exitOK || !strings.Contains(stdout, "(văn bản số 12/KH-UBND, ngày 19/03/2021): "+filepath.Join(dir, "v1.signed.pdf")) {
		t.Fatalf("signed: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, dir+": kế hoạch số 12/KH-UBND (số đóng khi ký số) (Ủy ban nhân dân huyện Cam Lộ, năm 2021)") ||
		!strings.Contains(stdout, "trích yếu: "+subject) {
		t.Errorf("list: exit %d\n%s%s", code, stdout, stderr)
	}
	csvPath := filepath.Join(t.TempDir(), "so.csv")
	if code, stdout, stderr := runArchive(t, "register", "--to", root, "--year", "2021", "-o", csvPath); code != exitOK {
		t.Fatalf("register: exit %d\n%s%s", code, stdout, stderr)
	}
	if got := string(readOrFail(t, csvPath)); !strings.Contains(got, "\r\n12,KH-UBND,19/03/2021,Kế hoạch,"+subject+",Chủ tịch Trần Anh Tuấn,") {
		t.Errorf("register:\n%s", got)
	}
	code, stdout, stderr = runArchive(t, "next-number", "--to", root, "--issuer", "Ủy ban nhân dân huyện Cam Lộ", "--year", "2021")
	if code != exitOK || !strings.Contains(stdout, "năm 2021: 13\n") {
		t.Errorf("next-number: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := runArchive(t, "--to", root, sampleVariant(t, "so-12.toml", sampleNumberLine, "number = 12 ")); code != exitData ||
		!strings.Contains(stderr, "“"+subject+"”") || !strings.Contains(stderr, "Số kế tiếp còn trống là 13/KH-UBND") {
		t.Errorf("an issued plan under number 12: exit %d\n%s%s", code, stdout, stderr)
	}
}

// sha256Hex is the SHA-256 of data in lower-case hex.
func sha256Hex(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// writePending files in dir a pending version (trình ký số, no number) of
// a document of symbol ("KH-UBND"), subject and type name, whose PDF is the
// signing fixtures' base.pdf, and returns the fixture signed over it.
func writePending(t *testing.T, dir, symbol, subject, typeName string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	fixtures := filepath.Join("..", "..", "internal", "signed", "testdata")
	base := readOrFail(t, filepath.Join(fixtures, "base.pdf"))
	if err := os.WriteFile(filepath.Join(dir, "v1.pdf"), base, 0o644); err != nil {
		t.Fatal(err)
	}
	m := archive.Manifest{Format: 1,
		Document: archive.Document{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Year: 2021, Pending: true, Symbol: symbol, Subject: subject},
		Versions: []archive.Version{{Version: 1, File: "v1.pdf", PDFSHA256: sha256Hex(base), PDFSize: int64(len(base)),
			SourceSHA256: sha256Hex([]byte("toml")), ArchivedAt: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Kehoach: "v1.2.3",
			Particulars: archive.Particulars{Subject: subject, State: "trình ký số", TypeName: typeName,
				SignerPosition: "Chủ tịch", SignerName: "Trần Anh Tuấn", Pages: 1}}}}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(fixtures, "two.pdf")
}
