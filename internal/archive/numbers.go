package archive

import (
	"slices"
	"strconv"
	"strings"
)

// Numbering is what the archive holds of one issuer's numbers of one type
// in one year.
type Numbering struct {
	// Issuer is the issuer's name as archived, "" when the archive holds
	// none of its numbers.
	Issuer string
	// Used are the numbers archived, in order.
	Used []int
	// Gaps are the runs of numbers, first and last, below the highest
	// one that are not archived: documents issued outside the archive, or
	// numbers left unused.
	Gaps [][2]int
	// Next is the next free number: one more than the highest one
	// archived, 1 when there is none. A gap is never offered: its number
	// may have been given to a document the archive does not hold.
	Next int
}

// NextNumber tells the numbers of documents of type typ ("KH") that the
// issuer issued in year, in the archive at root. The issuer is matched by
// its name, as the archive tells names apart (case, spacing and where a
// tone mark sits do not count). An archive that does not exist yet holds
// no number. A manifest that cannot be read is reported in a dataerr.List
// after the numbering of all the others, which is returned all the same.
func NextNumber(root, issuer string, year int, typ string) (*Numbering, error) {
	entries, problems, err := listReadable(root)
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return numbering(entries, issuer, year, typ), problems
	}
	return numbering(entries, issuer, year, typ), nil
}

// numbering is the Numbering of entries for issuer, year and type typ.
func numbering(entries []Entry, issuer string, year int, typ string) *Numbering {
	key := nameKey(issuer)
	n := &Numbering{}
	for _, e := range entries {
		d := e.Manifest.Document
		if d.Year != year || nameKey(d.Issuer) != key {
			continue
		}
		if num, t, ok := splitNumber(d.Number); ok && strings.EqualFold(t, strings.TrimSpace(typ)) {
			n.Used = append(n.Used, num)
			if n.Issuer == "" {
				n.Issuer = d.Issuer
			}
		}
	}
	slices.Sort(n.Used)
	n.Used = slices.Compact(n.Used)
	n.Next = 1
	for _, u := range n.Used {
		if u > n.Next {
			n.Gaps = append(n.Gaps, [2]int{n.Next, u - 1})
		}
		n.Next = u + 1
	}
	return n
}

// splitNumber splits a number and symbol as the archive records it,
// "44/KH-UBND", into the number and the type symbol: 44, "KH".
func splitNumber(s string) (number int, typ string, ok bool) {
	num, symbol, found := strings.Cut(s, "/")
	if !found {
		return 0, "", false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n <= 0 {
		return 0, "", false
	}
	typ, _, _ = strings.Cut(symbol, "-")
	return n, typ, true
}
