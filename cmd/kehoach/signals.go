package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/kehoach/kehoach/internal/output"
)

// interruptContext returns a context cancelled by the first SIGINT or
// SIGTERM: the workers stop, nothing partial is left, and the summary says
// what was done. A second signal removes the temporary files being written
// and exits at once with exitInterrupted. stop ends the watch.
func interruptContext(stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	quit := make(chan struct{})
	go func() {
		select {
		case <-signals:
		case <-quit:
			return
		}
		cancel()
		fmt.Fprintln(stderr, "\nkehoach: đang dừng…; nhấn Ctrl-C lần nữa để thoát ngay.")
		select {
		case <-signals:
		case <-quit:
			return
		}
		output.RemoveStaged()
		fmt.Fprintln(stderr, "kehoach: đã thoát ngay theo yêu cầu; không để lại tệp dở dang nào.")
		os.Exit(exitInterrupted)
	}()
	return ctx, func() {
		signal.Stop(signals)
		close(quit)
		cancel()
	}
}
