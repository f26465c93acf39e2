package pdfread

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/kehoach/kehoach/internal/bounded"
)

// maxAnnotations is the most annotations listed of one page.
const maxAnnotations = 256

// parseRevisions reads each prefix data[:end] as a PDF, in this process:
// only the child calls it, with the ends ReadRevisions checked. A panic
// of the parser is an error wrapping ErrMalformed.
func parseRevisions(data []byte, ends []int64) (revs *Revisions, err error) {
	defer func() {
		if p := recover(); p != nil {
			revs, err = nil, fmt.Errorf("%w: %v", ErrMalformed, p)
		}
	}()
	revs = &Revisions{}
	for _, end := range ends {
		rev, err := parseRevision(data[:end])
		if err != nil {
			return nil, fmt.Errorf("%w: revision ending at byte %d: %v", ErrMalformed, end, err)
		}
		revs.Revisions = append(revs.Revisions, *rev)
	}
	return revs, nil
}

// parseRevision reads data as a PDF and describes its signatures and pages.
func parseRevision(data []byte) (*Revision, error) {
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	rev := &Revision{End: int64(len(data))}
	root := r.Trailer().Key("Root")
	if root.Kind() != lpdf.Dict {
		return nil, errors.New("no document catalog")
	}
	var w fieldWalk
	fields := root.Key("AcroForm").Key("Fields")
	for i := 0; i < fields.Len() && i < maxFieldCount; i++ {
		w.field(fields.Index(i), "", "", 0)
	}
	rev.Signatures = w.sigs
	var pw pageWalk
	pw.node(root.Key("Pages"), 0)
	rev.Pages = pw.pages
	return rev, nil
}

// maxFieldCount is the most form fields walked in one revision.
const maxFieldCount = 1000

// fieldWalk collects the signature fields of a form's field tree.
type fieldWalk struct {
	sigs  []Signature
	count int
}

// field walks the field f, whose parent's full name is parent and whose
// inherited field type is ft.
func (w *fieldWalk) field(f lpdf.Value, parent, ft string, depth int) {
	// Every call counts, as in pageWalk.node.
	w.count++
	if f.Kind() != lpdf.Dict || depth > maxFieldDepth || w.count > maxFieldCount {
		return
	}
	name := parent
	if t := cut(f.Key("T").Text()); t != "" {
		if name != "" {
			name += "."
		}
		name += t
	}
	if t := f.Key("FT").Name(); t != "" {
		ft = t
	}
	kids := f.Key("Kids")
	for i := 0; i < kids.Len() && w.count < maxFieldCount; i++ {
		w.field(kids.Index(i), name, ft, depth+1)
	}
	if ft != "Sig" || len(w.sigs) >= maxSignatures || (kids.Len() > 0 && f.Key("V").IsNull()) {
		return
	}
	w.sigs = append(w.sigs, signature(name, f.Key("V")))
}

// signature describes the signature field named name whose value is v.
func signature(name string, v lpdf.Value) Signature {
	s := Signature{Field: name}
	if v.Kind() != lpdf.Dict {
		return s
	}
	s.Signed = true
	br := v.Key("ByteRange")
	if br.Kind() != lpdf.Array || br.Len() > 64 {
		s.BadByteRange = true
	} else {
		for i := 0; i < br.Len(); i++ {
			e := br.Index(i)
			if e.Kind() != lpdf.Integer {
				s.BadByteRange = true
				break
			}
			s.ByteRange = append(s.ByteRange, e.Int64())
		}
	}
	c := v.Key("Contents")
	if c.Kind() != lpdf.String {
		s.BadContents = true
	} else {
		raw := c.RawString()
		if len(raw) > MaxContents {
			raw = raw[:MaxContents+1]
		}
		s.Contents = []byte(raw)
	}
	s.Time = cut(v.Key("M").Text())
	s.SubFilter = cut(v.Key("SubFilter").Name())
	return s
}

// maxPageNodes is the most page tree nodes visited in one revision: a
// tree whose Kids name a node again many times would otherwise take
// the child's whole time.
const maxPageNodes = 4 * maxPages

// pageWalk collects the pages of a page tree.
type pageWalk struct {
	pages  []Page
	visits int
}

// node walks the page tree node n.
func (w *pageWalk) node(n lpdf.Value, depth int) {
	// Every call counts, the ones that stop at once too: each cost the
	// caller the reading of an object.
	w.visits++
	if n.Kind() != lpdf.Dict || depth > maxFieldDepth || len(w.pages) >= maxPages || w.visits > maxPageNodes {
		return
	}
	if n.Key("Type").Name() != "Pages" {
		w.pages = append(w.pages, page(n))
		return
	}
	kids := n.Key("Kids")
	for i := 0; i < kids.Len() && len(w.pages) < maxPages && w.visits < maxPageNodes; i++ {
		w.node(kids.Index(i), depth+1)
	}
}

// page fingerprints the page p.
func page(p lpdf.Value) Page {
	var pg Page
	h := sha256.New()
	contents := p.Key("Contents")
	var streams []lpdf.Value
	switch contents.Kind() {
	case lpdf.Stream:
		streams = append(streams, contents)
	case lpdf.Array:
		for i := 0; i < contents.Len() && i < 64; i++ {
			streams = append(streams, contents.Index(i))
		}
	}
	for _, s := range streams {
		if err := hashStream(h, s); err != nil {
			pg.Unreadable = err.Error()
		}
	}
	if len(streams) > 0 {
		pg.Content = hex.EncodeToString(h.Sum(nil))
	}
	h.Reset()
	res := p.Key("Resources")
	for _, kind := range []string{"Font", "XObject"} {
		d := res.Key(kind)
		for _, k := range d.Keys() {
			fmt.Fprintf(h, "%s/%s\n", kind, k)
			if x := d.Key(k); x.Kind() == lpdf.Stream {
				if err := hashStream(h, x); err != nil {
					pg.Unreadable = err.Error()
				}
			} else {
				fmt.Fprintf(h, "%s\n", x.String())
			}
		}
	}
	pg.Resources = hex.EncodeToString(h.Sum(nil))
	annots := p.Key("Annots")
	for i := 0; i < annots.Len() && i < maxAnnotations; i++ {
		pg.Annotations = append(pg.Annotations, cut(annots.Index(i).Key("Subtype").Name()))
	}
	pg.Unreadable = cut(strings.TrimSpace(pg.Unreadable))
	return pg
}

// hashStream writes the length and the decompressed bytes of the stream s
// to h.
func hashStream(h hash.Hash, s lpdf.Value) error {
	if s.Kind() != lpdf.Stream {
		fmt.Fprintf(h, "not a stream\n")
		return nil
	}
	rc := s.Reader()
	defer rc.Close()
	b, err := bounded.Read(rc, maxPageStream)
	if err != nil {
		return err
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(b)))
	h.Write(n[:])
	h.Write(b)
	return nil
}
