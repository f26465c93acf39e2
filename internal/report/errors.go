package report

import "errors"

// ErrNoPlans means a report was loaded where no plan can be read.
var ErrNoPlans = errors.New("no plan reader")
