//go:build e2e

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EArchive builds the kehoach binary, runs two archive processes at
// once with different data, and checks the result with qpdf and sha256
// sums as a clerk would: both versions are there, each PDF passes qpdf
// --check and carries its data file, and the manifest's sums are the
// files'.
func TestE2EArchive(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "kehoach")
	run(t, "go", "build", "-o", bin, ".")
	root := filepath.Join(t.TempDir(), "luu-tru")
	data := readOrFail(t, sample)
	// Another wording of the introduction, the same subject: a new version.
	changed := bytes.Replace(data, []byte("với những nội dung như sau"), []byte("với các nội dung sau"), 1)
	if bytes.Equal(changed, data) {
		t.Fatal("could not change the sample")
	}
	files := map[string][]byte{"a.toml": data, "b.toml": changed}
	var cmds []*exec.Cmd
	var outs []*bytes.Buffer
	for name, content := range files {
		path := filepath.Join(t.TempDir(), name)
		os.WriteFile(path, content, 0o644)
		cmd := exec.Command(bin, "archive", path, "--to", root)
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("archive: %v\n%s", err, outs[i])
		}
	}
	if out := run(t, bin, "archive", "verify", root); !strings.Contains(out, "1 văn bản, 2 phiên bản") {
		t.Errorf("verify: %s", out)
	}

	dir := filepath.Join(root, "uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021", "44-KH-UBND-cee207ee")
	var m struct {
		Versions []struct {
			File         string `json:"file"`
			PDFSHA256    string `json:"pdf_sha256"`
			SourceSHA256 string `json:"source_sha256"`
		} `json:"versions"`
	}
	if err := json.Unmarshal(readOrFail(t, filepath.Join(dir, "manifest.json")), &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Versions) != 2 {
		t.Fatalf("manifest lists %d versions", len(m.Versions))
	}
	seen := map[string]bool{}
	for _, v := range m.Versions {
		pdf := filepath.Join(dir, v.File)
		if sum := strings.Fields(run(t, "sha256sum", pdf))[0]; sum != v.PDFSHA256 {
			t.Errorf("sha256sum %s = %s, manifest says %s", v.File, sum, v.PDFSHA256)
		}
		if out := run(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors found") {
			t.Errorf("qpdf --check %s:\n%s", v.File, out)
		}
		if out := run(t, "qpdf", "--list-attachments", "--verbose", pdf); !strings.Contains(out, "44-KH-UBND.toml") {
			t.Errorf("qpdf --list-attachments %s:\n%s", v.File, out)
		}
		embedded := run(t, "qpdf", "--show-attachment=Attachement1", pdf)
		s := sha256.Sum256([]byte(embedded))
		if hex.EncodeToString(s[:]) != v.SourceSHA256 {
			t.Errorf("%s: the attachment qpdf shows is not the archived data file", v.File)
		}
		seen[embedded] = true
	}
	if !seen[string(data)] || !seen[string(changed)] {
		t.Error("the two data files are not both archived")
	}
}
