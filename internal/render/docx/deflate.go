package docx

import (
	"archive/zip"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
)

// The parts are deflated at flate.BestSpeed by github.com/klauspost/compress,
// whose fastest level takes about half the time of the standard library's
// for a file as small as a Word document (about 13 KB). The deflater and its
// level are part of the output: the same document gives the same bytes with
// the same build.

// flaters holds idle deflaters, each about 1 MB, reused across documents.
var flaters sync.Pool

// newZipWriter returns a zip writer to w that deflates at flate.BestSpeed.
func newZipWriter(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, compress)
	return zw
}

// compress returns a deflater writing to w, which goes back to flaters when
// closed.
func compress(w io.Writer) (io.WriteCloser, error) {
	if fw, ok := flaters.Get().(*flate.Writer); ok {
		fw.Reset(w)
		return &pooledFlater{fw}, nil
	}
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	return &pooledFlater{fw}, nil
}

// pooledFlater is a deflater that goes back to flaters when closed.
type pooledFlater struct {
	fw *flate.Writer
}

// Write deflates b.
func (p *pooledFlater) Write(b []byte) (int, error) {
	return p.fw.Write(b)
}

// Close ends the deflated stream and puts the deflater back in the pool;
// archive/zip closes each entry's writer once.
func (p *pooledFlater) Close() error {
	err := p.fw.Close()
	flaters.Put(p.fw)
	return err
}
