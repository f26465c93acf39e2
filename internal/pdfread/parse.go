package pdfread

import (
	"bytes"
	"errors"
	"fmt"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/kehoach/kehoach/internal/bounded"
)

// parse reads what data carries, in this process: only the child calls
// it. A panic of the parser is an error wrapping ErrMalformed.
func parse(data []byte, maxFile int64) (d *Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("%w: %v", ErrMalformed, p)
		}
	}()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	d = &Document{}
	info := r.Trailer().Key("Info")
	d.Keywords = cut(info.Key("Keywords").Text())
	d.Producer = cut(info.Key("Producer").Text())
	if n := r.NumPage(); n > 0 && n <= maxPageCount {
		d.Pages = n
	}

	var specs []lpdf.Value
	collectFiles(r.Trailer().Key("Root").Key("Names").Key("EmbeddedFiles"), 0, &specs)
	for _, spec := range specs {
		f := File{Name: cut(spec.Key("UF").Text())}
		if f.Name == "" {
			f.Name = cut(spec.Key("F").Text())
		}
		s := spec.Key("EF").Key("F")
		if s.Kind() != lpdf.Stream {
			f.NotStream = true
			d.Files = append(d.Files, f)
			continue
		}
		if f.Data, err = readStream(s, maxFile); err != nil {
			return nil, fmt.Errorf("%w: embedded %s: %v", ErrMalformed, f.Name, err)
		}
		f.TooLarge = int64(len(f.Data)) > maxFile
		if sum := s.Key("Params").Key("CheckSum").RawString(); sum != "" {
			f.CheckSum = []byte(sum)
		}
		d.Files = append(d.Files, f)
	}
	return d, nil
}

// cut keeps the first maxText bytes of s.
func cut(s string) string {
	if len(s) > maxText {
		return s[:maxText]
	}
	return s
}

// collectFiles appends the file specifications of the name tree node n to
// specs: its Names array holds name and value pairs, its Kids more nodes.
func collectFiles(n lpdf.Value, depth int, specs *[]lpdf.Value) {
	if n.IsNull() || depth > maxNameTreeDepth {
		return
	}
	names := n.Key("Names")
	for i := 1; i < names.Len() && len(*specs) < maxFiles; i += 2 {
		*specs = append(*specs, names.Index(i))
	}
	kids := n.Key("Kids")
	for i := 0; i < kids.Len() && len(*specs) < maxFiles; i++ {
		collectFiles(kids.Index(i), depth+1, specs)
	}
}

// readStream reads the stream s, decompressed, up to max+1 bytes.
func readStream(s lpdf.Value, max int64) ([]byte, error) {
	rc := s.Reader()
	defer rc.Close()
	data, err := bounded.Read(rc, max)
	if errors.Is(err, bounded.ErrTooLarge) {
		// The caller refuses the data by its length.
		err = nil
	}
	return data, err
}
