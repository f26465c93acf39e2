package batch

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/batch/batchtest"
	"github.com/kehoach/kehoach/internal/engine"
)

var memoryTest = flag.Bool("memory", false, "run the slow memory test of 1,000 and 10,000 plans")

// BenchmarkBatch705 builds 705 synthetic plans (the districts of the
// country) to PDF and DOCX files with two workers, as "kehoach batch -j 2"
// does. Target: at most 4 s per run on 2 cores.
func BenchmarkBatch705(b *testing.B) {
	in := b.TempDir()
	if _, err := batchtest.Write(readSample(b), in, 705); err != nil {
		b.Fatal(err)
	}
	e := newEngine(b)
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

// TestMemoryBounded builds 1,000 then 10,000 synthetic plans to files with
// two workers and samples the heap in use: its peak stays under 100 MB and
// does not grow with the number of plans. Slow (a minute or more, 1 GB of
// files): go test ./internal/batch -run TestMemoryBounded -memory -v
func TestMemoryBounded(t *testing.T) {
	if !*memoryTest {
		t.Skip("slow: run with -memory")
	}
	sample := readSample(t)
	e := newEngine(t)
	var peaks []uint64
	for _, n := range []int{1000, 10000} {
		in, out := t.TempDir(), t.TempDir()
		if _, err := batchtest.Write(sample, in, n); err != nil {
			t.Fatal(err)
		}
		jobs, err := Tree([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		start := time.Now()
		var peak atomic.Uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
		})
		failed := 0
		for _, o := range Run(context.Background(), jobs, Options{Engine: e, Formats: engine.Formats, Workers: 2}) {
			if o.Err != nil || o.NotRun {
				failed++
			}
		}
		close(stop)
		wg.Wait()
		if failed > 0 {
			t.Fatalf("%d of %d plans failed", failed, n)
		}
		t.Logf("%d plans: %v, peak heap in use %.1f MB", n, time.Since(start).Round(time.Millisecond), float64(peak.Load())/1e6)
		peaks = append(peaks, peak.Load())
	}
	if peaks[1] > 100e6 {
		t.Errorf("peak heap in use %.1f MB for 10,000 plans, want at most 100 MB", float64(peaks[1])/1e6)
	}
	if peaks[1] > peaks[0]+peaks[0]/4+8e6 {
		t.Errorf("peak heap grew from %.1f MB (1,000 plans) to %.1f MB (10,000 plans)", float64(peaks[0])/1e6, float64(peaks[1])/1e6)
	}
}
