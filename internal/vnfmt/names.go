package vnfmt

import (
	"strconv"
	"strings"
)

// Names lists names in a message: each quoted, joined by commas
// (`"Xã Cam Tuyền", "TT Cam Lộ"`).
func Names(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}
