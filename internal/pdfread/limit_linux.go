//go:build linux

package pdfread

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// limitMemory bounds the memory this process may take from now on to
// about n more bytes: the garbage collector aims below n, and the data
// segment (the heap's pages) may grow by n at most, beyond which an
// allocation ends the process with "out of memory". The hard limit is
// left off in a build with the race detector, whose shadow memory the
// limit would count.
func limitMemory(n int64) error {
	debug.SetMemoryLimit(n)
	if raceEnabled {
		return nil
	}
	used, err := dataSize()
	if err != nil {
		return err
	}
	lim := uint64(used + n)
	return syscall.Setrlimit(syscall.RLIMIT_DATA, &syscall.Rlimit{Cur: lim, Max: lim})
}

// dataSize is the size of this process's data segment, the VmData line of
// /proc/self/status, in bytes.
func dataSize() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "VmData:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmData %q: %w", v, err)
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no VmData in /proc/self/status")
}
