package load

import (
	"os"
	"testing"
)

// BenchmarkReadSample loads and checks the sample data file.
func BenchmarkReadSample(b *testing.B) {
	data, err := os.ReadFile("../../data/cam-lo-2021.toml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Read("cam-lo-2021.toml", data); err != nil {
			b.Fatal(err)
		}
	}
}
