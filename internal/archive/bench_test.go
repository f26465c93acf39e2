package archive

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkAddUnchanged is the cost of archiving data already archived:
// build, lock, read the manifest, compare.
func BenchmarkAddUnchanged(b *testing.B) {
	root := b.TempDir()
	add(b, root, sampleSource(b, ""))
	a := newArchive(b, root, Options{})
	src := sampleSource(b, "")
	for b.Loop() {
		if _, err := a.Add(context.Background(), src, when); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAddVersion is the cost of adding a version: build, render,
// write the PDF and the manifest.
func BenchmarkAddVersion(b *testing.B) {
	root := b.TempDir()
	a := newArchive(b, root, Options{})
	i := 0
	for b.Loop() {
		i++
		if _, err := a.Add(context.Background(), sampleSource(b, fmt.Sprintf(" (%d)", i)), when); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify verifies an archive of one document with ten versions.
func BenchmarkVerify(b *testing.B) {
	root := b.TempDir()
	for i := range 10 {
		add(b, root, sampleSource(b, fmt.Sprintf(" (%d)", i)))
	}
	for b.Loop() {
		r, err := Verify(context.Background(), root)
		if err != nil || !r.OK() || r.Versions != 10 {
			b.Fatal(r, err)
		}
	}
}
