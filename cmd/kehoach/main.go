// Command kehoach builds Vietnamese administrative plans (KẾ HOẠCH) laid out
// per Nghị định 30/2020/NĐ-CP from a TOML data file.
//
// main only runs the command and maps its error to an exit code: 0 success,
// 1 errors in the data or the Word template, 2 wrong usage, 3 any other
// failure (a file that cannot be read or written).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/kehoach/kehoach/internal/dataerr"
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
	var dataErr dataerr.List
	var usageErr *UsageError
	var tmplErr *TemplateError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &dataErr):
		return exitData
	case errors.As(err, &tmplErr):
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", describe(err))
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
