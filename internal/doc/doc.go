// Package doc is the renderer-neutral model of an administrative document laid
// out per Nghị định 30/2020/NĐ-CP: a header block, a title, a body of blocks,
// a signature and a recipient list. It knows nothing of PDF or Word; the
// renderers take a *Document and decide where every piece goes on the page.
//
// All text in a Document is final: upper-cased where the decree wants upper
// case, numbered, NFC-normalised and formatted. A renderer only lays it out.
package doc

// Document is one complete document.
type Document struct {
	Meta       Meta       `json:"meta" toml:"meta"`
	Header     Header     `json:"header" toml:"header"`
	Title      Title      `json:"title" toml:"title"`
	Body       []Block    `json:"body" toml:"body"`
	Signature  Signature  `json:"signature" toml:"signature"`
	Recipients Recipients `json:"recipients" toml:"recipients"`
}

// Meta holds the document properties that renderers store as metadata
// (PDF Info dictionary, DOCX core properties).
type Meta struct {
	Title    string `json:"title" toml:"title"`
	Author   string `json:"author" toml:"author"`
	Subject  string `json:"subject" toml:"subject"`
	Keywords string `json:"keywords" toml:"keywords"`
	// Date is the document's date as YYYY-MM-DD; renderers use it for every
	// date they must write (creation and modification dates), never the clock.
	Date string `json:"date" toml:"date"`
	// Undated is set when the data gives no date (a draft before it is
	// dated): Date is then a stand-in (1 January of the plan's year), which
	// a renderer writes only where its format cannot do without a date.
	Undated bool `json:"undated,omitempty" toml:"undated"`
	// Record is the document's Phụ lục VI metadata.
	Record Record `json:"record" toml:"record"`
}

// Header is the two-column block at the top of page 1.
type Header struct {
	// Superior is the superior body (cơ quan chủ quản), regular, upper case;
	// empty when there is none. One entry per line.
	Superior []string `json:"superior,omitempty" toml:"superior"`
	// Issuer is the issuing body (cơ quan ban hành), bold, upper case, with a
	// rule under it. One entry per line.
	Issuer []string `json:"issuer" toml:"issuer"`
	// Number is the whole "Số: 44/KH-UBND" line.
	Number string `json:"number" toml:"number"`
	// National is the quốc hiệu, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
	National string `json:"national" toml:"national"`
	// Motto is the tiêu ngữ, "Độc lập - Tự do - Hạnh phúc", ruled under its
	// full width.
	Motto string `json:"motto" toml:"motto"`
	// PlaceDate is the italic "Cam Lộ, ngày 18 tháng 3 năm 2021" line.
	PlaceDate string `json:"place_date" toml:"place_date"`
	// Draft is the draft mark, "DỰ THẢO", printed bold and boxed at the
	// top left above the header; empty for a document that is no draft.
	Draft string `json:"draft,omitempty" toml:"draft"`
}

// Title is the document type name and the subject line under it.
type Title struct {
	// Kind is the document type in upper case, "KẾ HOẠCH".
	Kind string `json:"kind" toml:"kind"`
	// Subject is the trích yếu, bold and centred, with a short rule under it;
	// renderers wrap it.
	Subject string `json:"subject" toml:"subject"`
}

// BlockKind says what a body block is.
type BlockKind string

// The kinds of body block.
const (
	// Part is a part heading: bold, upper case, numbered "I.", "II.", …
	Part BlockKind = "part"
	// Item is an item heading inside a part: bold, numbered "1.", "2.", …
	Item BlockKind = "item"
	// Paragraph is a justified paragraph with a first-line indent.
	Paragraph BlockKind = "paragraph"
	// List is a sequence of paragraphs, each opened by its marker.
	List BlockKind = "list"
	// TableBlock is a table.
	TableBlock BlockKind = "table"
)

// Block is one element of the body. Which fields are set depends on Kind:
// Part and Item have Number and Text; Paragraph has Text; List has Items
// (each with its own Marker); TableBlock has Table.
type Block struct {
	Kind   BlockKind  `json:"kind" toml:"kind"`
	Number string     `json:"number,omitempty" toml:"number"`
	Text   string     `json:"text,omitempty" toml:"text"`
	Items  []ListItem `json:"items,omitempty" toml:"items"`
	Table  *Table     `json:"table,omitempty" toml:"table"`
	// Field is the path of the data field whose text the block prints
	// ("text.intro[2]"), empty when the text is not one field's; renderers
	// name it when the block cannot be laid out.
	Field string `json:"field,omitempty" toml:"field"`
}

// ListItem is one entry of a List: a paragraph opened by Marker ("-", "1.",
// "a)"), rendered as Marker, a space, then Text, with a first-line indent.
type ListItem struct {
	Marker string `json:"marker" toml:"marker"`
	Text   string `json:"text" toml:"text"`
	// Field is the data field the text comes from, as Block.Field.
	Field string `json:"field,omitempty" toml:"field"`
}

// Heading returns the text of a Part or Item heading as printed: its number,
// a space and its text.
func (b Block) Heading() string {
	if b.Number == "" {
		return b.Text
	}
	return b.Number + " " + b.Text
}

// Line returns the item as printed: marker, space, text.
func (it ListItem) Line() string {
	if it.Marker == "" {
		return it.Text
	}
	return it.Marker + " " + it.Text
}

// Signature is the signing block in the right column.
type Signature struct {
	// Lines are the authority and position lines, bold and upper case, e.g.
	// "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
	Lines []string `json:"lines" toml:"lines"`
	// Name is the signer's full name, bold, under the space for the signature.
	Name string `json:"name" toml:"name"`
}

// Recipients is the "Nơi nhận:" block in the left column.
type Recipients struct {
	// Label is "Nơi nhận:", bold italic.
	Label string `json:"label" toml:"label"`
	// Lines are the entries as printed, each starting with "- " and ending
	// with ";" except the last ("- Lưu: VT.").
	Lines []string `json:"lines" toml:"lines"`
}
