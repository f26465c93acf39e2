package pdf

import (
	"bytes"
	"fmt"
	"time"
)

// An undated document (doc.Meta.Undated: a draft, or a plan sent for
// digital signing, before it has a date) carries no date in its metadata.
// Its XMP packet simply leaves the dates out. fpdf (v0.12) though writes a
// /CreationDate and a /ModDate in every Info dictionary, the clock's when
// none is set, and has no way to leave them out: so an undated document
// is written with its stand-in date (1 January of the plan's year), and
// blankDates then turns each of the two entries into as many spaces. Spaces
// between the entries of a dictionary are plain white space: no byte of
// the file moves, and the cross-reference table stays right. This patches
// bytes of our own output that fpdf is known to write; it parses nothing.

// infoDateLayout is the layout of fpdf's Info dates, after "D:".
const infoDateLayout = "20060102150405"

// infoDateKeys are the Info dictionary's date entries.
var infoDateKeys = []string{"/CreationDate", "/ModDate"}

// blankDates blanks, in out, a PDF that fpdf wrote with both dates set to
// date, the /CreationDate and /ModDate entries of the Info dictionary.
// fpdf writes that dictionary after the XMP packet, each entry on a line of
// its own: the entries are looked for only after the packet's end marker,
// which no text of the document can hold (page text comes before the
// packet, and the packet's own text is XML-escaped). Each entry must be
// found there exactly once, with the date given; otherwise out is left as
// it is and the error wraps ErrInfoDates.
func blankDates(out []byte, date time.Time) error {
	end := bytes.LastIndex(out, []byte(xpacketEnd))
	if end < 0 {
		return fmt.Errorf("blank dates: no XMP packet: %w", ErrInfoDates)
	}
	tail := out[end+len(xpacketEnd):]
	stamp := date.Format(infoDateLayout)
	spans := make([][]byte, len(infoDateKeys))
	for i, key := range infoDateKeys {
		// The entry with the line breaks around it; only the entry
		// itself is blanked.
		entry := []byte("\n" + key + " (D:" + stamp + ")\n")
		if n := bytes.Count(tail, entry); n != 1 {
			return fmt.Errorf("blank dates: %s (D:%s) found %d times: %w", key, stamp, n, ErrInfoDates)
		}
		at := bytes.Index(tail, entry)
		spans[i] = tail[at+1 : at+len(entry)-1]
	}
	for _, s := range spans {
		for i := range s {
			s[i] = ' '
		}
	}
	return nil
}
