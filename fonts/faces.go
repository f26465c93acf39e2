package fonts

import (
	"fmt"
	"sync"

	"golang.org/x/image/font/sfnt"
)

var (
	facesOnce sync.Once
	// faces holds the four embedded faces parsed, indexed by Face.
	faces [4]*sfnt.Font
)

// parsedFaces parses the embedded faces on first use and returns them,
// indexed by Face; they are never changed afterwards. A face that does not
// parse is a build defect: it panics.
func parsedFaces() [4]*sfnt.Font {
	facesOnce.Do(func() {
		for i := range faces {
			f, err := sfnt.Parse(Face(i).File())
			if err != nil {
				panic(fmt.Sprintf("fonts: parse embedded face %d: %v", i, err))
			}
			faces[i] = f
		}
	})
	return faces
}
