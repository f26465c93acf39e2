//go:build e2e

package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EPendingSigned goes the way of ký số: archive the plan to be
// signed (no number yet), sign that file (the signer, then the office
// that stamps number and date), archive the signed file with the number
// and date stamped, and find the document under its number in the list,
// the register and the next number.
func TestE2EPendingSigned(t *testing.T) {
	for _, tool := range []string{"pdfsig", "certutil", "pk12util", "openssl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (poppler-utils, libnss3-tools, openssl): %v", tool, err)
		}
	}
	k := newSigningKit(t)
	bin := filepath.Join(t.TempDir(), "kehoach")
	run(t, "go", "build", "-o", bin, ".")
	root := filepath.Join(t.TempDir(), "luu-tru")
	plan := sampleVariant(t, "ky-so.toml", sampleNumberLine, "# ", `date = "18/03/2021" `, "# ", "scope = ", "state = \"trình ký số\"\nscope = ")
	out := run(t, bin, "archive", "--to", root, plan)
	v1 := filepath.Join(root, pendingRel, "v1.pdf")
	if !strings.Contains(out, "tệp để ký số: "+v1+"\n") {
		t.Fatalf("archive names no file to sign:\n%s", out)
	}
	toSign := filepath.Join(t.TempDir(), "ky-so.pdf")
	run(t, bin, "archive", "copy", "--to", root, "-o", toSign, plan)
	if !bytes.Equal(readOrFail(t, toSign), readOrFail(t, v1)) {
		t.Fatal("the copy is not the archived version")
	}
	work := t.TempDir()
	signer, office := filepath.Join(work, "nguoi-ky.pdf"), filepath.Join(work, "ban-hanh.pdf")
	k.sign(t, toSign, signer, "signer", "NguoiKy")
	k.sign(t, signer, office, "office", "CoQuan")

	if out, code := kehoachRun(t, bin, "archive", "signed", "--to", root, "--ca", k.ca, office); code != exitData ||
		!strings.Contains(out, "--number") {
		t.Errorf("without --number: exit %d, want %d\n%s", code, exitData, out)
	}
	out, code := kehoachRun(t, bin, "archive", "signed", "--to", root, "--ca", k.ca, "--number", "12/KH-UBND", "--date", "19/03/2021", office)
	if code != 0 || !strings.Contains(out, "văn bản số 12/KH-UBND, ngày 19/03/2021") || !strings.Contains(out, "Văn phòng UBND huyện Cam Lộ") {
		t.Fatalf("signed: exit %d\n%s", code, out)
	}
	if out := run(t, bin, "archive", "verify", root); !strings.Contains(out, "1 văn bản, 1 phiên bản, 1 bản gốc đã ký số") {
		t.Errorf("verify: %s", out)
	}
	if out := run(t, bin, "archive", "list", root); !strings.Contains(out, "kế hoạch số 12/KH-UBND (số đóng khi ký số)") ||
		!strings.Contains(out, "trình ký số  người ký: Chủ tịch Trần Anh Tuấn  ký số lúc") {
		t.Errorf("list:\n%s", out)
	}
	csvPath := filepath.Join(t.TempDir(), "so.csv")
	run(t, bin, "archive", "register", "--to", root, "--year", "2021", "-o", csvPath)
	if got := string(readOrFail(t, csvPath)); !strings.Contains(got, "\r\n12,KH-UBND,19/03/2021,Kế hoạch,Thực hiện Chương trình giảm nghèo năm 2021,") {
		t.Errorf("register:\n%s", got)
	}
	if out := run(t, bin, "archive", "next-number", "--to", root, "--issuer", "Ủy ban nhân dân huyện Cam Lộ", "--year", "2021"); !strings.Contains(out, "năm 2021: 13\n") {
		t.Errorf("next-number: %s", out)
	}
	other := sampleVariant(t, "so-12.toml", sampleNumberLine, "number = 12 ", sampleSubjectLine, `subject = "Rà soát hộ nghèo năm 2021"`)
	if out, code := kehoachRun(t, bin, "archive", "--to", root, other); code != exitData || !strings.Contains(out, "Số kế tiếp còn trống là 13/KH-UBND") {
		t.Errorf("another subject under number 12: exit %d\n%s", code, out)
	}
}
