package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// eachFile runs do for every data file in turn, for the commands that act
// on one file at a time (archive, figures-template, next, report-data). A
// file whose data has problems has them printed, one per line, and does
// not stop the others; so does an input that cannot be read (an
// inputError). Either ends the run with exit code 1 once every file is
// done, as in build and batch. Any other error stops at once.
func (m *Main) eachFile(ctx context.Context, files []string, do func(path string) error) error {
	var failed error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := do(path)
		var (
			errs  dataerr.List
			inErr *inputError
		)
		switch {
		case err == nil:
			continue
		case errors.As(err, &errs):
			for _, e := range errs {
				fmt.Fprintln(m.Stderr, e.Error())
			}
			fmt.Fprintf(m.Stderr, "%s: có %d lỗi; không ghi tệp nào.\n", sourceOf(errs, path), len(errs))
		case errors.As(err, &inErr):
			fmt.Fprintf(m.Stderr, "%s.\n", describe(err))
		default:
			return err
		}
		failed = &shownError{Code: exitData}
	}
	return failed
}

// inputError is an input (a data file, a sheet) that cannot be read: it
// is missing, a folder, a device, or not allowed to be read. Like data with
// errors, it fails its data file alone, with exit code 1.
type inputError struct {
	err error
}

func (e *inputError) Error() string { return e.err.Error() }

func (e *inputError) Unwrap() error { return e.err }

// unreadable marks err, returned by the reading of an input, as an
// inputError when the file system refused it; other errors, a dataerr.List
// and nil pass unchanged.
func unreadable(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return &inputError{err: err}
	}
	return err
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
