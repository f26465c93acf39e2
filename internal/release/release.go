// Package release builds the downloadable kehoach: one zip per platform,
// each holding the program, the README and the sample data, and a
// SHA256SUMS file naming them. Two runs from the same source with the same
// Go give byte-identical files.
package release

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/kehoach/kehoach/internal/output"
)

// Target is one platform a release is built for.
type Target struct {
	GOOS, GOARCH string
}

// String names the target as Go does: "windows/amd64".
func (t Target) String() string { return t.GOOS + "/" + t.GOARCH }

// Program is the program's file name on the target.
func (t Target) Program() string {
	if t.GOOS == "windows" {
		return "kehoach.exe"
	}
	return "kehoach"
}

// Targets are the platforms of a release: the clerks' Windows PCs first.
var Targets = []Target{
	{"windows", "amd64"},
	{"linux", "amd64"},
	{"darwin", "arm64"},
}

// SumsName is the name of the checksum file beside the archives.
const SumsName = "SHA256SUMS"

// Builder builds the program for target, stamped with version and
// revision, and returns its bytes.
type Builder func(ctx context.Context, target Target, version, revision string) ([]byte, error)

// Options say what to release and where.
type Options struct {
	// Src is the source tree: README.md and data/*.toml are read from it.
	Src string
	// Out is the folder the archives and SHA256SUMS are written to; it is
	// created if missing. Release refuses to replace a file there.
	Out string
	// Version is stamped into the program and names the archives.
	Version string
	// Revision is the source's commit, stamped into the program; may be
	// empty.
	Revision string
	// Time is every archive entry's modification time.
	Time time.Time
	// Build builds the program; GoBuild(Src) when nil.
	Build Builder
}

var (
	versionPattern  = regexp.MustCompile(`^v?[0-9A-Za-z][0-9A-Za-z.+-]*$`)
	revisionPattern = regexp.MustCompile(`^[0-9a-f]*$`)
)

// ArchiveName is the name of the zip of target for version.
func ArchiveName(version string, t Target) string {
	return fmt.Sprintf("kehoach-%s-%s-%s.zip", version, t.GOOS, t.GOARCH)
}

// Release builds every target, packs each with the README and the sample
// data, and writes the archives and SHA256SUMS to opt.Out. It returns the
// names of the files written. Nothing is written unless every target was
// built and packed.
func Release(ctx context.Context, opt Options) ([]string, error) {
	if !versionPattern.MatchString(opt.Version) {
		return nil, fmt.Errorf("release: version %q: %w", opt.Version, ErrVersion)
	}
	if !revisionPattern.MatchString(opt.Revision) {
		return nil, fmt.Errorf("release: revision %q: %w", opt.Revision, ErrRevision)
	}
	build := opt.Build
	if build == nil {
		build = GoBuild(opt.Src)
	}
	docs, err := extras(opt.Src)
	if err != nil {
		return nil, err
	}
	var names []string
	contents := map[string][]byte{}
	for _, t := range Targets {
		prog, err := build(ctx, t, opt.Version, opt.Revision)
		if err != nil {
			return nil, fmt.Errorf("release: build %s: %w", t, err)
		}
		files := append([]File{{Name: t.Program(), Mode: 0o755, Data: prog}}, docs...)
		var zip bytes.Buffer
		if err := Pack(&zip, files, opt.Time); err != nil {
			return nil, fmt.Errorf("release: pack %s: %w", t, err)
		}
		name := ArchiveName(opt.Version, t)
		names = append(names, name)
		contents[name] = zip.Bytes()
	}
	contents[SumsName] = Sums(names, contents)
	names = append(names, SumsName)
	if err := write(opt.Out, names, contents); err != nil {
		return nil, err
	}
	return names, nil
}

// extras reads the files packed beside the program: the README and the
// sample data files.
func extras(src string) ([]File, error) {
	names := []string{"README.md"}
	samples, err := filepath.Glob(filepath.Join(src, "data", "*.toml"))
	if err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	if len(samples) == 0 {
		return nil, fmt.Errorf("release: %s: %w", filepath.Join(src, "data"), ErrNoSample)
	}
	for _, s := range samples {
		names = append(names, "data/"+filepath.Base(s))
	}
	files := make([]File, 0, len(names))
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(n)))
		if err != nil {
			return nil, fmt.Errorf("release: %w", err)
		}
		files = append(files, File{Name: n, Mode: 0o644, Data: data})
	}
	return files, nil
}

// write writes each named file into dir, all or none, refusing to replace
// any (output.WriteAll with exclusive files).
func write(dir string, names []string, contents map[string][]byte) error {
	files := make([]output.File, len(names))
	for i, n := range names {
		files[i] = output.File{Path: filepath.Join(dir, n), Data: contents[n], Exclusive: true}
	}
	err := output.WriteAll(files, nil)
	var oe *output.Error
	if errors.Is(err, fs.ErrExist) && errors.As(err, &oe) {
		return fmt.Errorf("release: %s: %w", oe.Path, ErrExists)
	}
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	return nil
}
