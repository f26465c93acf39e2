package archive

import "time"

// SigningTime is when the signed original of v was signed, and whether
// the archive holds one: the list and the register read signing through
// this function alone. No signed original is archived yet.
func (v Version) SigningTime() (time.Time, bool) {
	return time.Time{}, false
}
