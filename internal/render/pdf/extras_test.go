package pdf_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/render/pdf"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// extrasDoc is a small document to carry extras.
func extrasDoc() *doc.Document {
	return &doc.Document{
		Meta: doc.Meta{Title: "Kế hoạch", Keywords: "kế hoạch, 44/KH-UBND", Date: "2021-03-18"},
		Header: doc.Header{
			Issuer:    []string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ"},
			Number:    "Số: 44/KH-UBND",
			National:  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			Motto:     "Độc lập - Tự do - Hạnh phúc",
			PlaceDate: "Cam Lộ, ngày 18 tháng 3 năm 2021",
		},
		Title: doc.Title{Kind: "KẾ HOẠCH", Subject: "Thực hiện Chương trình giảm nghèo năm 2021"},
		Body:  []doc.Block{{Kind: doc.Paragraph, Text: "Nâng cao vai trò trách nhiệm./."}},
	}
}

// TestRenderWithAttachment reads the embedded data file and the version
// back out of the PDF with a PDF library, and checks that the extras alone
// decide the bytes.
func TestRenderWithAttachment(t *testing.T) {
	r, err := pdf.New()
	if err != nil {
		t.Fatal(err)
	}
	source := []byte("# dữ liệu\n[document]\nnumber = 44\n")
	x := pdf.Extras{
		Attachments: []pdf.Attachment{{Name: "44-KH-UBND.toml", Description: "Dữ liệu nguồn", Content: source}},
		Version:     "v2",
		Producer:    "kehoach v1.2.3",
	}
	render := func(x pdf.Extras) []byte {
		var buf bytes.Buffer
		if _, err := r.RenderWith(context.Background(), &buf, extrasDoc(), x); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	out := render(x)
	e, err := archive.ReadEmbedded(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	if e.SourceName != "44-KH-UBND.toml" || !bytes.Equal(e.Source, source) {
		t.Errorf("embedded %q = %q, want 44-KH-UBND.toml = %q", e.SourceName, e.Source, source)
	}
	if e.Version != "v2" || e.Producer != "kehoach v1.2.3" {
		t.Errorf("version %q, producer %q; want v2, kehoach v1.2.3", e.Version, e.Producer)
	}
	if info := readInfo(t, out); info["Keywords"] != "kế hoạch, 44/KH-UBND; phiên bản v2" {
		t.Errorf("Keywords = %q", info["Keywords"])
	}
	if !bytes.Equal(out, render(x)) {
		t.Error("two renders with the same extras differ")
	}
	other := x
	other.Version = "v3"
	if bytes.Equal(out, render(other)) {
		t.Error("another version gives the same bytes")
	}

	var plain bytes.Buffer
	if err := r.Render(context.Background(), &plain, extrasDoc()); err != nil {
		t.Fatal(err)
	}
	if _, err := archive.ReadEmbedded(context.Background(), plain.Bytes()); !errors.Is(err, archive.ErrNoSource) {
		t.Errorf("plain render: err = %v, want ErrNoSource", err)
	}
	if info := readInfo(t, plain.Bytes()); info["Keywords"] != "kế hoạch, 44/KH-UBND" || info["Producer"] != "kehoach" {
		t.Errorf("plain render carries extras: %v", info)
	}
}

// readInfo returns the Info dictionary's text entries, or stops the test.
func readInfo(t *testing.T, data []byte) map[string]string {
	t.Helper()
	info, err := pdftext.Info(data)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
