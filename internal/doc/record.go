package doc

// Record is the metadata of an outgoing document that Nghị định
// 30/2020/NĐ-CP, Phụ lục VI, lists and that is known before the document is
// signed; renderers store it where their format keeps document metadata
// (a PDF's XMP packet). The names follow Phụ lục VI. Empty fields are not
// known yet: a draft has no number and no issue date.
type Record struct {
	// TypeName is the document type, "Kế hoạch".
	TypeName string `json:"type_name" toml:"type_name"`
	// CodeNumber is the document number as printed ("44", "05"); empty
	// before the number is given.
	CodeNumber string `json:"code_number,omitempty" toml:"code_number"`
	// CodeNotation is the symbol after the number, "KH-UBND".
	CodeNotation string `json:"code_notation" toml:"code_notation"`
	// IssuedDate is the date of issue as YYYY-MM-DD; empty before it is
	// given.
	IssuedDate string `json:"issued_date,omitempty" toml:"issued_date"`
	// OrganName is the issuing body, "Ủy ban nhân dân huyện Cam Lộ".
	OrganName string `json:"organ_name" toml:"organ_name"`
	// Subject is the trích yếu.
	Subject string `json:"subject" toml:"subject"`
	// Language is the document's language as a BCP 47 tag, "vi".
	Language string `json:"language" toml:"language"`
	// Position and FullName are the signer's (SignerInfo): the signer's
	// own position ("Phó Chủ tịch" for a deputy signing KT.) and full name.
	Position string `json:"position" toml:"position"`
	FullName string `json:"full_name" toml:"full_name"`
}
