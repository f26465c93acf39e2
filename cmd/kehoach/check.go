package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/kehoach/kehoach/internal/engine"
)

// CheckCommand is "kehoach check": check the data files, write nothing.
type CheckCommand struct {
	main *Main
}

const checkUsage = `Cách dùng: kehoach check <tệp dữ liệu>...

Kiểm tra từng tệp dữ liệu và liệt kê mọi lỗi cùng lúc, mỗi lỗi một dòng,
kèm tên tệp, dòng và trường. Không ghi tệp nào.
`

// Run parses args and checks every data file they name.
func (c *CheckCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach check", flag.ContinueOnError)
	if err := parseFlags(fs, args, checkUsage, c.main.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	e, err := engine.New(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		src, _, err := engine.ReadSource(path)
		if err != nil {
			return err
		}
		if err := e.Check(ctx, src); err != nil {
			return err
		}
		fmt.Fprintf(c.main.Stdout, "%s: dữ liệu hợp lệ.\n", path)
		return nil
	})
}
