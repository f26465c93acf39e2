//go:build unix

package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/batch/batchtest"
)

// buildBinary compiles kehoach into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := filepath.Join(t.TempDir(), "kehoach")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// started runs the program and returns it once it has written `lines`
// lines to standard output; stderr collects its standard error.
func started(t *testing.T, bin string, lines int, stderr *bytes.Buffer, args ...string) (*exec.Cmd, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	for n := 0; n < lines && sc.Scan(); n++ {
	}
	drained := make(chan struct{})
	go func() { io.Copy(io.Discard, stdout); close(drained) }()
	return cmd, drained
}

// exitOf waits for cmd and returns its exit code and how long that took.
func exitOf(t *testing.T, cmd *exec.Cmd, drained <-chan struct{}) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	<-drained
	cmd.Wait()
	return cmd.ProcessState.ExitCode(), time.Since(start)
}

// assertNoPartialFile checks that dir holds no temporary file, and that
// every plan written is whole: a complete PDF and a readable Word file.
func assertNoPartialFile(t *testing.T, dir string) (plans int) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch {
		case strings.Contains(d.Name(), ".tmp"):
			t.Errorf("temporary file left: %s", p)
		case strings.HasSuffix(p, ".pdf"):
			b, _ := os.ReadFile(p)
			if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
				t.Errorf("partial PDF: %s", p)
			}
			if _, err := os.Stat(strings.TrimSuffix(p, ".pdf") + ".docx"); err != nil {
				t.Errorf("%s written without its Word file", p)
			}
			plans++
		case strings.HasSuffix(p, ".docx"):
			if r, err := zip.OpenReader(p); err != nil {
				t.Errorf("partial Word file %s: %v", p, err)
			} else {
				r.Close()
			}
		default:
			t.Errorf("unexpected file %s", p)
		}
		return nil
	})
	return plans
}

// TestInterruptBatch sends SIGINT (then SIGTERM) in the middle of a batch of
// 200 plans: the program stops soon with exit 130, leaves no partial or
// temporary file, and its summary says what was done and what was not.
func TestInterruptBatch(t *testing.T) {
	bin := buildBinary(t)
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	in := t.TempDir()
	if _, err := batchtest.Write(data, in, 200); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		out := t.TempDir()
		var stderr bytes.Buffer
		cmd, drained := started(t, bin, 10, &stderr, "batch", "-j", "2", in, "-o", out)
		cmd.Process.Signal(sig)
		code, took := exitOf(t, cmd, drained)
		if code != exitInterrupted {
			t.Errorf("%v: exit %d, want %d\n%s", sig, code, exitInterrupted, stderr.String())
		}
		if took > 2*time.Second {
			t.Errorf("%v: stopped %v after the signal", sig, took)
		}
		plans := assertNoPartialFile(t, out)
		if plans < 5 || plans >= 200 {
			t.Errorf("%v: %d plans written; want some, not all", sig, plans)
		}
		if !strings.Contains(stderr.String(), "Đã dừng theo yêu cầu: đã lập ") ||
			!strings.Contains(stderr.String(), "tệp chưa lập; không để lại tệp dở dang nào.") {
			t.Errorf("%v: the summary does not tell of the interruption:\n%s", sig, stderr.String())
		}
	}
}

// TestSecondInterruptExitsAtOnce: a second Ctrl-C right after the first
// exits at once, still with no partial file.
func TestSecondInterruptExitsAtOnce(t *testing.T) {
	bin := buildBinary(t)
	in := hugePlans(t, 6)
	out := t.TempDir()
	var stderr bytes.Buffer
	cmd, drained := started(t, bin, 2, &stderr, "batch", "-j", "2", in, "-o", out)
	cmd.Process.Signal(syscall.SIGINT)
	time.Sleep(20 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	code, took := exitOf(t, cmd, drained)
	if code != exitInterrupted || took > time.Second {
		t.Errorf("exit %d after %v, want %d at once\n%s", code, took, exitInterrupted, stderr.String())
	}
	// The first signal alone may have ended the run before the second
	// came; either way the program says so.
	if !strings.Contains(stderr.String(), "đã thoát ngay theo yêu cầu; không để lại tệp dở dang nào.") &&
		!strings.Contains(stderr.String(), "Đã dừng theo yêu cầu:") {
		t.Errorf("stderr does not tell of the interruption:\n%s", stderr.String())
	}
	assertNoPartialFile(t, out)
}

// TestInterruptLongFile: Ctrl-C while building files of the largest size
// (1,000 units each) stops within about a second, with exit 130.
func TestInterruptLongFile(t *testing.T) {
	bin := buildBinary(t)
	in := hugePlans(t, 12)
	for _, command := range []string{"build", "check"} {
		out := t.TempDir()
		files, _ := filepath.Glob(filepath.Join(in, "*.toml"))
		args := append([]string{command, "-j", "1"}, files...)
		if command == "build" {
			args = append(args, "-o", out)
		}
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond)
		start := time.Now()
		cmd.Process.Signal(syscall.SIGINT)
		cmd.Wait()
		took := time.Since(start)
		if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
			t.Errorf("%s: exit %d, want %d\n%s", command, code, exitInterrupted, stderr.String())
		}
		if took > time.Second {
			t.Errorf("%s: stopped %v after Ctrl-C, want a second at most", command, took)
		}
		assertNoPartialFile(t, out)
	}
}

// hugePlans writes n copies of a plan of 1,000 units, the loader's maximum,
// and returns their folder.
func hugePlans(t *testing.T, n int) string {
	t.Helper()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(data, []byte("\n[[units]]\n"))
	end := bytes.Index(data, []byte("\n[text]\n"))
	var b bytes.Buffer
	b.Write(data[:start+1])
	for i := range 1000 {
		b.WriteString("\n[[units]]\nname = \"Thôn " + itoa(i+1) + "\"\nhouseholds = 1000\npolicy_poor = 5\nsocial_poor = 10\nreduction = 2\n")
	}
	b.Write(data[end:])
	dir := t.TempDir()
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, "lon-"+itoa(i)+".toml"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func itoa(i int) string { return strconv.Itoa(i) }
