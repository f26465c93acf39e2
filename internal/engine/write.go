package engine

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/kehoach/kehoach/internal/output"
)

// Files returns the files of r's artifacts, named dir/base.<format>.
func (r *Result) Files(dir, base string) []output.File {
	files := make([]output.File, len(r.Artifacts))
	for i, a := range r.Artifacts {
		files[i] = output.File{Path: filepath.Join(dir, base+"."+string(a.Format)), Data: a.Data}
	}
	return files
}

// WriteFiles writes r's artifacts into dir as base.<format>: all of them or
// none, never over a file of inputs. It returns the paths written.
func (r *Result) WriteFiles(dir, base string, inputs *Inputs) ([]string, error) {
	files := r.Files(dir, base)
	if err := output.WriteAll(files, inputs.Guard); err != nil {
		return nil, err
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	return paths, nil
}

// Inputs remembers, by identity, the files a run read: data files and the
// Word template. No output may replace one of them, whatever path names it
// (a link, "./", another spelling). Safe for concurrent use; the zero value
// is empty.
type Inputs struct {
	mu    sync.Mutex
	ids   map[fileID]bool // files whose identity the system gives
	files []os.FileInfo   // the others, compared one by one
}

// Add remembers fi, the identity of a file read.
func (in *Inputs) Add(fi os.FileInfo) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if id, ok := identity(fi); ok {
		if in.ids == nil {
			in.ids = map[fileID]bool{}
		}
		in.ids[id] = true
		return
	}
	in.files = append(in.files, fi)
}

// AddPath remembers the file at path, when there is one.
func (in *Inputs) AddPath(path string) {
	if fi, err := os.Stat(path); err == nil {
		in.Add(fi)
	}
}

// Guard is an output.Guard refusing, with ErrInput, a destination that is
// one of the inputs. A nil *Inputs guards nothing.
func (in *Inputs) Guard(_ string, existing os.FileInfo) error {
	if in == nil {
		return nil
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	if id, ok := identity(existing); ok && in.ids[id] {
		return ErrInput
	}
	for _, fi := range in.files {
		if os.SameFile(fi, existing) {
			return ErrInput
		}
	}
	return nil
}
