package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/dataerr"
)

// Exit codes.
const (
	exitOK          = 0
	exitData        = 1
	exitUsage       = 2
	exitOther       = 3
	exitInterrupted = 130
)

// exitCode prints err for the user, unless already shown, and returns the
// exit code it maps to.
func exitCode(err error, m *Main) int {
	var (
		dataErr  dataerr.List
		usageErr *UsageError
		shown    *shownError
		colErr   *batch.CollisionError
		inErr    *inputError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &shown):
		return shown.Code
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", describe(err))
		return exitInterrupted
	case errors.As(err, &dataErr):
		return exitData
	case errors.As(err, &inErr):
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", describe(err))
		return exitData
	case errors.As(err, &colErr):
		fmt.Fprintf(m.Stderr, "kehoach: %s.\n", describe(err))
		return exitUsage
	case errors.As(err, &usageErr):
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", usageErr.Message)
		fmt.Fprintln(m.Stderr, `Chạy "kehoach help" để xem cách dùng.`)
		return exitUsage
	default:
		fmt.Fprintf(m.Stderr, "kehoach: %s\n", describe(err))
		return exitOther
	}
}

// shownError is the end of a run whose outcome has been shown to the user
// already; Code is its exit code.
type shownError struct {
	Code int
}

func (e *shownError) Error() string { return fmt.Sprintf("exit %d", e.Code) }
