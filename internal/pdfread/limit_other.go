//go:build !linux

package pdfread

import "runtime/debug"

// limitMemory asks the garbage collector to keep this process below n
// bytes. Outside Linux there is no hard limit: an allocation the system
// refuses ends the child, not the program that started it, and the
// parent's clock ends a child that slows down for want of memory.
func limitMemory(n int64) error {
	debug.SetMemoryLimit(n)
	return nil
}
