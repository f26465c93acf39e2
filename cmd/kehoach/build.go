package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/kehoach/kehoach/internal/build"
	"github.com/kehoach/kehoach/internal/load"
)

// BuildCommand is "kehoach build": check the data files and write their
// documents.
type BuildCommand struct {
	main *Main
}

const buildUsage = `Cách dùng: kehoach build [-o thư-mục] <tệp dữ liệu>...

Kiểm tra từng tệp dữ liệu rồi lập văn bản PDF, đặt tên theo tệp dữ liệu
(data/cam-lo-2021.toml → out/cam-lo-2021.pdf). Tệp nào có lỗi dữ liệu thì
không ghi gì cho tệp đó; các lỗi được liệt kê kèm dòng và trường.

Tùy chọn:
  -o thư-mục   thư mục ghi văn bản (mặc định: out)
`

// Run parses args and builds every data file they name.
func (c *BuildCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach build", flag.ContinueOnError)
	outDir := fs.String("o", "out", "")
	if err := parseFlags(fs, args, buildUsage, c.main.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	b, err := build.New()
	if err != nil {
		return err
	}
	var failed error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		written, err := b.File(path, *outDir)
		if err != nil {
			if !report(c.main, path, err) {
				return err
			}
			failed = err
			continue
		}
		for _, w := range written {
			fmt.Fprintf(c.main.Stdout, "đã ghi %s\n", w)
		}
	}
	return failed
}

// report prints the data errors of err for path and says that nothing was
// written; it returns false when err holds no data errors.
func report(m *Main, path string, err error) bool {
	var errs load.Errors
	if !errors.As(err, &errs) {
		return false
	}
	for _, e := range errs {
		fmt.Fprintln(m.Stderr, e.Error())
	}
	fmt.Fprintf(m.Stderr, "%s: có %d lỗi trong dữ liệu; không ghi tệp nào.\n", path, len(errs))
	return true
}
