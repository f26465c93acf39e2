// Command packdocx packs the unpacked parts of a .docx into the file itself:
//
//	packdocx SRC_DIR OUT.docx
//
// It writes what docxpack.Pack returns for the files under SRC_DIR, through
// a temporary file renamed over OUT.docx, so that a failed run leaves the
// old file in place. The templates package runs it from go:generate.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kehoach/kehoach/internal/docxpack"
	"github.com/kehoach/kehoach/internal/output"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "packdocx:", err)
		os.Exit(1)
	}
}

// run packs args[0] into args[1].
func run(args []string) error {
	if len(args) != 2 {
		return errors.New("usage: packdocx SRC_DIR OUT.docx")
	}
	src, out := args[0], args[1]
	info, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s is not a folder", src)
	}
	data, err := docxpack.Pack(os.DirFS(src))
	if err != nil {
		return err
	}
	return output.WriteFile(out, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
