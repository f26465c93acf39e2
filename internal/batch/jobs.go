package batch

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
)

// Files makes one job per path, each writing flat into outDir under the
// data file's name (a/x.toml → outDir/x.pdf). Paths are taken as files:
// a folder among them fails when it is read. The same path given twice is
// one job.
func Files(paths []string, outDir string) ([]Job, error) {
	var jobs []Job
	for _, p := range paths {
		jobs = append(jobs, Job{Input: p, Dir: outDir, Base: engine.OutputName(p)})
	}
	return collide(jobs)
}

// Tree makes the jobs of paths: a file is one job writing into outDir under
// its own name, as with Files; a folder is walked for its *.toml files
// (hidden files and folders left out, each folder walked once however many
// links lead to it) and its documents mirror the folder's tree under outDir
// (data/quang-tri/cam-lo.toml, for the folder data → outDir/quang-tri/
// cam-lo.pdf). A path that cannot be looked at is a job that fails when
// read.
func Tree(paths []string, outDir string) ([]Job, error) {
	var jobs []Job
	w := &walker{}
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			jobs = append(jobs, Job{Input: p, Dir: outDir, Base: engine.OutputName(p)})
			continue
		}
		w.walk(p, p, func(path, dir string, err error) {
			rel, relErr := filepath.Rel(p, dir)
			if relErr != nil {
				rel = "."
			}
			jobs = append(jobs, Job{Input: path, Dir: filepath.Join(outDir, rel), Base: engine.OutputName(path), Err: err})
		})
	}
	return collide(jobs)
}

// collide drops repeated jobs (the same input to the same documents) and
// refuses two inputs whose documents would have the same name.
func collide(jobs []Job) ([]Job, error) {
	// byOutput holds the job that first writes each output.
	byOutput := map[string]Job{}
	var kept []Job
	var cols []Collision
	for _, j := range jobs {
		out := filepath.Join(j.Dir, j.Base)
		first, ok := byOutput[out]
		switch {
		case !ok:
			byOutput[out] = j
			kept = append(kept, j)
		case filepath.Clean(first.Input) == filepath.Clean(j.Input):
			// the same file named twice
		default:
			// Both named as given, so that both read alike.
			cols = append(cols, Collision{First: first.Input, Second: j.Input, Output: out})
		}
	}
	if len(cols) > 0 {
		return nil, &CollisionError{Collisions: cols}
	}
	return kept, nil
}

// isData reports whether name is a data file's name: *.toml, in any case.
func isData(name string) bool {
	return strings.EqualFold(filepath.Ext(name), ".toml")
}

// hidden reports whether name is a hidden file's or folder's name.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".")
}
