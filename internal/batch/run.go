package batch

import (
	"context"
	"errors"
	"runtime"
	"sync"

	"github.com/kehoach/kehoach/internal/engine"
)

// Options set up a run.
type Options struct {
	// Engine builds every plan; it is shared by the workers.
	Engine *engine.Engine
	// Formats are the documents to write. Ignored when CheckOnly.
	Formats []engine.Format
	// CheckOnly runs engine.Check instead of building and writing.
	CheckOnly bool
	// Final refuses drafts (engine.FinalOnly): only issued documents are
	// written.
	Final bool
	// Workers is the number of plans built at once; 0 means one per CPU.
	Workers int
	// Inputs, when not nil, holds files that no document may replace (the
	// Word template); Run adds every job's data file to it.
	Inputs *engine.Inputs
	// Report, when not nil, is told of every job that was run, in the
	// order of the jobs, one call at a time.
	Report func(Outcome)
}

// Outcome is what became of one job.
type Outcome struct {
	Job Job
	// Written are the documents written, in the order of the formats.
	Written []string
	// Err is why the job failed: a dataerr.List for problems of the data,
	// an *fs.PathError for a data file that cannot be read, an
	// *output.Error for documents that cannot be written. nil on success.
	Err error
	// NotRun means the run was cancelled before the job was done; nothing
	// was written for it.
	NotRun bool
}

// Run runs every job and returns their outcomes in the order of the jobs.
// When ctx is cancelled, the workers stop: a plan being built is dropped,
// documents being written land whole or not at all, and the jobs not done
// are marked NotRun.
func Run(ctx context.Context, jobs []Job, opt Options) []Outcome {
	inputs := opt.Inputs
	if inputs == nil {
		inputs = &engine.Inputs{}
	}
	if !opt.CheckOnly {
		// Every data file is known before anything is written: no job's
		// documents may replace another job's data file, read later.
		for _, j := range jobs {
			inputs.AddPath(j.Input)
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(1, min(workers, len(jobs)))

	outcomes := make([]Outcome, len(jobs))
	done := make([]bool, len(jobs))
	var mu sync.Mutex
	next := 0 // the first job not yet reported
	report := func() {
		for next < len(jobs) && done[next] {
			if opt.Report != nil && !outcomes[next].NotRun {
				opt.Report(outcomes[next])
			}
			next++
		}
	}

	queue := make(chan int)
	go func() {
		defer close(queue)
		for i := range jobs {
			select {
			case queue <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range queue {
				o := run(ctx, jobs[i], opt, inputs)
				mu.Lock()
				outcomes[i], done[i] = o, true
				report()
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for i := range jobs {
		if !done[i] {
			outcomes[i], done[i] = Outcome{Job: jobs[i], NotRun: true}, true
		}
	}
	report()
	return outcomes
}

// run does one job. The plan it builds is dropped when it returns.
func run(ctx context.Context, j Job, opt Options, inputs *engine.Inputs) Outcome {
	o := Outcome{Job: j}
	if ctx.Err() != nil {
		o.NotRun = true
		return o
	}
	if j.Err != nil {
		o.Err = j.Err
		return o
	}
	src, fi, err := engine.ReadSource(j.Input)
	if err != nil {
		o.Err = err
		return o
	}
	if opt.CheckOnly {
		o.Err = opt.Engine.Check(ctx, src)
	} else {
		inputs.Add(fi)
		var res *engine.Result
		if res, o.Err = opt.Engine.Build(ctx, src, opt.Formats); o.Err == nil && opt.Final {
			o.Err = engine.FinalOnly(src, res.Plan)
		}
		if o.Err == nil {
			// Nothing more is written once the run is cancelled.
			if ctx.Err() != nil {
				o.NotRun = true
				return o
			}
			o.Written, o.Err = res.WriteFiles(j.Dir, j.Base, inputs)
		}
	}
	if errors.Is(o.Err, context.Canceled) || errors.Is(o.Err, context.DeadlineExceeded) {
		o.Err, o.NotRun = nil, true
	}
	return o
}
