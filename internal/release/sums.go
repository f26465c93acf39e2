package release

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// Sums is the SHA256SUMS text of the named files, in name order, in the
// form sha256sum -c reads: the hash, two spaces, the name.
func Sums(names []string, contents map[string][]byte) []byte {
	var b strings.Builder
	for _, n := range slices.Sorted(slices.Values(names)) {
		sum := sha256.Sum256(contents[n])
		b.WriteString(hex.EncodeToString(sum[:]) + "  " + n + "\n")
	}
	return []byte(b.String())
}
