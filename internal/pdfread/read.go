package pdfread

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Read returns what the PDF data carries, read in a child process under
// lim. When ctx is done the child is killed at once and ctx's error is
// returned. Otherwise a failure wraps one of ErrTooLarge, ErrMalformed,
// ErrTimeout, ErrMemory or ErrCrashed.
func Read(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	resp, err := run(ctx, &request{Data: data, Limits: lim})
	if err != nil {
		return nil, err
	}
	if resp.Doc == nil {
		return nil, fmt.Errorf("pdfread: %w: empty answer", ErrCrashed)
	}
	return resp.Doc, nil
}

// run sends req to a child process and returns its answer; see Read.
func run(ctx context.Context, req *request) (*response, error) {
	data := req.Data
	if len(data) > MaxInput {
		return nil, fmt.Errorf("pdfread: %w: %d bytes, at most %d", ErrTooLarge, len(data), MaxInput)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("pdfread: %w", err)
	}
	lim := req.Limits.withDefaults()
	req.Limits = lim
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("pdfread: start reader: %w", err)
	}
	var in bytes.Buffer
	if err := gob.NewEncoder(&in).Encode(req); err != nil {
		return nil, fmt.Errorf("pdfread: %w", err)
	}
	runCtx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	cmd := exec.CommandContext(runCtx, exe)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	if raceEnabled {
		// The race detector sleeps a second before a process exits.
		cmd.Env = append(cmd.Env, "GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	}
	cmd.Stdin = &in
	stdout := &capped{max: maxAnswer(lim, len(req.Ends))}
	stderr := &capped{max: 8 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	// Once killed, the child's pipes are not waited on for long.
	cmd.WaitDelay = time.Second
	start := time.Now()
	runErr := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("pdfread: %w", ctx.Err())
	case runCtx.Err() != nil:
		return nil, fmt.Errorf("pdfread: %w: stopped after %s", ErrTimeout, time.Since(start).Round(time.Millisecond))
	case runErr != nil && outOfMemory(stderr.String()):
		return nil, fmt.Errorf("pdfread: %w: more than %d bytes", ErrMemory, lim.Memory)
	case runErr != nil:
		return nil, fmt.Errorf("pdfread: %w: %v: %s", ErrCrashed, runErr, firstLine(stderr.String()))
	case stdout.over:
		return nil, fmt.Errorf("pdfread: %w: answer longer than %d bytes", ErrCrashed, stdout.max)
	}
	var resp response
	if err := gob.NewDecoder(&stdout.buf).Decode(&resp); err != nil {
		return nil, fmt.Errorf("pdfread: %w: answer: %v", ErrCrashed, err)
	}
	if resp.Err != "" {
		return nil, fmt.Errorf("pdfread: %w: %s", ErrMalformed, strings.TrimPrefix(resp.Err, ErrMalformed.Error()+": "))
	}
	return &resp, nil
}

// maxAnswer is the longest answer a child may give under lim: every
// embedded file at its largest, with room for names and sums; or, for
// revs revisions, every signature's Contents and every page's
// fingerprints.
func maxAnswer(lim Limits, revs int) int64 {
	files := int64(maxFiles*(lim.MaxFile+1+2*maxText) + 4*maxText)
	perRev := int64(maxSignatures*(MaxContents+1+4*maxText) + maxPages*(256+maxAnnotations*16))
	return max(files, int64(revs)*perRev+4*maxText)
}

// outOfMemory reports whether the Go runtime's last words, stderr, tell
// of an allocation refused.
func outOfMemory(stderr string) bool {
	return strings.Contains(stderr, "out of memory") || strings.Contains(stderr, "cannot allocate memory")
}

// firstLine is the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// capped keeps what is written to it up to max bytes; a write beyond
// fails, which ends the child writing it.
type capped struct {
	buf  bytes.Buffer
	max  int64
	over bool
}

// errCapped is the error of a write past the cap.
var errCapped = errors.New("output over its limit")

func (c *capped) Write(p []byte) (int, error) {
	if int64(c.buf.Len()+len(p)) > c.max {
		c.over = true
		return 0, errCapped
	}
	return c.buf.Write(p)
}

func (c *capped) String() string { return c.buf.String() }
