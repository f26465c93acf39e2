package archive

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// mustLock takes dir's lock or fails the test.
func mustLock(t *testing.T, dir string) func() {
	t.Helper()
	unlock, err := lock(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	return unlock
}

// TestLockWaits: while one run holds a document's lock, another run and a
// reader wait for it up to their limit and then say it is busy, or stop
// when cancelled; once released, both get it, and readers share it.
func TestLockWaits(t *testing.T) {
	dir := t.TempDir()
	unlock := mustLock(t, dir)
	for name, take := range map[string]func(context.Context, string, time.Duration) (func(), error){
		"lock": lock, "read lock": readLock,
	} {
		_, err := take(context.Background(), dir, 200*time.Millisecond)
		var busy *BusyError
		if !errors.As(err, &busy) || busy.Dir != dir || busy.Wait != 200*time.Millisecond {
			t.Errorf("%s while held: err = %v, want BusyError", name, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := take(ctx, dir, time.Hour); !errors.Is(err, context.Canceled) {
			t.Errorf("%s cancelled while held: err = %v", name, err)
		}
	}
	unlock()

	r1, err := readLock(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := readLock(context.Background(), dir, 0)
	if err != nil {
		t.Errorf("a second reader: %v", err)
	} else {
		r2()
	}
	if _, err := lock(context.Background(), dir, 100*time.Millisecond); !errors.As(err, new(*BusyError)) {
		t.Errorf("lock while read: err = %v, want BusyError", err)
	}
	r1()
	mustLock(t, dir)()
}

// TestLockReleasedWhileWaiting: a run waiting for the lock gets it as soon
// as the holder releases it.
func TestLockReleasedWhileWaiting(t *testing.T) {
	dir := t.TempDir()
	unlock := mustLock(t, dir)
	time.AfterFunc(300*time.Millisecond, unlock)
	got, err := lock(context.Background(), dir, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	got()
}

// TestReadLockCreatesNothing: reading a folder that no run ever locked
// leaves no lock file.
func TestReadLockCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	unlock, err := readLock(context.Background(), dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	unlock()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("the folder holds %v", ents)
	}
}

// TestLockRefusesLink: a link in place of the lock file is not followed,
// so no file is made or locked where it points.
func TestLockRefusesLink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows opens a link's target")
	}
	dir, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "tep-cua-nguoi-dung")
	if err := os.Symlink(target, filepath.Join(dir, lockName)); err != nil {
		t.Fatal(err)
	}
	if _, err := lock(context.Background(), dir, 0); err == nil {
		t.Error("locked through a link")
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the link's target was made: %v", err)
	}
}

// TestKilledHolderFreesLock: the lock of a run killed while holding it is
// free at once, with no wait for it to go stale. (Windows frees a dead
// process's locks soon rather than at once, hence a few seconds' wait.)
func TestKilledHolderFreesLock(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	root := filepath.Join(t.TempDir(), "luu-tru")
	cmd := helper(t, root, writeData(t, t.TempDir(), ""), string(StepLocked))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "paused\n" {
		cmd.Process.Kill()
		t.Fatalf("helper said %q", line)
	}
	dir := filepath.Join(root, docDir)
	if _, err := lock(context.Background(), dir, 0); !errors.As(err, new(*BusyError)) {
		cmd.Process.Kill()
		t.Fatalf("lock while the run holds it: err = %v, want BusyError", err)
	}
	cmd.Process.Kill()
	cmd.Wait()
	unlock, err := lock(context.Background(), dir, 5*time.Second)
	if err != nil {
		t.Fatalf("lock after the run was killed: %v", err)
	}
	unlock()
}
