package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/engine"
)

// toSignLabel opens the line that names the file to sign.
const toSignLabel = "tệp để ký số: "

// copy writes an archived version, byte for byte, to the file -o names:
// the version of a data file, or a version of a document folder.
func (c *ArchiveCommand) copy(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive copy", flag.ContinueOnError)
	to := fs.String("to", defaultArchive, "")
	out := fs.String("o", "", "")
	n := fs.Int("v", 0, "")
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(rest) == 0:
		return usagef("thiếu tệp dữ liệu hoặc thư mục văn bản")
	case len(rest) > 1:
		return usagef("lệnh copy nhận đúng một tệp dữ liệu hoặc một thư mục văn bản")
	case *out == "":
		return usagef("thiếu -o tệp.pdf: tên tệp ghi bản để ký số")
	case *n < 0:
		return usagef("-v phải là số phiên bản: 1, 2, …")
	}
	dir := isDir(rest[0])
	if *n != 0 && !dir {
		return usagef("-v chỉ dùng với thư mục văn bản; với tệp dữ liệu, kehoach chép phiên bản lập từ đúng tệp ấy")
	}
	got, err := c.archived(ctx, rest[0], dir, *to, *n)
	if err != nil {
		return c.problems(err)
	}
	if err := writeNew(*out, got.PDF); err != nil {
		return err
	}
	v := got.Version
	fmt.Fprintf(c.main.Stdout, "đã chép phiên bản %s của văn bản số %s (%s, SHA-256 %s)\n%s%s\n",
		strings.TrimSuffix(v.File, ".pdf"), got.Document.Number, got.Path(), v.PDFSHA256, toSignLabel, *out)
	return nil
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// archived finds the version to copy: path is a document folder (its
// version n, the latest for 0) when dir is set, else a data file (its
// version in the archive root).
func (c *ArchiveCommand) archived(ctx context.Context, path string, dir bool, root string, n int) (*archive.Archived, error) {
	if dir {
		got, err := archive.FolderVersion(path, n)
		return got, unreadable(archiveError(err))
	}
	src, _, err := engine.ReadSource(path)
	if err != nil {
		return nil, unreadable(err)
	}
	e, err := newEngine(engine.Options{})
	if err != nil {
		return nil, err
	}
	tool, _ := buildTool()
	got, err := archive.New(root, e, archive.Options{Tool: tool}).VersionOf(ctx, src)
	return got, archiveError(err)
}
