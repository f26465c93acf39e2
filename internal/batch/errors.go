package batch

import (
	"path/filepath"
	"strings"
)

// Collision is two data files whose documents would have the same name.
type Collision struct {
	// First and Second are the two data files, in the order given.
	First, Second string
	// Output is the shared name of their documents, without extension:
	// Dir/Base.
	Output string
}

// CollisionError lists every pair of data files whose documents would
// overwrite each other; nothing was run.
type CollisionError struct {
	Collisions []Collision
}

func (e *CollisionError) Error() string {
	parts := make([]string, len(e.Collisions))
	for i, c := range e.Collisions {
		parts[i] = c.First + " and " + c.Second + " both write " + filepath.ToSlash(c.Output)
	}
	return "batch: " + strings.Join(parts, "; ")
}
