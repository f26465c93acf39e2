// Command kehoach builds Vietnamese administrative plans (KẾ HOẠCH) laid out
// per Nghị định 30/2020/NĐ-CP from a TOML data file.
//
// main only runs the command and maps its error to an exit code: 0 success,
// 1 errors in the data, 2 wrong usage, 3 any other failure (a file that
// cannot be read or written).
package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"

	"github.com/kehoach/kehoach/internal/load"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1
	exitUsage = 2
	exitOther = 3
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	m := NewMain(os.Stdout, os.Stderr)
	os.Exit(exitCode(m.Run(ctx, os.Args[1:]), m))
}

// exitCode prints err for the user and returns the exit code it maps to.
func exitCode(err error, m *Main) int {
	var dataErr load.Errors
	var usageErr *UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &dataErr):
		return exitData
	case errors.As(err, &usageErr):
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", usageErr.Message)
		fmt.Fprintln(m.Stderr, `Chạy "kehoach help" để xem cách dùng.`)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", describe(err))
		return exitOther
	}
}

// describe says in Vietnamese what went wrong with a file; other errors are
// shown as they are.
func describe(err error) string {
	if errors.Is(err, context.Canceled) {
		return "đã dừng theo yêu cầu"
	}
	var pathErr *fs.PathError
	if !errors.As(err, &pathErr) {
		return "lỗi: " + err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "không có tệp " + pathErr.Path
	case errors.Is(err, fs.ErrPermission):
		return "không có quyền truy cập tệp " + pathErr.Path
	default:
		return fmt.Sprintf("không đọc hoặc ghi được tệp %s (%v)", pathErr.Path, pathErr.Err)
	}
}
