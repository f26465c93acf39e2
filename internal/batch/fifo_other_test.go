//go:build !unix

package batch

import "errors"

// mkfifo fails: named pipes are not files here.
func mkfifo(string) error { return errors.New("no named pipes") }
