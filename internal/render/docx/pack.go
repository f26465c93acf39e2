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

// repack copies the .docx filled to w, entry by entry in the same order
// and without recompressing,
// with the core properties of meta in place of the template's and every
// entry dated with the document's date, so that the same document and
// template always give the same bytes.
func repack(w io.Writer, filled []byte, meta doc.Meta) error {
	date, err := time.Parse(time.DateOnly, meta.Date)
	if err != nil {
		return fmt.Errorf("meta date %q: %w", meta.Date, err)
	}
	zr, err := zip.NewReader(bytes.NewReader(filled), int64(len(filled)))
	if err != nil {
		return fmt.Errorf("repack: %w", err)
	}
	zw := zip.NewWriter(w)
	hasCore := false
	for _, f := range zr.File {
		if f.Name == corePart {
			hasCore = true
			h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: date}
			if err := writeEntry(zw, h, strings.NewReader(coreXML(meta))); err != nil {
				return err
			}
			continue
		}
		// Copy the compressed data as it is: only the date changes.
		raw, err := f.OpenRaw()
		if err != nil {
			return fmt.Errorf("repack %s: %w", f.Name, err)
		}
		rh := f.FileHeader
		rh.Modified = date
		ew, err := zw.CreateRaw(&rh)
		if err != nil {
			return fmt.Errorf("repack %s: %w", f.Name, err)
		}
		if _, err := io.Copy(ew, raw); err != nil {
			return fmt.Errorf("repack %s: %w", f.Name, err)
		}
	}
	if !hasCore {
		return fmt.Errorf("%w: no %s", ErrTemplate, corePart)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("repack: %w", err)
	}
	return nil
}

// writeEntry writes one zip entry.
func writeEntry(zw *zip.Writer, h *zip.FileHeader, r io.Reader) error {
	ew, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("repack %s: %w", h.Name, err)
	}
	if _, err := io.Copy(ew, r); err != nil {
		return fmt.Errorf("repack %s: %w", h.Name, err)
	}
	return nil
}

// coreXML writes the core properties: title, subject, creator (the issuing
// body), keywords, and the document's date as creation and modification
// date.
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
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}
