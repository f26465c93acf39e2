package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/render/docx"
)

// BuildCommand is "kehoach build": check the data files and write their
// documents.
type BuildCommand struct {
	main *Main
}

const buildUsage = `Cách dùng: kehoach build [-o thư-mục] [--format pdf,docx] [--template mẫu.docx] [--final] <tệp dữ liệu>...

Kiểm tra từng tệp dữ liệu rồi lập văn bản PDF và Word (.docx), đặt tên theo
tệp dữ liệu (data/cam-lo-2021.toml → out/cam-lo-2021.pdf, out/cam-lo-2021.docx).
Tệp nào có lỗi dữ liệu thì không ghi gì cho tệp đó; các lỗi được liệt kê kèm
dòng và trường.

Tùy chọn:
  -o thư-mục            thư mục ghi văn bản (mặc định: out)
  --format danh-sách    định dạng cần lập, cách nhau bằng dấu phẩy: pdf, docx
                        (mặc định: pdf,docx)
  --template mẫu.docx   mẫu Word dùng thay cho mẫu có sẵn; mẫu phải có đủ các
                        chỗ trống {{...}} của mẫu có sẵn và không bị ghi đè
  --final               chỉ lập văn bản chính thức: từ chối bản dự thảo (chưa
                        có số, ngày ban hành hoặc ghi draft = true)
`

// Run parses args and builds every data file they name.
func (c *BuildCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach build", flag.ContinueOnError)
	outDir := fs.String("o", "out", "")
	format := fs.String("format", "pdf,docx", "")
	template := fs.String("template", "", "")
	final := fs.Bool("final", false, "")
	if err := parseFlags(fs, args, buildUsage, c.main.Stdout); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	formats, err := engine.ParseFormats(*format)
	var fe *engine.FormatError
	if errors.As(err, &fe) {
		return usagef("định dạng %q không có: chỉ dùng pdf, docx", fe.Name)
	}
	files := fs.Args()
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	opt := engine.Options{}
	inputs := &engine.Inputs{}
	if *template != "" {
		if opt.WordTemplate, err = docx.ReadTemplateFile(*template); err != nil {
			if errors.Is(err, docx.ErrTemplate) {
				return &TemplateError{Path: *template, Err: err}
			}
			return err
		}
		inputs.AddPath(*template)
	}
	e, err := engine.New(opt)
	if err != nil {
		return &TemplateError{Path: *template, Err: err}
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		src, fi, err := engine.ReadSource(path)
		if err != nil {
			return err
		}
		inputs.Add(fi)
		res, err := e.Build(ctx, src, formats)
		if err != nil {
			return err
		}
		if *final {
			if err := refuseDraft(path, res.Plan); err != nil {
				return err
			}
		}
		written, err := res.WriteFiles(*outDir, engine.OutputName(path), inputs)
		for _, w := range written {
			fmt.Fprintf(c.main.Stdout, "đã ghi %s\n", w)
		}
		return err
	})
}
