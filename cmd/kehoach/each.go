package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// eachFile runs do for every data file in turn, for the commands that act
// on one file at a time (archive, figures-template, next). A file whose
// data has problems has them printed, one per line, and does not stop the
// others; the last such error is returned at the end, for exit code 1. Any
// other error stops at once.
func (m *Main) eachFile(ctx context.Context, files []string, do func(path string) error) error {
	var failed error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := do(path)
		var errs dataerr.List
		if !errors.As(err, &errs) {
			if err != nil {
				return err
			}
			continue
		}
		for _, e := range errs {
			fmt.Fprintln(m.Stderr, e.Error())
		}
		fmt.Fprintf(m.Stderr, "%s: có %d lỗi; không ghi tệp nào.\n", sourceOf(errs, path), len(errs))
		failed = err
	}
	return failed
}

// sourceOf names the file that errs are about: their own file when they
// all name the same one (a spreadsheet read for a data file), else path.
func sourceOf(errs dataerr.List, path string) string {
	file := errs[0].File
	for _, e := range errs[1:] {
		if e.File != file {
			return path
		}
	}
	if file == "" {
		return path
	}
	return file
}
