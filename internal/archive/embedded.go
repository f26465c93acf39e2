package archive

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/pdfread"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// MaxPDFSize is the largest PDF whose embedded files are read; the sample
// plan's PDF is about 100 KB.
const MaxPDFSize = pdfread.MaxInput

// pdfLimits bound the reading of one PDF; tests shorten them.
var pdfLimits = pdfread.Limits{MaxFile: load.MaxFileSize}

// Embedded is what an archived PDF carries beyond its pages.
type Embedded struct {
	// SourceName and Source are the embedded data file.
	SourceName string
	Source     []byte
	// Plans are the data files of the plans the document was built from
	// (a report's plan), by the name they are embedded under (see
	// planAttachment); nil when there are none.
	Plans map[string][]byte
	// Version is the version named in the metadata ("v2"), "" when none.
	Version string
	// Producer is the Info dictionary's Producer ("kehoach v1.2.0").
	Producer string
	// Pages is the page count, 0 when unknown.
	Pages int
}

// ReadEmbedded reads the data file, the plans it was built from and the
// version metadata that an archived PDF carries. The PDF is parsed by package pdfread, in a child
// process bounded in time and memory and killed when ctx is done; a PDF
// larger than MaxPDFSize, or a data file larger than the loader reads, is
// refused. A PDF without a data file gives an error wrapping ErrNoSource;
// one that cannot be read, an error wrapping pdfread's.
func ReadEmbedded(ctx context.Context, data []byte) (*Embedded, error) {
	if len(data) > MaxPDFSize {
		return nil, fmt.Errorf("archive: read pdf: %w", &SizeError{What: "PDF", Size: int64(len(data)), Max: MaxPDFSize})
	}
	d, err := pdfread.Read(ctx, data, pdfLimits)
	if err != nil {
		return nil, fmt.Errorf("archive: read pdf: %w", err)
	}
	e := &Embedded{Producer: d.Producer, Pages: d.Pages}
	if i := strings.LastIndex(d.Keywords, pdf.KeywordsVersion); i >= 0 {
		e.Version = d.Keywords[i+len(pdf.KeywordsVersion):]
	}
	for _, f := range d.Files {
		if !strings.HasSuffix(strings.ToLower(f.Name), ".toml") {
			continue
		}
		if strings.HasPrefix(f.Name, planPrefix) {
			if err := e.addPlan(f); err != nil {
				return nil, fmt.Errorf("archive: read pdf: embedded %s: %w", f.Name, err)
			}
			continue
		}
		if e.Source != nil {
			return nil, fmt.Errorf("archive: read pdf: %w", ErrTwoSources)
		}
		if err := checkFile(f); err != nil {
			return nil, fmt.Errorf("archive: read pdf: embedded %s: %w", f.Name, err)
		}
		e.Source, e.SourceName = f.Data, f.Name
	}
	if e.Source == nil {
		return nil, fmt.Errorf("archive: read pdf: %w", ErrNoSource)
	}
	return e, nil
}

// checkFile refuses an embedded data file that is no stream, is longer
// than the loader reads, or does not match its MD5 sum.
func checkFile(f pdfread.File) error {
	switch {
	case f.NotStream:
		return ErrNoSource
	case f.TooLarge:
		return &SizeError{What: "tệp dữ liệu nhúng", Size: int64(len(f.Data)), Max: load.MaxFileSize}
	}
	if f.CheckSum != nil {
		got := md5.Sum(f.Data)
		if string(f.CheckSum) != string(got[:]) {
			return fmt.Errorf("%w: md5 %s", ErrChecksum, hex.EncodeToString(got[:]))
		}
	}
	return nil
}

// addPlan keeps f, a plan the document was built from: no more than
// maxPlans of them, each name once.
func (e *Embedded) addPlan(f pdfread.File) error {
	switch {
	case len(e.Plans) >= maxPlans:
		return ErrTooManyPlans
	case !planNameOK(f.Name):
		return ErrPlanName
	case e.Plans[f.Name] != nil:
		return ErrTwoSources
	}
	if err := checkFile(f); err != nil {
		return err
	}
	if e.Plans == nil {
		e.Plans = map[string][]byte{}
	}
	e.Plans[f.Name] = f.Data
	return nil
}
