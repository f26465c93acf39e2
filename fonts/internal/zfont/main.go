// Command zfont writes each TrueType file of this folder compressed with
// zlib next to it, as NAME.ttf.z: the font file unchanged, in the form a PDF
// embeds it (FlateDecode). Run it with go generate in the fonts folder.
package main

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "zfont:", err)
		os.Exit(1)
	}
}

// run compresses every *.ttf of the working folder.
func run() error {
	names, err := filepath.Glob("*.ttf")
	if err != nil {
		return fmt.Errorf("list fonts: %w", err)
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return fmt.Errorf("read font: %w", err)
		}
		var buf bytes.Buffer
		w, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
		if err != nil {
			return fmt.Errorf("compress %s: %w", name, err)
		}
		if _, err := w.Write(data); err != nil {
			return fmt.Errorf("compress %s: %w", name, err)
		}
		if err := w.Close(); err != nil {
			return fmt.Errorf("compress %s: %w", name, err)
		}
		if err := os.WriteFile(name+".z", buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write %s.z: %w", name, err)
		}
	}
	return nil
}
