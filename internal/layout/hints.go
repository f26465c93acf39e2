package layout

// Hints are what the Word document takes from the pages of the PDF, so
// that a program that keeps a heading with the next paragraph otherwise
// than the PDF (LibreOffice) prints the same pages. Both lists hold
// indexes of headings in the document's body, in order.
type Hints struct {
	// Breaks are the headings that open a page after the first: the
	// keep rules carried them over with the lines after them. The Word
	// document breaks its page before them, where Word would break it
	// anyway; LibreOffice leaves such a heading at the foot of the page
	// when widow control, not the lack of room, moves the next paragraph.
	Breaks []int
	// Loose are the headings whose next paragraph the end of their page
	// splits, its first lines on the heading's page: the heading keeps
	// with it already. The Word document lets them go of the keep, which
	// changes nothing in Word; LibreOffice would carry heading and
	// paragraph whole to the next page when widow control moves a line.
	Loose []int
}
