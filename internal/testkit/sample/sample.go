// Package sample gives the tests of every package the sample plan that
// ships with kehoach, data/cam-lo-2021.toml: its path, its bytes, and its
// document composed as the engine composes it (Kế hoạch thực hiện Chương
// trình giảm nghèo năm 2021 of UBND huyện Cam Lộ, number 44, dated
// 18/3/2021).
package sample

import (
	"os"
	"path/filepath"
	"runtime"

	"github.com/kehoach/kehoach/internal/compose"
	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// Path returns the path of the sample data file, found from this source
// file so that a test of any package can use it.
func Path() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "data", "cam-lo-2021.toml")
}

// Read returns the bytes of the sample data file.
func Read() ([]byte, error) {
	return os.ReadFile(Path())
}

// Plan loads the sample data file as the engine does; every call returns
// a new plan, so that a test may change it.
func Plan() (*plan.Plan, error) {
	data, err := Read()
	if err != nil {
		return nil, err
	}
	return load.Read(Path(), data)
}

// Document composes the sample after edit, which may be nil, changes its
// plan. Every call composes a new document, so that a test may change it.
func Document(edit func(p *plan.Plan)) (*doc.Document, error) {
	p, err := Plan()
	if err != nil {
		return nil, err
	}
	if edit != nil {
		edit(p)
	}
	c, err := compose.New()
	if err != nil {
		return nil, err
	}
	return c.Compose(p, plan.Compute(p))
}
