package archive

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/kehoach/kehoach/internal/output"
)

// lockPoll is how often a run waiting for a document's lock tries again.
const lockPoll = 50 * time.Millisecond

// lock takes the lock of the document folder dir, waiting up to wait for
// another run to release it. The returned function releases it. A lock
// held by a process that was killed does not block: see tryLock.
func lock(ctx context.Context, dir string, wait time.Duration) (unlock func(), err error) {
	unlock, err = waitLock(ctx, dir, wait, tryLock)
	if err != nil {
		// Taking the lock creates its file: a failure is one of writing.
		return nil, writeError(output.OpWrite, err)
	}
	return unlock, nil
}

// readLock waits, up to wait, until no run holds the lock of the document
// folder dir, and keeps others from taking it until the returned function
// is called; it creates nothing. Verify reads a document under it, so that
// it never sees a version in place that the manifest does not list yet.
func readLock(ctx context.Context, dir string, wait time.Duration) (unlock func(), err error) {
	return waitLock(ctx, dir, wait, tryReadLock)
}

// waitLock calls try on dir's lock file until it is not busy.
func waitLock(ctx context.Context, dir string, wait time.Duration, try func(path string) (func(), bool, error)) (unlock func(), err error) {
	path := filepath.Join(dir, lockName)
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	tick := time.NewTicker(lockPoll)
	defer tick.Stop()
	for {
		unlock, busy, err := try(path)
		if err != nil {
			return nil, fmt.Errorf("archive: lock %s: %w", dir, err)
		}
		if !busy {
			return unlock, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-deadline.C:
			return nil, &BusyError{Dir: dir, Wait: wait}
		case <-tick.C:
		}
	}
}
