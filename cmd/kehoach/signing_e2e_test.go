//go:build e2e

package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// signingKit is a throwaway certificate authority, with the signer's and
// the office's certificates, and an outsider of another authority, all in
// one NSS database that pdfsig signs with.
type signingKit struct {
	dir string
	nss string // "sql:" and the database folder
	ca  string // the authority's certificate, PEM
}

// newSigningKit makes the authorities, the certificates and the database
// with openssl, certutil and pk12util.
func newSigningKit(t *testing.T) *signingKit {
	t.Helper()
	k := &signingKit{dir: t.TempDir()}
	k.nss = "sql:" + filepath.Join(k.dir, "nss")
	k.ca = filepath.Join(k.dir, "ca.pem")
	ext := filepath.Join(k.dir, "ext.cnf")
	os.WriteFile(ext, []byte("[kh_ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"+
		"[kh_leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"), 0o644)
	os.Mkdir(filepath.Join(k.dir, "nss"), 0o755)
	run(t, "certutil", "-N", "-d", k.nss, "--empty-password")
	p := func(name string) string { return filepath.Join(k.dir, name) }
	authority := func(name, subj string) {
		run(t, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", p(name+".key"), "-out", p(name+".csr"), "-subj", subj, "-utf8")
		run(t, "openssl", "x509", "-req", "-in", p(name+".csr"), "-signkey", p(name+".key"), "-days", "30",
			"-extfile", ext, "-extensions", "kh_ca", "-out", p(name+".pem"))
	}
	leaf := func(name, ca, serial, subj string) {
		run(t, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", p(name+".key"), "-out", p(name+".csr"), "-subj", subj, "-utf8")
		run(t, "openssl", "x509", "-req", "-in", p(name+".csr"), "-CA", p(ca+".pem"), "-CAkey", p(ca+".key"), "-set_serial", serial,
			"-days", "30", "-extfile", ext, "-extensions", "kh_leaf", "-out", p(name+".pem"))
		run(t, "openssl", "pkcs12", "-export", "-inkey", p(name+".key"), "-in", p(name+".pem"), "-certfile", p(ca+".pem"),
			"-name", name, "-passout", "pass:", "-out", p(name+".p12"))
		run(t, "pk12util", "-i", p(name+".p12"), "-d", k.nss, "-W", "")
	}
	authority("ca", "/CN=CA Thử nghiệm/O=kehoach")
	authority("other", "/CN=CA Khác/O=Nơi khác")
	leaf("signer", "ca", "4097", "/CN=Nguyễn Văn A/O=UBND huyện Cam Lộ")
	leaf("office", "ca", "4098", "/CN=Văn phòng UBND huyện Cam Lộ/O=UBND huyện Cam Lộ")
	leaf("outsider", "other", "4099", "/CN=Người Ngoài/O=Nơi khác")
	// pdfsig trusts the authority; the outsider's stays unknown.
	run(t, "certutil", "-A", "-d", k.nss, "-n", "ca", "-t", "CT,C,C", "-i", k.ca)
	return k
}

// sign signs in with pdfsig as nick, in a new signature field, to out.
func (k *signingKit) sign(t *testing.T, in, out, nick, field string) {
	t.Helper()
	cmd := exec.Command("pdfsig", "-nssdir", k.nss, in, out, "-add-signature", "-nick", nick, "-new-signature-field-name", field)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdfsig -add-signature: %v\n%s", err, msg)
	}
}

// pdfsigReport is what pdfsig says of the signatures of path.
func (k *signingKit) pdfsigReport(t *testing.T, path string) string {
	t.Helper()
	out, _ := exec.Command("pdfsig", "-nssdir", k.nss, path).CombinedOutput()
	return string(out)
}

// kehoachRun runs the binary and returns its output and exit code.
func kehoachRun(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		}
		t.Fatal(err)
	}
	return string(out), 0
}

// freshArchive copies the archive at src to a new folder.
func freshArchive(t *testing.T, src string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "luu-tru")
	run(t, "cp", "-r", src, dst)
	return dst
}

// unsignedUpdate appends to a signed PDF an incremental update, with no
// signature, that replaces object obj with body; obj 0 adds body as a new
// object.
func unsignedUpdate(t *testing.T, data []byte, obj int, body string) []byte {
	t.Helper()
	last := func(re string) string {
		m := regexp.MustCompile(re).FindAllSubmatch(data, -1)
		if len(m) == 0 {
			t.Fatalf("no %s in the signed PDF", re)
		}
		return string(m[len(m)-1][1])
	}
	size, root, prev := last(`/Size (\d+)`), last(`/Root (\d+ \d+ R)`), last(`startxref\s+(\d+)`)
	if obj == 0 {
		obj, _ = strconv.Atoi(size)
		size = strconv.Itoa(obj + 1)
	}
	out := bytes.Clone(data)
	at := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n%s\nendobj\n", obj, body)
	xref := len(out)
	out = fmt.Appendf(out, "xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \ntrailer\n<< /Size %s /Root %s /Prev %s >>\nstartxref\n%d\n%%%%EOF\n",
		obj, at, size, root, prev, xref)
	return out
}

// TestE2ESigning archives the sample, signs the archived PDF with pdfsig
// as a clerk's signing tool would, and brings the signed file back into
// the archive, checking each case the archive must accept or refuse.
func TestE2ESigning(t *testing.T) {
	for _, tool := range []string{"pdfsig", "certutil", "pk12util", "openssl"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (poppler-utils, libnss3-tools, openssl): %v", tool, err)
		}
	}
	k := newSigningKit(t)
	bin := filepath.Join(t.TempDir(), "kehoach")
	run(t, "go", "build", "-o", bin, ".")
	archived := filepath.Join(t.TempDir(), "luu-tru")
	run(t, bin, "archive", "--to", archived, sample)
	rel := filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee")
	v1 := filepath.Join(archived, rel, "v1.pdf")
	work := t.TempDir()
	path := func(name string) string { return filepath.Join(work, name) }
	k.sign(t, v1, path("ky.pdf"), "signer", "NguoiKy")
	signedData := readOrFail(t, path("ky.pdf"))
	if !bytes.HasPrefix(signedData, readOrFail(t, v1)) {
		t.Fatal("pdfsig did not keep the archived PDF as the prefix of the signed file")
	}

	t.Run("accepted, and pdfsig agrees", func(t *testing.T) {
		root := freshArchive(t, archived)
		out, code := kehoachRun(t, bin, "archive", "signed", "--to", root, "--ca", k.ca, "--number", "44/KH-UBND", "--date", "19/03/2021", path("ky.pdf"))
		if code != 0 || !strings.Contains(out, "Nguyễn Văn A (UBND huyện Cam Lộ)") || !strings.Contains(out, "chuỗi chứng thư: tin cậy") {
			t.Fatalf("exit %d:\n%s", code, out)
		}
		ps := k.pdfsigReport(t, path("ky.pdf"))
		for _, want := range []string{"Signer Certificate Common Name: Nguyễn Văn A", "Signature is Valid.", "Certificate is Trusted."} {
			if !strings.Contains(ps, want) {
				t.Errorf("pdfsig does not say %q:\n%s", want, ps)
			}
		}
		stored := filepath.Join(root, rel, "v1.signed.pdf")
		if !bytes.Equal(readOrFail(t, stored), signedData) {
			t.Error("the stored signed original differs from the signed file")
		}
		var m struct {
			Versions []struct {
				Signed []struct {
					SHA256     string `json:"sha256"`
					Number     string `json:"issued_number"`
					Date       string `json:"issued_date"`
					Signatures []struct {
						CN          string `json:"cn"`
						Serial      string `json:"serial"`
						SigningTime string `json:"signing_time"`
						Trust       string `json:"trust"`
					} `json:"signatures"`
				} `json:"signed"`
			} `json:"versions"`
		}
		if err := json.Unmarshal(readOrFail(t, filepath.Join(root, rel, "manifest.json")), &m); err != nil {
			t.Fatal(err)
		}
		s := m.Versions[0].Signed
		if len(s) != 1 || len(s[0].Signatures) != 1 || s[0].Number != "44/KH-UBND" || s[0].Date != "19/03/2021" {
			t.Fatalf("manifest records %+v", s)
		}
		if sum := strings.Fields(run(t, "sha256sum", stored))[0]; sum != s[0].SHA256 {
			t.Errorf("sha256sum %s, manifest %s", sum, s[0].SHA256)
		}
		g := s[0].Signatures[0]
		if g.CN != "Nguyễn Văn A" || g.Serial != "1001" || g.Trust != "tin cậy" || !strings.HasSuffix(g.SigningTime, "+07:00") {
			t.Errorf("signature recorded as %+v", g)
		}
		if out := run(t, bin, "archive", "verify", root); !strings.Contains(out, "1 bản gốc đã ký số") {
			t.Errorf("verify: %s", out)
		}
		if got := run(t, bin, "archive", "extract", stored); got != string(readOrFail(t, sample)) {
			t.Error("the data file extracted from the signed original is not the sample")
		}
		// verify sees a byte changed in the stored original.
		changed := bytes.Clone(signedData)
		changed[len(changed)/2] ^= 1
		os.WriteFile(stored, changed, 0o644)
		if out, code := kehoachRun(t, bin, "archive", "verify", root); code != 1 || !strings.Contains(out, "v1.signed.pdf") {
			t.Errorf("verify after a change: exit %d\n%s", code, out)
		}
	})

	t.Run("two signatures, signer then office", func(t *testing.T) {
		root := freshArchive(t, archived)
		k.sign(t, path("ky.pdf"), path("ky2.pdf"), "office", "VanPhong")
		out, code := kehoachRun(t, bin, "archive", "signed", "--to", root, "--ca", k.ca, path("ky2.pdf"))
		if code != 0 || !strings.Contains(out, "chữ ký 1, trường NguoiKy: Nguyễn Văn A") ||
			!strings.Contains(out, "chữ ký 2, trường VanPhong: Văn phòng UBND huyện Cam Lộ") {
			t.Fatalf("exit %d:\n%s", code, out)
		}
	})

	refused := []struct {
		name string
		make func(t *testing.T) string // the signed file
		args []string
		want string
	}{
		{"one byte flipped in the signed range", func(t *testing.T) string {
			d := bytes.Clone(signedData)
			at := bytes.LastIndex(d, []byte("/M (D:")) + 8
			d[at] ^= 1
			os.WriteFile(path("flipped.pdf"), d, 0o644)
			if ps := k.pdfsigReport(t, path("flipped.pdf")); strings.Contains(ps, "Signature is Valid.") {
				t.Errorf("pdfsig calls the flipped file valid:\n%s", ps)
			}
			return path("flipped.pdf")
		}, nil, "không khớp nội dung"},
		{"unsigned update appended", func(t *testing.T) string {
			d := unsignedUpdate(t, signedData, 0, "<< /Note (thêm sau khi ký) >>")
			os.WriteFile(path("appended.pdf"), d, 0o644)
			// The update is a sound PDF: it is refused for being unsigned.
			if out, err := exec.Command("qpdf", "--check", path("appended.pdf")).CombinedOutput(); err != nil {
				t.Fatalf("qpdf --check: %v\n%s", err, out)
			}
			return path("appended.pdf")
		}, nil, "nằm sau chữ ký cuối cùng"},
		{"no archived version begins it", func(t *testing.T) string {
			out := t.TempDir()
			run(t, bin, "build", "--final", "-o", out, sample)
			k.sign(t, filepath.Join(out, "cam-lo-2021.pdf"), path("other.pdf"), "signer", "NguoiKy")
			return path("other.pdf")
		}, nil, "không phiên bản nào"},
		{"certificate outside --ca", func(t *testing.T) string {
			k.sign(t, v1, path("outsider.pdf"), "outsider", "NguoiKy")
			if ps := k.pdfsigReport(t, path("outsider.pdf")); strings.Contains(ps, "Certificate is Trusted.") {
				t.Errorf("pdfsig trusts the outsider:\n%s", ps)
			}
			return path("outsider.pdf")
		}, []string{"--ca", "ca.pem"}, "không tin cậy"},
		{"number repainted between the two signatures", func(t *testing.T) string {
			m := regexp.MustCompile(`/Contents (\d+) 0 R`).FindSubmatch(readOrFail(t, v1))
			obj, _ := strconv.Atoi(string(m[1]))
			paint := "BT /F1 13 Tf 100 780 Td (12) Tj ET"
			d := unsignedUpdate(t, signedData, obj, fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(paint), paint))
			os.WriteFile(path("repainted.pdf"), d, 0o644)
			k.sign(t, path("repainted.pdf"), path("repaint.pdf"), "office", "VanPhong")
			return path("repaint.pdf")
		}, nil, "viết lại nội dung trang 1"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			root := freshArchive(t, archived)
			file := tt.make(t)
			args := []string{"archive", "signed", "--to", root}
			for _, a := range tt.args {
				if a == "ca.pem" {
					a = k.ca
				}
				args = append(args, a)
			}
			out, code := kehoachRun(t, bin, append(args, file)...)
			if code != 1 || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, want 1 saying %q:\n%s", code, tt.want, out)
			}
			if _, err := os.Stat(filepath.Join(root, rel, "v1.signed.pdf")); err == nil {
				t.Error("v1.signed.pdf written")
			}
		})
	}

	t.Run("DER signature by openssl cms", func(t *testing.T) {
		m := regexp.MustCompile(`/ByteRange \[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]`).FindAllSubmatch(signedData, -1)
		br := m[len(m)-1]
		h1, _ := strconv.Atoi(string(br[1]))
		h2, _ := strconv.Atoi(string(br[2]))
		rng := append(bytes.Clone(signedData[:h1]), signedData[h2:]...)
		os.WriteFile(path("range.bin"), rng, 0o644)
		run(t, "openssl", "cms", "-sign", "-binary", "-md", "sha256", "-in", path("range.bin"),
			"-signer", filepath.Join(k.dir, "signer.pem"), "-inkey", filepath.Join(k.dir, "signer.key"),
			"-certfile", k.ca, "-outform", "DER", "-out", path("der.p7s"))
		der := readOrFail(t, path("der.p7s"))
		if der[0] != 0x30 || der[1] == 0x80 {
			t.Fatalf("openssl cms wrote no definite-length DER: % x", der[:2])
		}
		hexSig := hex.EncodeToString(der)
		width := h2 - h1 - 2
		if len(hexSig) > width {
			t.Fatalf("DER signature of %d hex digits does not fit in %d", len(hexSig), width)
		}
		d := bytes.Clone(signedData)
		copy(d[h1+1:], hexSig+strings.Repeat("0", width-len(hexSig)))
		os.WriteFile(path("der.pdf"), d, 0o644)
		if ps := k.pdfsigReport(t, path("der.pdf")); !strings.Contains(ps, "Signature is Valid.") {
			t.Errorf("pdfsig does not call the DER signature valid:\n%s", ps)
		}
		// pdfsig's own signature is BER with indefinite lengths.
		if ber := signedData[h1+1 : h1+5]; string(ber) != "3080" {
			t.Errorf("pdfsig's signature starts %q, not BER of indefinite length", ber)
		}
		root := freshArchive(t, archived)
		out, code := kehoachRun(t, bin, "archive", "signed", "--to", root, "--ca", k.ca, path("der.pdf"))
		if code != 0 || !strings.Contains(out, "Nguyễn Văn A (UBND huyện Cam Lộ)") || !strings.Contains(out, "tin cậy") {
			t.Errorf("exit %d:\n%s", code, out)
		}
	})
}
