package main

import (
	"context"
	"errors"
	"flag"
	"runtime"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/render/docx"
)

// maxWorkers bounds -j: each worker holds one plan in memory.
const maxWorkers = 64

// commonFlags are the options of every command that runs data files.
type commonFlags struct {
	workers int
	json    bool
}

// addCommon defines -j and --json on fs.
func addCommon(fs *flag.FlagSet) *commonFlags {
	c := &commonFlags{}
	fs.IntVar(&c.workers, "j", runtime.NumCPU(), "")
	fs.BoolVar(&c.json, "json", false, "")
	return c
}

// validate refuses a number of workers out of bounds.
func (c *commonFlags) validate() error {
	if c.workers < 1 || c.workers > maxWorkers {
		return usagef("-j phải từ 1 đến %d, không phải %d", maxWorkers, c.workers)
	}
	return nil
}

// writeFlags are the options of the commands that write documents.
type writeFlags struct {
	*commonFlags
	outDir   string
	format   string
	template string
	formats  []engine.Format
	// final refuses drafts.
	final bool
	// bar shows a progress bar when standard error is a terminal.
	bar bool
}

// addWrite defines the options of build and batch on fs.
func addWrite(fs *flag.FlagSet) *writeFlags {
	w := &writeFlags{commonFlags: addCommon(fs)}
	fs.StringVar(&w.outDir, "o", "out", "")
	fs.StringVar(&w.format, "format", "pdf,docx", "")
	fs.StringVar(&w.template, "template", "", "")
	fs.BoolVar(&w.final, "final", false, "")
	return w
}

// validate checks the options and reads the formats.
func (w *writeFlags) validate() error {
	if err := w.commonFlags.validate(); err != nil {
		return err
	}
	if w.outDir == "" {
		return usagef("-o cần tên một thư mục")
	}
	var err error
	w.formats, err = engine.ParseFormats(w.format)
	var fe *engine.FormatError
	if errors.As(err, &fe) {
		return usagef("định dạng %q không có: chỉ dùng pdf, docx", fe.Name)
	}
	return err
}

// runWrite prepares the engine with the template asked for and builds and
// writes every job.
func (m *Main) runWrite(ctx context.Context, command string, jobs []batch.Job, w *writeFlags) error {
	defer batch.TuneRuntime(w.workers, len(jobs))()
	tool, _ := buildTool()
	opt := engine.Options{Producer: tool.Producer()}
	inputs := &engine.Inputs{}
	if w.template != "" {
		var err error
		if opt.WordTemplate, err = docx.ReadTemplateFile(w.template); err != nil {
			return &TemplateError{Path: w.template, Err: err}
		}
		inputs.AddPath(w.template)
	}
	e, err := newEngine(opt)
	if err != nil {
		return &TemplateError{Path: w.template, Err: err}
	}
	return m.runJobs(ctx, runSpec{
		command: command,
		jobs:    jobs,
		opt:     batch.Options{Engine: e, Formats: w.formats, Final: w.final, Workers: w.workers, Inputs: inputs},
		json:    w.json,
		bar:     w.bar,
	})
}
