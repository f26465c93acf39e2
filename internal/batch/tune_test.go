package batch

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// currentGCPercent returns the GC percent in force.
func currentGCPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestTuneRuntime: a run of 3 workers gets 4 slots for Go code, collects
// at 400% and caps the heap at 96 MiB; a run of 1 worker, at 64 MiB; the
// former settings come back after; a setting the user made in the
// environment is kept.
func TestTuneRuntime(t *testing.T) {
	t.Setenv("GOMAXPROCS", "")
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	procs, gc, limit := runtime.GOMAXPROCS(0), currentGCPercent(), debug.SetMemoryLimit(-1)
	tests := []struct {
		workers, jobs int
		procs         int
		limit         int64
	}{
		{3, 100, 4, 96 << 20},
		{1, 100, 2, 64 << 20},
		{8, 2, 3, 64 << 20}, // no more builders than jobs
	}
	for _, tt := range tests {
		restore := TuneRuntime(tt.workers, tt.jobs)
		if got := runtime.GOMAXPROCS(0); got != tt.procs {
			t.Errorf("%d workers, %d jobs: GOMAXPROCS %d, want %d", tt.workers, tt.jobs, got, tt.procs)
		}
		if got := currentGCPercent(); got != gcPercent {
			t.Errorf("GC percent %d, want %d", got, gcPercent)
		}
		if got := debug.SetMemoryLimit(-1); got != tt.limit {
			t.Errorf("%d workers: memory limit %d, want %d", tt.workers, got, tt.limit)
		}
		restore()
		if runtime.GOMAXPROCS(0) != procs || currentGCPercent() != gc || debug.SetMemoryLimit(-1) != limit {
			t.Errorf("%d workers: the former settings are not back", tt.workers)
		}
	}

	t.Setenv("GOMAXPROCS", "1")
	t.Setenv("GOGC", "50")
	restore := TuneRuntime(3, 100)
	defer restore()
	if runtime.GOMAXPROCS(0) != procs || currentGCPercent() != gc {
		t.Error("settings made in the environment were changed")
	}
}
