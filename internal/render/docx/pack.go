package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/doc"
)

// corePart is the package part holding the core properties.
const corePart = "docProps/core.xml"

// entry is one entry of the output package, prepared once per template.
// The parts that every document shares are deflated once and copied raw;
// the main part and the core properties are written for each document.
type entry struct {
	name   string
	header zip.FileHeader // for a shared part: its header as deflated
	raw    []byte         // for a shared part: its deflated bytes
	shared bool
}

// packShared deflates the template's parts other than the main part and the
// core properties, each as its own entry with the compressor of
// newZipWriter, and returns the entries of the output in the template's
// order. The header and bytes are those archive/zip gives when it writes
// the part, read back, so that copying them raw gives the same bytes as
// deflating the part anew.
func packShared(parts []part) ([]entry, error) {
	var buf bytes.Buffer
	zw := newZipWriter(&buf)
	hasCore := false
	for _, p := range parts {
		if p.header.Name == mainPart || p.header.Name == corePart {
			hasCore = hasCore || p.header.Name == corePart
			continue
		}
		ew, err := zw.CreateHeader(&zip.FileHeader{Name: p.header.Name, Method: zip.Deflate})
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrTemplate, p.header.Name, err)
		}
		if _, err := ew.Write(p.data); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrTemplate, p.header.Name, err)
		}
	}
	if !hasCore {
		return nil, fmt.Errorf("%w: no %s", ErrTemplate, corePart)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTemplate, err)
	}
	out := make([]entry, 0, len(parts))
	shared := zr.File
	for _, p := range parts {
		if p.header.Name == mainPart || p.header.Name == corePart {
			out = append(out, entry{name: p.header.Name})
			continue
		}
		f := shared[0]
		shared = shared[1:]
		r, err := f.OpenRaw()
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrTemplate, f.Name, err)
		}
		raw, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrTemplate, f.Name, err)
		}
		out = append(out, entry{name: f.Name, header: f.FileHeader, raw: raw, shared: true})
	}
	return out, nil
}

// pack writes the package to w: the shared parts copied raw, the main part
// deflated from content, and the core properties of meta, whose entry
// alone is dated with the document's date (unless the document is
// undated), so that the same document and template always give the same
// bytes.
func pack(w io.Writer, entries []entry, content []byte, meta doc.Meta) error {
	date, err := time.Parse(time.DateOnly, meta.Date)
	if err != nil {
		return fmt.Errorf("meta date %q: %w", meta.Date, err)
	}
	zw := newZipWriter(w)
	for _, e := range entries {
		var err error
		switch {
		case e.shared:
			h := e.header
			var ew io.Writer
			if ew, err = zw.CreateRaw(&h); err == nil {
				_, err = ew.Write(e.raw)
			}
		case e.name == corePart:
			h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: date}
			if meta.Undated {
				h.Modified = time.Time{} // undated, as the other entries
			}
			err = writeEntry(zw, h, []byte(coreXML(meta)))
		default:
			err = writeEntry(zw, &zip.FileHeader{Name: e.name, Method: zip.Deflate}, content)
		}
		if err != nil {
			return fmt.Errorf("pack %s: %w", e.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("pack: %w", err)
	}
	return nil
}

// writeEntry writes one entry holding data.
func writeEntry(zw *zip.Writer, h *zip.FileHeader, data []byte) error {
	ew, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = ew.Write(data)
	return err
}

// coreXML writes the core properties: title, subject, creator (the issuing
// body), keywords, and the document's date as creation and modification
// date, unless the document has none.
func coreXML(m doc.Meta) string {
	stamp := m.Date + "T00:00:00Z"
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + escape(m.Title) + `</dc:title>`)
	b.WriteString(`<dc:subject>` + escape(m.Subject) + `</dc:subject>`)
	b.WriteString(`<dc:creator>` + escape(m.Author) + `</dc:creator>`)
	b.WriteString(`<cp:keywords>` + escape(m.Keywords) + `</cp:keywords>`)
	b.WriteString(`<cp:lastModifiedBy>` + escape(m.Author) + `</cp:lastModifiedBy>`)
	if !m.Undated {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
		b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}
