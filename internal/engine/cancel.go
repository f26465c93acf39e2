package engine

import (
	"bytes"
	"context"
	"io"
)

// untilDone runs render, which does not watch ctx, and returns as soon as
// ctx is done: a batch stops within moments of an interrupt even while a
// large plan renders. render writes into a buffer of its own, copied to w
// only when it has finished in time; when ctx ends first, render runs on to
// its end in the background and its output is dropped.
func untilDone(ctx context.Context, w io.Writer, render func(io.Writer) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- render(&buf) }()
	select {
	case err := <-done:
		if err != nil {
			return err
		}
		_, err = buf.WriteTo(w)
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
