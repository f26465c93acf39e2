package release

import (
	"archive/zip"
	"cmp"
	"io"
	"io/fs"
	"slices"
	"time"
)

// File is one file of an archive.
type File struct {
	// Name is its slash-separated path in the archive.
	Name string
	// Mode is its permission bits.
	Mode fs.FileMode
	Data []byte
}

// Pack writes a zip of files to w, in name order, every entry with the
// modification time mod (taken in UTC) and its own mode only: the same
// files give the same bytes.
func Pack(w io.Writer, files []File, mod time.Time) error {
	files = slices.SortedFunc(slices.Values(files), func(a, b File) int { return cmp.Compare(a.Name, b.Name) })
	zw := zip.NewWriter(w)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: mod.UTC()}
		h.SetMode(f.Mode.Perm())
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.Data); err != nil {
			return err
		}
	}
	return zw.Close()
}
