package docx

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/zipcheck"
)

// Errors of the Word renderer.
var (
	// ErrTemplate: the template is not a Word document kehoach can fill.
	ErrTemplate = errors.New("unusable word template")
	// ErrNoDocument: Render was given no document.
	ErrNoDocument = errors.New("no document")
	// ErrTable: a table of the document does not fit its grid.
	ErrTable = errors.New("table does not fit its grid")
)

// Reasons an *ArchiveError gives for refusing a template file; each also
// matches ErrTemplate.
var (
	// ErrNotZip: the file is empty, not a zip, or a damaged or truncated one.
	ErrNotZip = errors.New("not a zip file")
	// ErrTemplateSize: the file is larger than MaxTemplateSize.
	ErrTemplateSize = errors.New("template file too large")
	// ErrTooManyParts: the zip holds too many entries.
	ErrTooManyParts = errors.New("too many parts")
	// ErrPartName: an entry's name is not a clean relative path.
	ErrPartName = errors.New("bad part name")
	// ErrDuplicatePart: two entries have the same name.
	ErrDuplicatePart = errors.New("part written twice")
	// ErrPartMethod: an entry is encrypted or compressed with a method
	// other than store or deflate.
	ErrPartMethod = zipcheck.ErrMethod
	// ErrPartSize: a part inflates beyond its bound or its declared size.
	ErrPartSize = zipcheck.ErrEntrySize
	// ErrTotalSize: the parts inflate beyond the bound of all of them.
	ErrTotalSize = zipcheck.ErrTotal
	// ErrRatio: a part's compression ratio is that of a zip bomb.
	ErrRatio = zipcheck.ErrRatio
	// ErrPartCorrupt: a part cannot be inflated or fails its checksum.
	ErrPartCorrupt = errors.New("damaged part")
	// ErrNoMainPart: the zip has no word/document.xml.
	ErrNoMainPart = errors.New("no main document part")
	// ErrPartXML: a part is not well-formed XML.
	ErrPartXML = errors.New("part is not well-formed xml")
	// ErrNoPageSetup: the last section gives no page size or margins.
	ErrNoPageSetup = errors.New("no page size or margins in the last section")
)

// The reasons above that package zipcheck finds are its own sentinels: a
// template refused for them matches both.

// ArchiveError is a template file refused as a zip, before or while its
// parts are inflated, or for the XML of its parts. Part names the zip entry at fault, "" for the file as
// a whole; Message says what is wrong in Vietnamese; Err is one of the
// reasons above.
type ArchiveError struct {
	Part    string
	Message string
	Err     error
}

// archiveErr returns an *ArchiveError for part with a formatted message.
func archiveErr(part string, reason error, format string, args ...any) *ArchiveError {
	return &ArchiveError{Part: part, Message: fmt.Sprintf(format, args...), Err: reason}
}

// Error names the part and the reason.
func (e *ArchiveError) Error() string {
	if e.Part == "" {
		return fmt.Sprintf("%v: %v", ErrTemplate, e.Err)
	}
	return fmt.Sprintf("%v: part %s: %v", ErrTemplate, e.Part, e.Err)
}

// Unwrap returns the reason and ErrTemplate.
func (e *ArchiveError) Unwrap() []error { return []error{e.Err, ErrTemplate} }

// Vietnamese says what is wrong for the clerk, naming the part:
// "phần word/styles.xml giải nén ra hơn 32 MiB".
func (e *ArchiveError) Vietnamese() string {
	if e.Part == "" {
		return e.Message
	}
	return "phần " + e.Part + " " + e.Message
}

// PlaceholderError lists the placeholders of a template that kehoach
// cannot fill: unknown names, required ones the template lacks, block
// placeholders that share their paragraph with other text, placeholders
// written twice, and, after filling, any left in the output.
type PlaceholderError struct {
	Unknown  []string
	Missing  []string
	NotAlone []string
	Twice    []string
	Unfilled []string
}

func (e *PlaceholderError) any() bool {
	return len(e.Unknown)+len(e.Missing)+len(e.NotAlone)+len(e.Twice)+len(e.Unfilled) > 0
}

func (e *PlaceholderError) sort() {
	for _, l := range [][]string{e.Unknown, e.Missing, e.NotAlone, e.Twice, e.Unfilled} {
		slices.Sort(l)
	}
}

// Error lists the placeholders by kind.
func (e *PlaceholderError) Error() string {
	var parts []string
	add := func(what string, names []string) {
		if len(names) > 0 {
			parts = append(parts, what+" "+braced(names))
		}
	}
	add("unknown", e.Unknown)
	add("missing", e.Missing)
	add("not alone in their paragraph", e.NotAlone)
	add("written twice", e.Twice)
	add("left unfilled", e.Unfilled)
	return "word template placeholders: " + strings.Join(parts, "; ")
}

// braced writes names as "{{a}}, {{b}}".
func braced(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = marker(n)
	}
	return strings.Join(out, ", ")
}

// LayoutError is a document that cannot be laid out in the Word document:
// a figure wider than its table allows at the smallest size. Its message, in
// Vietnamese, is for the user.
type LayoutError struct {
	// Field is the data field of the row that does not fit; empty when
	// unknown.
	Field string
	// Reason says in Vietnamese what does not fit.
	Reason string
}

func (e *LayoutError) Error() string { return "docx: layout: " + e.Field + ": " + e.Reason }

// DataField returns Field, for the engine to report the data field.
func (e *LayoutError) DataField() string { return e.Field }

// Vietnamese returns the user's message.
func (e *LayoutError) Vietnamese() string { return "không dàn trang được: " + e.Reason }
