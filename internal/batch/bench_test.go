package batch

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/batch/batchtest"
	"github.com/kehoach/kehoach/internal/engine"
)

var (
	memoryTest  = flag.Bool("memory", false, "run the slow memory test of TestMemoryBounded")
	memoryPlans = flag.Int("memory-plans", 10000, "plans built by the memory test; CI builds 2,000")
)

// BenchmarkBatch705 builds 705 synthetic plans (the districts of the
// country) to PDF and DOCX files with two workers, as "kehoach batch -j 2"
// does, with the runtime set up as the command sets it. Target: at most 2 s
// per run on 2 cores. The time depends on the state of the file system
// under the temporary folder as well as on the program: see the README's
// Hiệu năng section.
func BenchmarkBatch705(b *testing.B) {
	in := b.TempDir()
	if _, err := batchtest.Write(readSample(b), in, 705); err != nil {
		b.Fatal(err)
	}
	e := newEngine(b)
	defer TuneRuntime(2, 705)()
	syncDisk()
	n := 0
	for b.Loop() {
		out := filepath.Join(b.TempDir(), fmt.Sprint(n))
		n++
		jobs, err := Tree([]string{in}, out)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range Run(context.Background(), jobs, Options{Engine: e, Formats: engine.Formats, Workers: 2}) {
			if o.Err != nil || o.NotRun {
				b.Fatalf("%s: %v", o.Job.Input, o.Err)
			}
		}
	}
}

// TestMemoryBounded builds 10,000 synthetic plans (or -memory-plans) to
// files with two workers. A sampler records the peak heap in use, which must
// stay under 100 MB; every tenth of the run the heap is collected and its
// live size recorded: from the first tenth to the last it may grow only by
// what the run keeps per plan (its outcome: paths and errors, a few hundred
// bytes), far less than the 90 KB of a plan's documents. Slow (minutes,
// 3 GB of files): go test ./internal/batch -run TestMemoryBounded -memory -v
// CI runs it with -memory-plans 2000 (about 600 MB of files).
func TestMemoryBounded(t *testing.T) {
	if !*memoryTest {
		t.Skip("slow: run with -memory")
	}
	n := *memoryPlans
	if n < 1000 || n%10 != 0 {
		t.Fatalf("-memory-plans %d: want a multiple of 10, at least 1,000", n)
	}
	step := n / 10
	in, out := t.TempDir(), t.TempDir()
	if _, err := batchtest.Write(readSample(t), in, n); err != nil {
		t.Fatal(err)
	}
	jobs, err := Tree([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	e := newEngine(t)
	defer TuneRuntime(2, n)()
	runtime.GC()
	start := time.Now()
	var inUse atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		samples := []metrics.Sample{
			{Name: "/memory/classes/heap/objects:bytes"},
			{Name: "/memory/classes/heap/unused:bytes"},
		}
		for {
			metrics.Read(samples)
			inUse.Store(max(inUse.Load(), samples[0].Value.Uint64()+samples[1].Value.Uint64()))
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	})
	var live []uint64 // after each tenth of the plans
	done := 0
	failed := 0
	Run(context.Background(), jobs, Options{Engine: e, Formats: engine.Formats, Workers: 2,
		Report: func(o Outcome) {
			if o.Err != nil {
				failed++
			}
			if done++; done%step == 0 {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				live = append(live, ms.HeapAlloc)
				t.Logf("%5d plans: %v, live heap %.1f MB, peak heap in use so far %.1f MB", done,
					time.Since(start).Round(time.Millisecond), float64(ms.HeapAlloc)/1e6, float64(inUse.Load())/1e6)
			}
		}})
	close(stop)
	wg.Wait()
	if failed > 0 || done != n {
		t.Fatalf("%d of %d plans done, %d failed", done, n, failed)
	}
	if peak := inUse.Load(); peak > 100e6 {
		t.Errorf("peak heap in use %.1f MB for %d plans, want at most 100 MB", float64(peak)/1e6, n)
	}
	// A collection may find the other worker's plan half built: the least
	// live heap of each half of the run is the run's own.
	half := len(live) / 2
	early, late := slices.Min(live[:half]), slices.Min(live[half:])
	perPlan := (float64(late) - float64(early)) / float64(half*step)
	t.Logf("least live heap: %.1f MB in the first half, %.1f MB in the second: %.0f bytes per plan",
		float64(early)/1e6, float64(late)/1e6, perPlan)
	// 2 KB per plan, and 4 MB for where each half's collections fell.
	if late > early && late-early > uint64(2048*half*step)+4e6 {
		t.Errorf("live heap grew from %.1f MB to %.1f MB: %.0f bytes per plan", float64(early)/1e6, float64(late)/1e6, perPlan)
	}
}
