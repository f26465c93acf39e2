package signed

import (
	"bytes"
)

// eofMarker ends every revision of a PDF.
var eofMarker = []byte("%%EOF")

// lookBack is how far before a "%%EOF" its "startxref" may lie.
const lookBack = 64

// revisionEnds returns the ends of the revisions that follow the first
// from bytes: each is just past a "%%EOF" marker that a "startxref" line
// precedes, and past the one end of line after it. The list is cut after
// limit+1 ends.
func revisionEnds(data []byte, from int64, limit int) []int64 {
	var ends []int64
	i := from
	for i < int64(len(data)) && len(ends) <= limit {
		j := bytes.Index(data[i:], eofMarker)
		if j < 0 {
			break
		}
		at := i + int64(j)
		end := at + int64(len(eofMarker))
		i = end
		if !afterStartxref(data[max(0, at-lookBack):at]) {
			continue
		}
		if end < int64(len(data)) && data[end] == '\r' {
			end++
		}
		if end < int64(len(data)) && data[end] == '\n' {
			end++
		}
		ends = append(ends, end)
		i = end
	}
	return ends
}

// afterStartxref reports whether b ends with "startxref", white space, a
// number and white space.
func afterStartxref(b []byte) bool {
	k := bytes.LastIndex(b, []byte("startxref"))
	if k < 0 {
		return false
	}
	rest := bytes.TrimSpace(b[k+len("startxref"):])
	if len(rest) == 0 || len(rest) > 20 {
		return false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
