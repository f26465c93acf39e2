//go:build unix

package main

import (
	"bytes"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExtractLoopingPDFStopsOnFirstSignal: extract on a PDF whose
// cross-reference table names itself as /Prev stops on the first SIGTERM
// with exit 130, well before the reader's own ten-second limit would end
// it with exit 1.
func TestExtractLoopingPDFStopsOnFirstSignal(t *testing.T) {
	bin := buildBinary(t)
	cmd := exec.Command(bin, "archive", "extract", prevLoopPDF)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 30 s after SIGTERM")
	}
	if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
		t.Errorf("exit %d, want %d\n%s", code, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "đã dừng theo yêu cầu") {
		t.Errorf("stderr does not tell of the interruption:\n%s", stderr.String())
	}
}
