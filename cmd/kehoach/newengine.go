package main

import (
	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/engine"
)

// newEngine makes the engine that every command runs on: a
// report's plan is read from the plan's data file or from an archived
// plan PDF, whose embedded data is read by the archive's bounded reader.
func newEngine(opt engine.Options) (*engine.Engine, error) {
	opt.ReadPlan = archive.ReadPlan
	return engine.New(opt)
}
