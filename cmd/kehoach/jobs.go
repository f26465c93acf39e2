package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/kehoach/kehoach/internal/batch"
)

// runSpec is one run of data files by build, batch or check.
type runSpec struct {
	command string // "build", "batch" or "check"
	jobs    []batch.Job
	opt     batch.Options
	json    bool // print the summary as JSON on standard output
	bar     bool // a progress bar when standard error is a terminal
}

// runJobs runs every job, shows progress (a bar on a terminal, else a line
// per file written or checked), then the summary; the error returned
// carries the exit code. The caller has set the runtime up for the run
// (batch.TuneRuntime) before preparing the engine: a build of one file
// then runs without a collection.
func (m *Main) runJobs(ctx context.Context, spec runSpec) error {
	var bar *progressbar.ProgressBar
	switch {
	case spec.bar && isTerminal(m.Stderr):
		bar = progressbar.NewOptions(len(spec.jobs),
			progressbar.OptionSetWriter(m.Stderr),
			progressbar.OptionSetDescription("Đang lập"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		spec.opt.Report = func(batch.Outcome) { bar.Add(1) }
	case !spec.json:
		spec.opt.Report = func(o batch.Outcome) { m.progressLine(spec.command, o) }
	}
	outcomes := batch.Run(ctx, spec.jobs, spec.opt)
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	s := summarize(spec.command, outcomes, ctx.Err() != nil)
	s.writeText(m.Stderr)
	if spec.json {
		if err := s.writeJSON(m.Stdout); err != nil {
			return err
		}
	}
	if s.ExitCode == exitOK {
		return nil
	}
	return &shownError{Code: s.ExitCode}
}

// progressLine tells of one job done, on standard output.
func (m *Main) progressLine(command string, o batch.Outcome) {
	switch {
	case o.Err != nil:
	case command == "check" && len(o.Warnings) > 0:
		fmt.Fprintf(m.Stdout, "%s: dữ liệu hợp lệ, có %d cảnh báo.\n", o.Job.Input, len(o.Warnings))
	case command == "check":
		fmt.Fprintf(m.Stdout, "%s: dữ liệu hợp lệ (%s).\n", o.Job.Input, o.State)
	default:
		for _, w := range o.Written {
			fmt.Fprintf(m.Stdout, "đã ghi %s\n", w)
		}
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
