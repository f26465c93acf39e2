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
	"sync"
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

// hang is how long a stopped program may take to exit before the test
// calls it hung: far beyond any stop, on any machine.
const hang = 30 * time.Second

// exitOf waits for cmd, after its standard output is drained when drained
// is not nil, and returns its exit code; a program still running after hang
// is killed and fails t.
func exitOf(t *testing.T, cmd *exec.Cmd, drained <-chan struct{}) int {
	t.Helper()
	exited := make(chan struct{})
	go func() {
		if drained != nil {
			<-drained
		}
		cmd.Wait()
		close(exited)
	}()
	select {
	case <-exited:
	case <-time.After(hang):
		cmd.Process.Kill()
		<-exited
		t.Errorf("%s did not exit within %v of the signal", cmd.Args[1], hang)
	}
	return cmd.ProcessState.ExitCode()
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
		if code := exitOf(t, cmd, drained); code != exitInterrupted {
			t.Errorf("%v: exit %d, want %d\n%s", sig, code, exitInterrupted, stderr.String())
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

// TestSecondInterruptExitsAtOnce: a second Ctrl-C exits at once, still
// with no partial file, even when the run cannot end by itself: its
// standard output is a full pipe that nobody reads, so the first report
// blocks the run for good and only the second Ctrl-C ends it.
func TestSecondInterruptExitsAtOnce(t *testing.T) {
	bin := buildBinary(t)
	in := hugePlans(t, 6)
	out := t.TempDir()
	stdout, keep := fullPipe(t)
	defer keep.Close()
	cmd := exec.Command(bin, "batch", "-j", "2", in, "-o", out)
	cmd.Stdout = stdout
	stderr := &lines{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stdout.Close()
	// Signals are watched once a plan is written.
	waitFor(t, func() bool { m, _ := filepath.Glob(filepath.Join(out, "*.pdf")); return len(m) > 0 })
	cmd.Process.Signal(syscall.SIGINT)
	waitFor(t, func() bool { return strings.Contains(stderr.String(), "đang dừng") })
	cmd.Process.Signal(syscall.SIGINT)
	if code := exitOf(t, cmd, nil); code != exitInterrupted {
		t.Errorf("exit %d, want %d\n%s", code, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "đã thoát ngay theo yêu cầu; không để lại tệp dở dang nào.") {
		t.Errorf("stderr does not tell of the exit at once:\n%s", stderr.String())
	}
	assertNoPartialFile(t, out)
}

// fullPipe returns the write end of a pipe already full, for a program's
// standard output, and the read end, to keep open and unread.
func fullPipe(t *testing.T) (w, r *os.File) {
	t.Helper()
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		t.Fatal(err)
	}
	if err := syscall.SetNonblock(fds[1], true); err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for {
		if _, err := syscall.Write(fds[1], chunk); err != nil {
			if err != syscall.EAGAIN {
				t.Fatal(err)
			}
			break
		}
	}
	if err := syscall.SetNonblock(fds[1], false); err != nil {
		t.Fatal(err)
	}
	return os.NewFile(uintptr(fds[1]), "stdout"), os.NewFile(uintptr(fds[0]), "unread")
}

// lines collects a program's standard error, safe to read while it runs.
type lines struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor polls until done is true, for at most hang.
func waitFor(t *testing.T, done func() bool) {
	t.Helper()
	for end := time.Now().Add(hang); !done(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("no progress within %v", hang)
		}
	}
}

// TestInterruptLongFile: Ctrl-C while building or checking files of the
// largest size (1,000 units each), one at a time, stops the run with exit
// 130 before it gets through them all.
func TestInterruptLongFile(t *testing.T) {
	bin := buildBinary(t)
	const n = 12
	in := hugePlans(t, n)
	for _, command := range []string{"build", "check"} {
		out := t.TempDir()
		files, _ := filepath.Glob(filepath.Join(in, "*.toml"))
		args := append([]string{command, "-j", "1"}, files...)
		if command == "build" {
			args = append(args, "-o", out)
		}
		cmd := exec.Command(bin, args...)
		var stderr lines
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Once the first file is done, signals are watched.
		sc := bufio.NewScanner(stdout)
		sc.Scan()
		cmd.Process.Signal(syscall.SIGINT)
		done := 1
		for sc.Scan() {
			done++
		}
		if code := exitOf(t, cmd, nil); code != exitInterrupted {
			t.Errorf("%s: exit %d, want %d\n%s", command, code, exitInterrupted, stderr.String())
		}
		// build reports two documents a file, check one line.
		if command == "build" {
			done /= 2
		}
		if done >= n {
			t.Errorf("%s: went through all %d files after Ctrl-C", command, n)
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
