package archive

import "time"

// SigningTime is when the first signature of the first signed original of
// v was made, and whether the archive holds a signed original with a known
// signing time: the list and the register read signing through this
// function alone.
func (v Version) SigningTime() (time.Time, bool) {
	for _, s := range v.Signed {
		for _, by := range s.Signatures {
			if by.SigningTime == "" {
				continue
			}
			if at, err := time.Parse(time.RFC3339, by.SigningTime); err == nil {
				return at, true
			}
		}
	}
	return time.Time{}, false
}
