package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/kehoach/kehoach/internal/build"
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
	return c.main.eachFile(ctx, files, func(path string) error {
		written, err := b.File(path, *outDir)
		for _, w := range written {
			fmt.Fprintf(c.main.Stdout, "đã ghi %s\n", w)
		}
		return err
	})
}
