package plan

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// NameKey is what two names share when they name the same thing (a unit,
// a sheet, a heading): the same letters in NFC, ignoring case and runs of
// spaces.
func NameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}

// SameUnitName reports whether a and b name the same unit, as the check of
// a plan's units compares them: the same letters in NFC, ignoring case and
// runs of spaces.
func SameUnitName(a, b string) bool { return NameKey(a) == NameKey(b) }
