package plan

// SameUnitName reports whether a and b name the same unit, as the check of
// a plan's units compares them: the same letters in NFC, ignoring case and
// runs of spaces.
func SameUnitName(a, b string) bool { return nameKey(a) == nameKey(b) }
