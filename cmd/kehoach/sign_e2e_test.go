//go:build e2e

package main

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestE2EFileToSign archives the sample as a clerk would before signing,
// copies the file to sign out, and reads it with poppler and qpdf: the
// copy is the archived version byte for byte; the XMP packet that pdfinfo
// finds through the catalog agrees with the Info dictionary pdfinfo reads
// and carries the Phụ lục VI fields; qpdf finds the data file under its
// name, with its size and MD5 checksum.
func TestE2EFileToSign(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "kehoach")
	run(t, "go", "build", "-o", bin, ".")
	root := filepath.Join(t.TempDir(), "luu-tru")
	out := run(t, bin, "archive", "--to", root, sample)
	_, v1, ok := strings.Cut(out, "tệp để ký số: ")
	v1 = strings.TrimSpace(v1)
	if !ok || filepath.Base(v1) != "v1.pdf" {
		t.Fatalf("archive names no file to sign:\n%s", out)
	}
	toSign := filepath.Join(t.TempDir(), "ke-hoach-44.pdf")
	run(t, bin, "archive", "copy", "--to", root, "-o", toSign, sample)
	if !bytes.Equal(readOrFail(t, toSign), readOrFail(t, v1)) {
		t.Fatal("the copy is not the archived version")
	}
	run(t, "qpdf", "--check", toSign)

	info := map[string]string{}
	for _, line := range strings.Split(run(t, "pdfinfo", "-isodates", toSign), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	var m struct {
		Desc struct {
			Title       string `xml:"title>Alt>li"`
			Creator     string `xml:"creator>Seq>li"`
			Description string `xml:"description>Alt>li"`
			Producer    string `xml:"http://ns.adobe.com/pdf/1.3/ Producer"`
			Keywords    string `xml:"http://ns.adobe.com/pdf/1.3/ Keywords"`
			CreatorTool string `xml:"http://ns.adobe.com/xap/1.0/ CreatorTool"`
			CreateDate  string `xml:"http://ns.adobe.com/xap/1.0/ CreateDate"`
			ModifyDate  string `xml:"http://ns.adobe.com/xap/1.0/ ModifyDate"`
			nd30
		} `xml:"RDF>Description"`
	}
	packet := run(t, "pdfinfo", "-meta", toSign)
	if err := xml.Unmarshal([]byte(packet), &m); err != nil {
		t.Fatalf("XMP: %v\n%s", err, packet)
	}
	d := m.Desc
	for _, c := range []struct{ key, xmp string }{
		{"Title", d.Title}, {"Author", d.Creator}, {"Subject", d.Description}, {"Keywords", d.Keywords},
		{"Producer", d.Producer}, {"Creator", d.CreatorTool},
		// pdfinfo -isodates adds the zone the Info dictionary leaves out.
		{"CreationDate", d.CreateDate + "Z"}, {"ModDate", d.ModifyDate + "Z"},
	} {
		if info[c.key] == "" || info[c.key] != c.xmp {
			t.Errorf("pdfinfo %s: %q, XMP says %q", c.key, info[c.key], c.xmp)
		}
	}
	want := nd30{TypeName: "Kế hoạch", CodeNumber: "44", CodeNotation: "KH-UBND", IssuedDate: "2021-03-18",
		OrganName: "Ủy ban nhân dân huyện Cam Lộ", Subject: "Thực hiện Chương trình giảm nghèo năm 2021",
		Language: "vi", PageAmount: info["Pages"], Position: "Chủ tịch", FullName: "Trần Anh Tuấn"}
	if d.nd30 != want {
		t.Errorf("Phụ lục VI fields:\n%+v\nwant\n%+v", d.nd30, want)
	}
	if n, err := strconv.Atoi(info["Pages"]); err != nil || n < 2 {
		t.Errorf("pdfinfo Pages: %q", info["Pages"])
	}

	data := readOrFail(t, sample)
	sum := md5.Sum(data)
	list := run(t, "qpdf", "--list-attachments", "--verbose", toSign)
	if !strings.Contains(list, "preferred name: 44-KH-UBND.toml") || !strings.Contains(list, "checksum: "+hex.EncodeToString(sum[:])) {
		t.Errorf("qpdf --list-attachments:\n%s", list)
	}
	var j struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	var objects map[string]struct {
		Stream struct {
			Dict struct {
				Type   string `json:"/Type"`
				Params struct {
					CheckSum string `json:"/CheckSum"`
					Size     int    `json:"/Size"`
				} `json:"/Params"`
			} `json:"dict"`
		} `json:"stream"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json=2", "--json-key=qpdf", toSign)), &j); err != nil || len(j.QPDF) != 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	if err := json.Unmarshal(j.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf --json objects: %v", err)
	}
	files := 0
	for _, o := range objects {
		if p := o.Stream.Dict.Params; o.Stream.Dict.Type == "/EmbeddedFile" {
			files++
			if p.Size != len(data) || p.CheckSum != "b:"+hex.EncodeToString(sum[:]) {
				t.Errorf("embedded file: size %d, checksum %s; want %d, %x", p.Size, p.CheckSum, len(data), sum)
			}
		}
	}
	if files != 1 {
		t.Errorf("%d embedded files, want 1", files)
	}
	os.Remove(toSign)
}

// nd30 are the Phụ lục VI fields of the XMP packet.
type nd30 struct {
	TypeName     string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ TypeName"`
	CodeNumber   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ CodeNumber"`
	CodeNotation string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ CodeNotation"`
	IssuedDate   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ IssuedDate"`
	OrganName    string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ OrganName"`
	Subject      string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ Subject"`
	Language     string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ Language"`
	PageAmount   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ PageAmount"`
	Position     string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ SignerInfo>Position"`
	FullName     string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ SignerInfo>FullName"`
}
