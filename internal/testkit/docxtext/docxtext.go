// Package docxtext reads back the text of the Word documents that kehoach
// writes, for tests: one string per paragraph. It is test support; no
// command imports it.
package docxtext

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// wordML is the WordprocessingML main namespace. The reader states it
// itself rather than take it from the renderer: a test's reader shares no
// code with what it checks, and the renderer's tests use it too.
const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// Paragraphs reads back the text of a .docx's main part with Go's XML
// decoder: one string per paragraph, in document order (table cells row by
// row, left to right), a tab or line break read as a space. It serves to
// check a generated document against its PDF.
func Paragraphs(data []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("docx paragraphs: %w", err)
	}
	f, err := zr.Open("word/document.xml")
	if err != nil {
		return nil, fmt.Errorf("docx paragraphs: %w", err)
	}
	defer f.Close()
	return Part(f)
}

// Part reads the paragraphs of one WordprocessingML part, as Paragraphs
// does.
func Part(r io.Reader) ([]string, error) {
	dec := xml.NewDecoder(r)
	var out []string
	var cur strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("docx paragraphs: %w", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Space != wordML {
				continue
			}
			switch e.Name.Local {
			case "t":
				inText = true
			case "tab", "br":
				cur.WriteByte(' ')
			}
		case xml.EndElement:
			if e.Name.Space != wordML {
				continue
			}
			switch e.Name.Local {
			case "t":
				inText = false
			case "p":
				out = append(out, cur.String())
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(e)
			}
		}
	}
}
