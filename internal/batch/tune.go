package batch

import (
	"os"
	"runtime"
	"runtime/debug"
)

// Settings of the Go runtime for a run, measured with 705 plans on 2 cores
// (BenchmarkBatch705).
const (
	// gcPercent lets the heap grow to five times what is live between
	// collections (Go's default: twice): a plan allocates about 2.5 MB and
	// keeps nothing, so collecting less often costs no memory that stays.
	gcPercent = 400
	// memoryPerWorker sets the cap on the heap that gcPercent lets grow:
	// this much per builder (a plan being built holds a few megabytes,
	// the heap between collections several times that), and at least
	// minMemoryLimit. Near the cap the collector works harder rather than
	// let the process pass it.
	memoryPerWorker = 32 << 20
	minMemoryLimit  = 64 << 20
)

// workerCount returns the number of builders that Run starts for n jobs
// when asked for workers (0: one per CPU).
func workerCount(workers, n int) int {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	return max(1, min(workers, n))
}

// TuneRuntime sets the Go runtime up for a run of n jobs with the given
// number of workers, as Options.Workers has it, and returns a function that
// puts the former settings back.
//
// Run's writers spend their time in system calls (creating, syncing and
// renaming files), and a goroutine in a system call holds one of the
// GOMAXPROCS slots for Go code until the runtime takes it back: so the
// runtime gets one slot more than there are builders, which keeps the
// builders on every core. Collections run less often (gcPercent), within
// a cap that grows with the number of workers. A setting made through the
// GOMAXPROCS, GOGC or GOMEMLIMIT environment variables is left as it is.
func TuneRuntime(workers, n int) (restore func()) {
	var undo []func()
	workers = workerCount(workers, n)
	if os.Getenv("GOMAXPROCS") == "" {
		old := runtime.GOMAXPROCS(workers + 1)
		undo = append(undo, func() { runtime.GOMAXPROCS(old) })
	}
	if os.Getenv("GOGC") == "" {
		old := debug.SetGCPercent(gcPercent)
		undo = append(undo, func() { debug.SetGCPercent(old) })
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		old := debug.SetMemoryLimit(max(minMemoryLimit, int64(workers)*memoryPerWorker))
		undo = append(undo, func() { debug.SetMemoryLimit(old) })
	}
	return func() {
		for _, u := range undo {
			u()
		}
	}
}
