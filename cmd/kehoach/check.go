package main

import (
	"context"
	"flag"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/engine"
)

// CheckCommand is "kehoach check": check the data files, write nothing.
type CheckCommand struct {
	main *Main
}

const checkUsage = `Cách dùng: kehoach check [-j số] [--json] <tệp dữ liệu>...

Kiểm tra từng tệp dữ liệu như khi lập văn bản PDF và Word (.docx), kể cả dàn
trang, và liệt kê mọi lỗi cùng lúc, mỗi lỗi một dòng, kèm tên tệp, dòng và
trường. Câu nào còn nhắc năm trước năm kế hoạch thì in cảnh báo (không phải lỗi;
build --final sẽ từ chối), trừ các câu ghi trong keep_years ở mục [document].
Không ghi tệp nào.

Tùy chọn:
  -j số     số tệp kiểm tra cùng lúc (mặc định: số lõi CPU)
  --json    in kết quả dạng JSON ra đầu ra chuẩn, cho các chương trình khác
` + exitCodesText

// Run parses args and checks every data file they name.
func (c *CheckCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach check", flag.ContinueOnError)
	common := addCommon(fs)
	files, err := parseArgs(fs, args, checkUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if err := common.validate(); err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	jobs, err := batch.Files(files, "")
	if err != nil {
		return err
	}
	defer batch.TuneRuntime(common.workers, len(jobs))()
	e, err := newEngine(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.runJobs(ctx, runSpec{
		command: "check",
		jobs:    jobs,
		opt:     batch.Options{Engine: e, CheckOnly: true, Workers: common.workers},
		json:    common.json,
	})
}
