package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
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
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, mainUsage)
		return nil
	default:
		return usagef("không có lệnh %q", cmd)
	}
}

const mainUsage = `kehoach lập văn bản KẾ HOẠCH (PDF) đúng thể thức Nghị định 30/2020/NĐ-CP
từ một tệp dữ liệu TOML, tự tính mọi con số và kiểm tra dữ liệu.

Cách dùng:
  kehoach <lệnh> [tùy chọn] <tệp dữ liệu>...

Các lệnh:
  build   kiểm tra dữ liệu rồi lập văn bản PDF (mặc định vào thư mục out/)
  check   chỉ kiểm tra dữ liệu, không ghi tệp nào
  archive lưu trữ văn bản đã ban hành; list, verify, extract: xem, kiểm tra, lấy lại dữ liệu
  version in phiên bản của kehoach
  figures-template  lập bảng tính để các xã điền số liệu năm sau
  next    lập tệp dữ liệu năm sau (bản dự thảo) từ bảng tính đã điền
  help    hiện hướng dẫn này

Xem tùy chọn của từng lệnh: kehoach <lệnh> -h

Mã thoát: 0 thành công; 1 dữ liệu có lỗi; 2 sai cách dùng;
3 lỗi khác (không đọc hoặc không ghi được tệp).
`

// parseFlags parses args with fs, whose own messages are English, and turns
// its failures into Vietnamese usage errors. It prints the usage text and
// reports flag.ErrHelp for -h.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case err == flag.ErrHelp:
		fmt.Fprint(stdout, usage)
		return flag.ErrHelp
	}
	msg := err.Error()
	for en, vi := range map[string]string{
		"flag provided but not defined: ": "không có tùy chọn ",
		"flag needs an argument: ":        "tùy chọn cần một giá trị: ",
	} {
		if rest, ok := strings.CutPrefix(msg, en); ok {
			return usagef("%s%s", vi, rest)
		}
	}
	return usagef("tùy chọn không hợp lệ: %s", msg)
}

// eachFile runs do for every data file in turn. A file with data errors has
// them printed, one per line, and does not stop the others; the last such
// error is returned at the end. Any other error stops at once.
func (m *Main) eachFile(ctx context.Context, files []string, do func(path string) error) error {
	var failed error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := do(path)
		var errs dataerr.List
		if !errors.As(err, &errs) {
			if err != nil {
				return err
			}
			continue
		}
		for _, e := range errs {
			fmt.Fprintln(m.Stderr, e.Error())
		}
		fmt.Fprintf(m.Stderr, "%s: có %d lỗi trong dữ liệu; không ghi tệp nào.\n", path, len(errs))
		failed = err
	}
	return failed
}
