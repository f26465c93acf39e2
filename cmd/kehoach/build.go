package main

import (
	"context"
	"flag"

	"github.com/kehoach/kehoach/internal/batch"
)

// BuildCommand is "kehoach build": check the data files and write their
// documents into one folder.
type BuildCommand struct {
	main *Main
}

const buildUsage = `Cách dùng: kehoach build [-o thư-mục] [--format pdf,docx] [--template mẫu.docx] [--final] [-j số] [--json] <tệp dữ liệu>...

Kiểm tra từng tệp dữ liệu rồi lập văn bản PDF và Word (.docx), đặt tên theo
tệp dữ liệu (data/cam-lo-2021.toml → out/cam-lo-2021.pdf, out/cam-lo-2021.docx).
Tệp nào có lỗi dữ liệu thì không ghi gì cho tệp đó, các tệp khác vẫn được lập;
các lỗi được liệt kê kèm dòng và trường. Hai tệp dữ liệu cùng tên (a/x.toml và
b/x.toml) sẽ cho ra văn bản trùng tên nên bị từ chối trước khi ghi gì; khi đó
dùng lệnh batch, hoặc -o khác nhau.

Tùy chọn:
` + writeOptionsText + exitCodesText

// writeOptionsText describes the options of the commands that write.
const writeOptionsText = `  -o thư-mục            thư mục ghi văn bản (mặc định: out)
  --format danh-sách    định dạng cần lập, cách nhau bằng dấu phẩy: pdf, docx
                        (mặc định: pdf,docx)
  --template mẫu.docx   mẫu Word dùng thay cho mẫu có sẵn; mẫu phải có đủ các
                        chỗ trống {{...}} của mẫu có sẵn và không bị ghi đè
  --final               chỉ lập văn bản chính thức (trình ký số hoặc ban hành):
                        từ chối bản dự thảo (state = "dự thảo", draft = true,
                        hoặc chưa có số và ngày mà không ghi state) và kế
                        hoạch còn câu nhắc năm trước năm kế hoạch (xem
                        keep_years)
  -j số                 số tệp lập cùng lúc (mặc định: số lõi CPU)
  --json                in kết quả dạng JSON ra đầu ra chuẩn (tệp đã ghi, lỗi
                        của từng tệp), cho các chương trình khác
`

// Run parses args and builds every data file they name.
func (c *BuildCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach build", flag.ContinueOnError)
	w := addWrite(fs)
	files, err := parseArgs(fs, args, buildUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if err := w.validate(); err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	jobs, err := batch.Files(files, w.outDir)
	if err != nil {
		return err
	}
	return c.main.runWrite(ctx, "build", jobs, w)
}
