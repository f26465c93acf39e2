//go:build !unix

package batch

// syncDisk does nothing where there is no sync(2).
func syncDisk() {}
