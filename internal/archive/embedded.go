package archive

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	lpdf "github.com/ledongthuc/pdf"

	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// Bounds of what is read from a PDF.
const (
	// MaxPDFSize is the largest PDF whose embedded files are read; the
	// sample plan's PDF is about 100 KB.
	MaxPDFSize = 64 << 20
	// maxEmbedded is the most embedded files looked at in one PDF.
	maxEmbedded = 16
	// maxNameTreeDepth bounds the walk of the EmbeddedFiles name tree.
	maxNameTreeDepth = 8
)

// Embedded is what an archived PDF carries beyond its pages.
type Embedded struct {
	// SourceName and Source are the embedded data file.
	SourceName string
	Source     []byte
	// Version is the version named in the metadata ("v2"), "" when none.
	Version string
	// Producer is the Info dictionary's Producer ("kehoach v1.2.0").
	Producer string
}

// ReadEmbedded reads the data file and the version metadata that an
// archived PDF carries. The PDF is parsed by github.com/ledongthuc/pdf; a
// PDF larger than MaxPDFSize, or a data file larger than the loader reads,
// is refused before it is read whole. A PDF without a data file gives an
// error wrapping ErrNoSource.
func ReadEmbedded(data []byte) (e *Embedded, err error) {
	if len(data) > MaxPDFSize {
		return nil, fmt.Errorf("archive: read pdf: %w", &SizeError{What: "PDF", Size: int64(len(data)), Max: MaxPDFSize})
	}
	defer func() {
		if p := recover(); p != nil {
			e, err = nil, fmt.Errorf("archive: read pdf: malformed pdf: %v", p)
		}
	}()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("archive: read pdf: %w", err)
	}
	e = &Embedded{}
	info := r.Trailer().Key("Info")
	kw := info.Key("Keywords").Text()
	if i := strings.LastIndex(kw, pdf.KeywordsVersion); i >= 0 {
		e.Version = kw[i+len(pdf.KeywordsVersion):]
	}
	e.Producer = info.Key("Producer").Text()

	var specs []lpdf.Value
	collectFiles(r.Trailer().Key("Root").Key("Names").Key("EmbeddedFiles"), 0, &specs)
	for _, spec := range specs {
		name := spec.Key("UF").Text()
		if name == "" {
			name = spec.Key("F").Text()
		}
		if !strings.HasSuffix(strings.ToLower(name), ".toml") {
			continue
		}
		if e.Source != nil {
			return nil, fmt.Errorf("archive: read pdf: %w", ErrTwoSources)
		}
		if e.Source, err = readStream(spec.Key("EF").Key("F")); err != nil {
			return nil, fmt.Errorf("archive: read pdf: embedded %s: %w", name, err)
		}
		e.SourceName = name
	}
	if e.Source == nil {
		return nil, fmt.Errorf("archive: read pdf: %w", ErrNoSource)
	}
	return e, nil
}

// collectFiles appends the file specifications of the name tree node n to
// specs: its Names array holds name and value pairs, its Kids more nodes.
func collectFiles(n lpdf.Value, depth int, specs *[]lpdf.Value) {
	if n.IsNull() || depth > maxNameTreeDepth {
		return
	}
	names := n.Key("Names")
	for i := 1; i < names.Len() && len(*specs) < maxEmbedded; i += 2 {
		*specs = append(*specs, names.Index(i))
	}
	kids := n.Key("Kids")
	for i := 0; i < kids.Len() && len(*specs) < maxEmbedded; i++ {
		collectFiles(kids.Index(i), depth+1, specs)
	}
}

// readStream reads an embedded file stream, decompressed, refusing one
// longer than the loader reads, and checks its MD5 sum when it has one.
func readStream(s lpdf.Value) ([]byte, error) {
	if s.Kind() != lpdf.Stream {
		return nil, ErrNoSource
	}
	rc := s.Reader()
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, load.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > load.MaxFileSize {
		return nil, &SizeError{What: "tệp dữ liệu nhúng", Size: int64(len(data)), Max: load.MaxFileSize}
	}
	if sum := s.Key("Params").Key("CheckSum").RawString(); sum != "" {
		got := md5.Sum(data)
		if sum != string(got[:]) {
			return nil, fmt.Errorf("%w: md5 %s", ErrChecksum, hex.EncodeToString(got[:]))
		}
	}
	return data, nil
}
