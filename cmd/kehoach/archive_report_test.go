package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestArchiveReportBesidePlan archives the sample plan and its report
// from a folder, then removes the folder: the list names each by its kind
// and number, verify finds both intact, extract gives back the report and,
// beside it, its plan under the name the report gives it, and building
// the extracted report gives the report built from the first files; the
// next free number is counted in the report's type.
func TestArchiveReportBesidePlan(t *testing.T) {
	in := t.TempDir()
	for _, name := range []string{"cam-lo-2021.toml", "bao-cao-cam-lo-2021.toml"} {
		if err := os.WriteFile(filepath.Join(in, name), readOrFail(t, filepath.Join(filepath.Dir(sample), name)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report := filepath.Join(in, "bao-cao-cam-lo-2021.toml")
	first := t.TempDir()
	if code, _, stderr := runMain(t, "build", "--format", "pdf", "-o", first, report); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	root := filepath.Join(t.TempDir(), "luu-tru")
	code, stdout, stderr := runArchive(t, "--to", root, filepath.Join(in, "cam-lo-2021.toml"), report)
	if code != exitOK || !strings.Contains(stdout, "đã lưu phiên bản v1 của báo cáo số 215/BC-UBND: ") ||
		!strings.Contains(stdout, "đã lưu phiên bản v1 của kế hoạch số 44/KH-UBND: ") {
		t.Fatalf("archive: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runArchive(t, "next-number", "--to", root, report)
	if code != exitOK || !strings.Contains(stdout, "số kế tiếp còn trống của Ủy ban nhân dân huyện Cam Lộ, loại BC, năm 2021: 216") {
		t.Errorf("next-number of the report: exit %d\n%s", code, stdout)
	}
	if err := os.RemoveAll(in); err != nil {
		t.Fatal(err)
	}

	code, stdout, _ = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, "báo cáo số 215/BC-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản\n  trích yếu: Kết quả thực hiện Kế hoạch giảm nghèo năm 2021\n") ||
		!strings.Contains(stdout, "kế hoạch số 44/KH-UBND (Ủy ban nhân dân huyện Cam Lộ, năm 2021), 1 phiên bản") {
		t.Errorf("list: exit %d\n%s", code, stdout)
	}
	code, stdout, stderr = runArchive(t, "verify", root)
	if code != exitOK || !strings.Contains(stdout, "2 văn bản, 2 phiên bản; mọi tệp đều nguyên vẹn") {
		t.Errorf("verify: exit %d\n%s%s", code, stdout, stderr)
	}

	matches, _ := filepath.Glob(filepath.Join(root, "*", "2021", "215-BC-UBND-*", "v1.pdf"))
	if len(matches) != 1 {
		t.Fatalf("report versions %v", matches)
	}
	out := t.TempDir()
	extracted := filepath.Join(out, "bao-cao.toml")
	code, stdout, stderr = runArchive(t, "extract", "-o", extracted, matches[0])
	if code != exitOK || !strings.Contains(stdout, "đã ghi "+filepath.Join(out, "cam-lo-2021.toml")+" (dữ liệu của kế hoạch mà văn bản dựa vào)\n") {
		t.Fatalf("extract: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runMain(t, "build", "--format", "pdf", "-o", out, extracted); code != exitOK {
		t.Fatalf("build the extracted report: exit %d\n%s", code, stderr)
	}
	if !bytes.Equal(readOrFail(t, filepath.Join(out, "bao-cao.pdf")), readOrFail(t, filepath.Join(first, "bao-cao-cam-lo-2021.pdf"))) {
		t.Error("the report built from the extracted files differs from the one built from the first files")
	}

	// Without -o, the report's data alone is printed, and the plan named.
	code, stdout, stderr = runArchive(t, "extract", matches[0])
	if code != exitOK || !strings.HasPrefix(stdout, "# Báo cáo") || !strings.Contains(stderr, "kế hoạch cam-lo-2021.toml") {
		t.Errorf("extract to the screen: exit %d\n%s", code, stderr)
	}
}

// TestArchiveSignedPendingReport: a report filed to be signed takes, from
// its signed original, a number of its own type only; it then holds that
// number among the reports, which list, register and next-number show,
// and leaves the plans' numbers alone.
func TestArchiveSignedPendingReport(t *testing.T) {
	root := filepath.Join(t.TempDir(), "luu-tru")
	dir := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "chua-so-BC-UBND-0f0a0925")
	subject := "Kết quả thực hiện Kế hoạch giảm nghèo năm 2021"
	signedFile := writePending(t, dir, "BC-UBND", subject, "Báo cáo")

	code, stdout, stderr := runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, "báo cáo trình ký số, chưa có số (…/BC-UBND)") {
		t.Errorf("list: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "signed", "--to", root, "--number", "216/KH-UBND", "--date", "20/12/2021", signedFile)
	if code != exitData || !strings.Contains(stderr, `số "216/KH-UBND" không đúng dạng số/ký hiệu của văn bản này (như 12/BC-UBND)`) {
		t.Errorf("a plan's number: exit %d, want %d\n%s%s", code, exitData, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "signed", "--to", root, "--number", "216", "--date", "20/12/2021", signedFile)
	if code != exitOK || !strings.Contains(stdout, "(văn bản số 216/BC-UBND, ngày 20/12/2021): "+filepath.Join(dir, "v1.signed.pdf")) {
		t.Fatalf("signed: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runArchive(t, "list", root)
	if code != exitOK || !strings.Contains(stdout, dir+": báo cáo số 216/BC-UBND (số đóng khi ký số) (Ủy ban nhân dân huyện Cam Lộ, năm 2021)") {
		t.Errorf("list: exit %d\n%s%s", code, stdout, stderr)
	}
	csvPath := filepath.Join(t.TempDir(), "so.csv")
	if code, stdout, stderr := runArchive(t, "register", "--to", root, "--year", "2021", "-o", csvPath); code != exitOK {
		t.Fatalf("register: exit %d\n%s%s", code, stdout, stderr)
	}
	if got := string(readOrFail(t, csvPath)); !strings.Contains(got, "\r\n216,BC-UBND,20/12/2021,Báo cáo,"+subject+",Chủ tịch Trần Anh Tuấn,") {
		t.Errorf("register:\n%s", got)
	}
	for typ, want := range map[string]string{"BC": "loại BC, năm 2021: 217\n", "KH": "loại KH, năm 2021: 1\n"} {
		code, stdout, stderr = runArchive(t, "next-number", "--to", root, "--issuer", "Ủy ban nhân dân huyện Cam Lộ", "--year", "2021", "--type", typ)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Errorf("next-number --type %s: exit %d\n%s%s", typ, code, stdout, stderr)
		}
	}
}
