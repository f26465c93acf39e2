//go:build unix

package batch

import "syscall"

// syncDisk writes the files that the benchmark's setup wrote out to the disk,
// so that their write-back does not run during the timed part: a user's
// data files were written long before a run.
func syncDisk() { syscall.Sync() }
