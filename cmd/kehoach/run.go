package main

import (
	"context"
	"fmt"
	"io"
)

// Main is the kehoach program: it dispatches to one subcommand.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
}

// NewMain returns a Main writing to the given streams.
func NewMain(stdout, stderr io.Writer) *Main {
	return &Main{Stdout: stdout, Stderr: stderr}
}

// UsageError is a command line that kehoach cannot understand; Message says
// why, in Vietnamese.
type UsageError struct {
	Message string
}

func (e *UsageError) Error() string { return "usage: " + e.Message }

func usagef(format string, args ...any) error {
	return &UsageError{Message: fmt.Sprintf(format, args...)}
}

// Run runs the subcommand named by args[0] with the remaining arguments.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, mainUsage)
		return usagef("thiếu lệnh")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return (&BuildCommand{main: m}).Run(ctx, rest)
	case "batch":
		return (&BatchCommand{main: m}).Run(ctx, rest)
	case "check":
		return (&CheckCommand{main: m}).Run(ctx, rest)
	case "archive":
		return (&ArchiveCommand{main: m}).Run(ctx, rest)
	case "version":
		return (&VersionCommand{main: m}).Run(ctx, rest)
	case "figures-template":
		return (&FiguresCommand{main: m}).Run(ctx, rest)
	case "next":
		return (&NextCommand{main: m}).Run(ctx, rest)
	case "report-data":
		return (&ReportDataCommand{main: m}).Run(ctx, rest)
	case "template":
		return (&TemplateCommand{main: m}).Run(ctx, rest)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, mainUsage)
		return nil
	default:
		return usagef("không có lệnh %q", cmd)
	}
}

const mainUsage = `kehoach lập văn bản KẾ HOẠCH và BÁO CÁO kết quả thực hiện kế hoạch dưới
dạng PDF và Word (.docx), đúng thể thức Nghị định 30/2020/NĐ-CP, từ tệp dữ liệu
TOML; tự tính mọi con số và kiểm tra dữ liệu. Loại văn bản theo type ở mục
[document] của tệp dữ liệu (BC: báo cáo; các ký hiệu khác: kế hoạch).

Cách dùng:
  kehoach <lệnh> [tùy chọn] <tệp dữ liệu>...

Các lệnh:
  build   kiểm tra dữ liệu rồi lập văn bản PDF và Word (mặc định vào thư mục out/)
  batch   lập mọi tệp .toml trong các thư mục, song song; văn bản được xếp theo
          cây thư mục của dữ liệu
  check   chỉ kiểm tra dữ liệu, không ghi tệp nào
  archive lưu trữ văn bản đã ban hành; list, verify, extract: xem, kiểm tra, lấy lại dữ liệu;
          signed: lưu bản gốc đã ký số; copy: chép ra tệp để ký số;
          register, next-number: sổ đăng ký văn bản đi, số kế tiếp còn trống
  version in phiên bản của kehoach
  figures-template  lập bảng tính để các xã điền số liệu năm sau (--report:
          kết quả giảm nghèo trong năm, cho báo cáo cuối năm)
  next    lập tệp dữ liệu năm sau (bản dự thảo) từ bảng tính đã điền, hoặc từ
          báo cáo cuối năm
  report-data  lập tệp dữ liệu báo cáo cuối năm (bản dự thảo) từ bảng tính
          kết quả các xã đã điền
  template ghi mẫu Word có sẵn ra tệp để sửa hình thức, rồi dùng với --template
  help    hiện hướng dẫn này

Tùy chọn đặt trước hay sau tên tệp đều được; sau "--" mọi đối số là tên tệp.
Xem tùy chọn của từng lệnh: kehoach <lệnh> -h
` + exitCodesText

// exitCodesText ends every usage text.
const exitCodesText = `
Mã thoát:
  0    thành công
  1    có tệp dữ liệu không lập được: dữ liệu có lỗi, hoặc không có hay không
       đọc được tệp đầu vào (các tệp khác vẫn được lập)
  2    sai cách dùng: lệnh hoặc tùy chọn không có, không nêu tệp dữ liệu nào,
       hai tệp dữ liệu cho ra văn bản trùng tên
  3    lỗi khác: mẫu Word không dùng được, không ghi được văn bản hay lưu trữ
  130  đã dừng theo yêu cầu (Ctrl-C); không để lại tệp dở dang nào
`
