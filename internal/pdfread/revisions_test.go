package pdfread

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestReadRevisions: each prefix is read as a PDF of its own; ends out
// of order or outside the file are refused before any child starts; a
// crafted PDF stops at the limits as Read does.
func TestReadRevisions(t *testing.T) {
	data, _ := carrying(t)
	revs, err := ReadRevisions(context.Background(), data, []int64{int64(len(data))}, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	r := revs.Revisions[0]
	if r.End != int64(len(data)) || len(r.Pages) != 1 || r.Pages[0].Content == "" || len(r.Signatures) != 0 {
		t.Errorf("revision %+v, want one page with content and no signature", r)
	}
	for _, ends := range [][]int64{{0}, {-1}, {int64(len(data)) + 1}, {10, 5}, make([]int64, MaxRevisions+1)} {
		if _, err := ReadRevisions(context.Background(), data, ends, Limits{}); err == nil {
			t.Errorf("ends %v: no error", ends)
		}
	}
	loop := readFile(t, prevLoop)
	_, err = readRevisionsWithin(t, loop, Limits{Timeout: 2 * time.Second})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("prev loop: err = %v, want %v", err, ErrTimeout)
	}
}

// readRevisionsWithin reads the one revision of data and fails the test if it
// has not returned after 30 seconds.
func readRevisionsWithin(t *testing.T, data []byte, lim Limits) (*Revisions, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	r, err := ReadRevisions(ctx, data, []int64{int64(len(data))}, lim)
	if ctx.Err() != nil {
		t.Fatal("ReadRevisions has not returned after 30 s")
	}
	return r, err
}
