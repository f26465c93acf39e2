//go:build e2e

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestE2ERegister: the register kehoach writes opens in LibreOffice, which
// reads back every document in number order, and its page count is the
// one pdfinfo gives the archived PDF.
func TestE2ERegister(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "kehoach")
	run(t, "go", "build", "-o", bin, ".")
	root := filepath.Join(t.TempDir(), "luu-tru")
	other := sampleVariant(t, "so-7.toml", sampleNumberLine, "number = 7 ", sampleSubjectLine, `subject = "Hỗ trợ nhà ở cho hộ nghèo"`)
	run(t, bin, "archive", "--to", root, sample, other)
	xlsx := filepath.Join(t.TempDir(), "so-van-ban-di-2021.xlsx")
	run(t, bin, "archive", "register", "--to", root, "--year", "2021", "-o", xlsx)

	out := t.TempDir()
	profile := "file://" + t.TempDir()
	run(t, "soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out, xlsx)
	got := string(readOrFail(t, filepath.Join(out, "so-van-ban-di-2021.csv")))
	pdf := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee", "v1.pdf")
	pages := ""
	for _, l := range strings.Split(run(t, "pdfinfo", pdf), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			pages = strings.TrimSpace(v)
		}
	}
	if pages == "" {
		t.Fatal("pdfinfo gives no page count")
	}
	first := strings.Index(got, "\n07,KH-UBND,18/03/2021,Kế hoạch,Hỗ trợ nhà ở cho hộ nghèo,Chủ tịch Trần Anh Tuấn,")
	second := strings.Index(got, "\n44,KH-UBND,18/03/2021,Kế hoạch,Thực hiện Chương trình giảm nghèo năm 2021,Chủ tịch Trần Anh Tuấn,")
	if !strings.HasPrefix(got, "Số,Ký hiệu,Ngày ban hành,Tên loại,Trích yếu nội dung,Người ký,Nơi nhận,Số trang,Ghi chú") ||
		first < 0 || second < first || !strings.Contains(got[second:], "UBND các xã, thị trấn\","+pages+",") {
		t.Errorf("LibreOffice reads the register as:\n%s", got)
	}
}
