package batch

import (
	"context"
	"errors"
	"sync"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
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
	// State is the state of the plan (plan.Plan.State) of a job that
	// succeeded.
	State plan.State
	// Warnings are the problems that do not stop a check or a draft: the
	// texts that still name an old year (engine.Result.Stale).
	Warnings dataerr.List
	// Plan is the plan the data file holds, once it was built (with or
	// without an error after that); nil otherwise, and always with
	// CheckOnly.
	Plan *Plan
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
	workers := workerCount(opt.Workers, len(jobs))

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

	finish := func(i int, o Outcome) {
		mu.Lock()
		outcomes[i], done[i] = o, true
		report()
		mu.Unlock()
	}

	// Builders take the CPU; writers wait on the disk (staging, fsync,
	// renaming), so that a builder never waits for a write. A built plan
	// waits for a writer in a queue as long as the number of builders:
	// at most three plans a builder are held at once.
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
	writes := make(chan pending, workers)
	var builders, writers sync.WaitGroup
	for range workers {
		builders.Go(func() {
			for i := range queue {
				o, res := build(ctx, jobs[i], opt, inputs)
				if res == nil {
					finish(i, o)
					continue
				}
				writes <- pending{i: i, o: o, res: res}
			}
		})
		writers.Go(func() {
			for w := range writes {
				finish(w.i, write(ctx, w.o, w.res, inputs))
			}
		})
	}
	builders.Wait()
	close(writes)
	writers.Wait()
	for i := range jobs {
		if !done[i] {
			outcomes[i], done[i] = Outcome{Job: jobs[i], NotRun: true}, true
		}
	}
	report()
	return outcomes
}

// pending is a job built and waiting to be written.
type pending struct {
	i   int // the job's index
	o   Outcome
	res *engine.Result
}

// build does the part of one job that needs no disk but reading its data
// file: it returns the result to write, or nil and the job's outcome. The
// plan it builds is dropped once written.
func build(ctx context.Context, j Job, opt Options, inputs *engine.Inputs) (Outcome, *engine.Result) {
	o := Outcome{Job: j}
	if ctx.Err() != nil {
		o.NotRun = true
		return o, nil
	}
	if j.Err != nil {
		o.Err = j.Err
		return o, nil
	}
	src, fi, err := engine.ReadSource(j.Input)
	if err != nil {
		o.Err = err
		return o, nil
	}
	formats := opt.Formats
	if opt.CheckOnly {
		// Check runs everything a build does, every format included.
		formats = engine.Formats
	} else {
		inputs.Add(fi)
	}
	// A job that issues documents refuses a draft before rendering it.
	res, err := opt.Engine.Compose(ctx, src)
	if err == nil && !opt.CheckOnly {
		o.Plan = describePlan(res)
		if opt.Final {
			err = engine.FinalOnly(src, res)
		}
	}
	if err == nil {
		err = opt.Engine.RenderAll(ctx, src, res, formats)
	}
	if err != nil {
		o.Err = err
		return settle(o), nil
	}
	o.State, o.Warnings = res.Plan.State(), res.Stale
	if opt.CheckOnly {
		return o, nil
	}
	return o, res
}

// write writes the documents of a built job: nothing once the run is
// cancelled.
func write(ctx context.Context, o Outcome, res *engine.Result, inputs *engine.Inputs) Outcome {
	if ctx.Err() != nil {
		o.NotRun = true
		return o
	}
	o.Written, o.Err = res.WriteFiles(o.Job.Dir, o.Job.Base, inputs)
	return settle(o)
}

// settle counts a job stopped by the run's cancellation as not run.
func settle(o Outcome) Outcome {
	if errors.Is(o.Err, context.Canceled) || errors.Is(o.Err, context.DeadlineExceeded) {
		o.Err, o.NotRun = nil, true
	}
	return o
}
