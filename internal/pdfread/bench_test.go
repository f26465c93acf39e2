package pdfread

import (
	"context"
	"testing"
)

// BenchmarkRead reads a small PDF carrying a data file in a child process;
// set against BenchmarkParse, it is what the child costs.
func BenchmarkRead(b *testing.B) {
	data, _ := carrying(b)
	for b.Loop() {
		if _, err := Read(context.Background(), data, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse parses the same PDF in this process.
func BenchmarkParse(b *testing.B) {
	data, _ := carrying(b)
	for b.Loop() {
		if _, err := parse(data, 1<<20); err != nil {
			b.Fatal(err)
		}
	}
}
