package docxpack

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// errNoRoot is returned for a part that holds no element.
var errNoRoot = errors.New("no root element")

// errManyRoots is returned for a part with more than one top-level element.
var errManyRoots = errors.New("more than one root element")

// errOutsideRoot is returned for a part with text outside its root element.
var errOutsideRoot = errors.New("text outside the root element")

// errDupAttr is returned for an element with the same attribute twice,
// which encoding/xml lets through.
var errDupAttr = errors.New("attribute repeated")

// isXML reports whether the part called name must be XML.
func isXML(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xml", ".rels":
		return true
	}
	return false
}

// checkXML returns an error unless data is one well-formed XML document:
// every token reads, tags nest and match, and there is exactly one root
// element with nothing but white space around it, and no element repeats
// an attribute.
func checkXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return errOutsideRoot
			}
		case xml.StartElement:
			if err := uniqueAttrs(t); err != nil {
				return err
			}
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	switch {
	case roots == 0:
		return errNoRoot
	case roots > 1:
		return errManyRoots
	}
	return nil
}

// uniqueAttrs returns an error if el has an attribute twice.
func uniqueAttrs(el xml.StartElement) error {
	for i, a := range el.Attr {
		for _, b := range el.Attr[:i] {
			if a.Name == b.Name {
				return fmt.Errorf("element %s: %s: %w", el.Name.Local, a.Name.Local, errDupAttr)
			}
		}
	}
	return nil
}
