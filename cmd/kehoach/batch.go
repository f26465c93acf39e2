package main

import (
	"context"
	"flag"
	"strings"

	"github.com/kehoach/kehoach/internal/batch"
)

// BatchCommand is "kehoach batch": build every data file of folders, in
// parallel, mirroring their tree.
type BatchCommand struct {
	main *Main
}

const batchUsage = `Cách dùng: kehoach batch [-o thư-mục] [--format pdf,docx] [--template mẫu.docx] [--final] [-j số] [--json] <thư mục hoặc tệp>...

Lập văn bản PDF và Word (.docx) cho mọi tệp .toml trong các thư mục đã nêu và
các thư mục con (bỏ qua tệp và thư mục ẩn, tên bắt đầu bằng dấu chấm), song
song. Văn bản được xếp theo cây thư mục của dữ liệu:
data/quang-tri/cam-lo.toml → out/quang-tri/cam-lo.pdf, out/quang-tri/cam-lo.docx
khi chạy "kehoach batch data -o out"; tệp nêu trực tiếp thì ghi vào out/<tên>.pdf.
Kế hoạch và báo cáo được lập cạnh nhau, mỗi tệp dữ liệu một văn bản cùng tên;
báo cáo đọc kế hoạch mà nó nêu (plan = "…", đường dẫn tính từ thư mục của báo
cáo).

Một tệp lỗi không làm dừng các tệp khác; báo cáo mà kế hoạch của nó thiếu hoặc
có lỗi thì chỉ báo cáo ấy lỗi. Cuối cùng kehoach in bản tổng kết: từng văn bản
đã lập (kế hoạch hay báo cáo, ban hành hay dự thảo, số và ký hiệu, cơ quan ban
hành, năm), từng lỗi (tệp, dòng, trường, lý do), số tệp đã lập, số văn bản mỗi
loại theo từng trạng thái và số tệp lỗi. Khi đầu ra lỗi chuẩn là màn hình thì hiện thanh tiến độ, nếu không thì
in "đã ghi …" cho từng văn bản. Ctrl-C dừng việc lập (nhấn lần nữa để thoát
ngay); không để lại tệp dở dang nào.

Tùy chọn:
` + writeOptionsText + exitCodesText

// Run parses args and builds every data file under the folders they name.
func (c *BatchCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach batch", flag.ContinueOnError)
	w := addWrite(fs)
	paths, err := parseArgs(fs, args, batchUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if err := w.validate(); err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("thiếu thư mục hoặc tệp dữ liệu")
	}
	jobs, err := batch.Tree(paths, w.outDir)
	if err != nil {
		return err
	}
	if len(jobs) == 0 {
		return usagef("không tìm thấy tệp dữ liệu .toml nào trong %s", strings.Join(paths, ", "))
	}
	w.bar = true
	return c.main.runWrite(ctx, "batch", jobs, w)
}
