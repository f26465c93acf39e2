package docxpack

import (
	"archive/zip"
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// parts returns a small valid package whose files come in no useful order.
func parts() fstest.MapFS {
	x := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	return fstest.MapFS{
		"word/styles.xml":              x(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="urn:w"/>`),
		"word/document.xml":            x(`<w:document xmlns:w="urn:w"><w:body/></w:document>`),
		"word/_rels/document.xml.rels": x(`<Relationships/>`),
		"docProps/core.xml":            x(`<core/>`),
		"_rels/.rels":                  x(`<Relationships/>`),
		"[Content_Types].xml":          x(`<Types/>`),
		"word/media/a.bin":             x("\x00not xml"),
	}
}

func TestPackDeterministic(t *testing.T) {
	a, err := Pack(parts())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Pack(parts())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two packs of the same parts differ")
	}
}

func TestPackOrderAndHeaders(t *testing.T) {
	data, err := Pack(parts())
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range zr.File {
		got = append(got, f.Name)
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want Deflate", f.Name, f.Method)
		}
		if f.ModifiedDate != dosDate1980 || f.ModifiedTime != 0 {
			t.Errorf("%s: DOS date %#x time %#x, want 1980-01-01 00:00:00",
				f.Name, f.ModifiedDate, f.ModifiedTime)
		}
		if want := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC); !f.Modified.Equal(want) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, want)
		}
		if len(f.Extra) != 0 || f.Comment != "" {
			t.Errorf("%s: extra %x, comment %q; want none", f.Name, f.Extra, f.Comment)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(rc); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		rc.Close()
		if want := parts()[f.Name].Data; !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: content %q, want %q", f.Name, buf.Bytes(), want)
		}
	}
	want := []string{
		"[Content_Types].xml",
		"_rels/.rels",
		"docProps/core.xml",
		"word/_rels/document.xml.rels",
		"word/document.xml",
		"word/media/a.bin",
		"word/styles.xml",
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries\n%q\nwant\n%q", got, want)
	}
	if zr.Comment != "" {
		t.Errorf("archive comment %q, want none", zr.Comment)
	}
}

func TestPackMalformed(t *testing.T) {
	for _, bad := range []string{
		`<w:document><w:body></w:document>`,
		`<w:document>`,
		`<a/><b/>`,
		`text<a/>`,
		``,
		`<a x="1" x="2"/>`,
	} {
		fsys := parts()
		fsys["word/document.xml"].Data = []byte(bad)
		_, err := Pack(fsys)
		if err == nil {
			t.Errorf("%q: no error", bad)
			continue
		}
		if want := "docxpack: part word/document.xml: "; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: error %q, want it to start with %q", bad, err, want)
		}
	}
}

func TestPackMissingPart(t *testing.T) {
	for _, name := range []string{ContentTypes, PackageRels} {
		fsys := parts()
		delete(fsys, name)
		_, err := Pack(fsys)
		if !errors.Is(err, ErrMissingPart) || !strings.Contains(err.Error(), name) {
			t.Errorf("without %s: error %v, want ErrMissingPart naming it", name, err)
		}
	}
}
