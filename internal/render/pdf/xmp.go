package pdf

import (
	"bytes"
	"encoding/xml"
	"fmt"
)

// The namespaces of the XMP packet.
const (
	nsX    = "adobe:ns:meta/"
	nsRDF  = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsDC   = "http://purl.org/dc/elements/1.1/"
	nsPDF  = "http://ns.adobe.com/pdf/1.3/"
	nsXMP  = "http://ns.adobe.com/xap/1.0/"
	nsND30 = "https://github.com/kehoach/kehoach/xmp/nd30/1.0/"
)

// xmpDate is the layout of the packet's dates: the Info dictionary's
// "D:20060102150405" in ISO 8601, without a time zone, as there.
const xmpDate = "2006-01-02T15:04:05"

// The XMP packet's wrapper: the processing instructions that open (with
// a byte order mark, as XMP wants) and close it.
const (
	xpacketBegin = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	xpacketEnd   = "\n<?xpacket end=\"r\"?>"
)

// xmpMeta is the XMP packet: one RDF description of the document. The
// element names carry their prefixes, which the attributes bind.
type xmpMeta struct {
	XMLName xml.Name `xml:"x:xmpmeta"`
	X       string   `xml:"xmlns:x,attr"`
	RDF     struct {
		RDF  string  `xml:"xmlns:rdf,attr"`
		Desc xmpDesc `xml:"rdf:Description"`
	} `xml:"rdf:RDF"`
}

// xmpDesc describes the document: Dublin Core, the PDF and XMP basic
// schemas, which repeat the Info dictionary, and the Phụ lục VI fields.
type xmpDesc struct {
	About string `xml:"rdf:about,attr"`
	DC    string `xml:"xmlns:dc,attr"`
	PDF   string `xml:"xmlns:pdf,attr"`
	XMP   string `xml:"xmlns:xmp,attr"`
	ND30  string `xml:"xmlns:nd30,attr"`

	Format      string   `xml:"dc:format"`
	Title       *langAlt `xml:"dc:title"`
	Creator     *rdfSeq  `xml:"dc:creator"`
	Description *langAlt `xml:"dc:description"`
	Language    *rdfBag  `xml:"dc:language"`

	Producer     string `xml:"pdf:Producer,omitempty"`
	Keywords     string `xml:"pdf:Keywords,omitempty"`
	CreatorTool  string `xml:"xmp:CreatorTool,omitempty"`
	CreateDate   string `xml:"xmp:CreateDate,omitempty"`
	ModifyDate   string `xml:"xmp:ModifyDate,omitempty"`
	MetadataDate string `xml:"xmp:MetadataDate,omitempty"`

	TypeName     string      `xml:"nd30:TypeName,omitempty"`
	CodeNumber   string      `xml:"nd30:CodeNumber,omitempty"`
	CodeNotation string      `xml:"nd30:CodeNotation,omitempty"`
	IssuedDate   string      `xml:"nd30:IssuedDate,omitempty"`
	OrganName    string      `xml:"nd30:OrganName,omitempty"`
	Subject      string      `xml:"nd30:Subject,omitempty"`
	DocLanguage  string      `xml:"nd30:Language,omitempty"`
	PageAmount   int         `xml:"nd30:PageAmount,omitempty"`
	SignerInfo   *signerInfo `xml:"nd30:SignerInfo"`
}

// langAlt is a language alternative with its default entry alone.
type langAlt struct {
	Alt struct {
		Li struct {
			Lang string `xml:"xml:lang,attr"`
			Text string `xml:",chardata"`
		} `xml:"rdf:li"`
	} `xml:"rdf:Alt"`
}

// rdfSeq is an ordered array of one entry.
type rdfSeq struct {
	Li string `xml:"rdf:Seq>rdf:li"`
}

// rdfBag is an unordered array of one entry.
type rdfBag struct {
	Li string `xml:"rdf:Bag>rdf:li"`
}

// signerInfo is Phụ lục VI's SignerInfo, a structure.
type signerInfo struct {
	ParseType string `xml:"rdf:parseType,attr"`
	Position  string `xml:"nd30:Position,omitempty"`
	FullName  string `xml:"nd30:FullName,omitempty"`
}

// newLangAlt returns the language alternative of s; nil for an empty s.
func newLangAlt(s string) *langAlt {
	if s == "" {
		return nil
	}
	var a langAlt
	a.Alt.Li.Lang, a.Alt.Li.Text = "x-default", s
	return &a
}

// xmp returns the XMP packet of in: well-formed XML, every text escaped
// by encoding/xml. An undated document's packet has no dates.
func (in *info) xmp() ([]byte, error) {
	date := in.Date.Format(xmpDate)
	if in.Undated {
		date = ""
	}
	r := &in.Record
	var m xmpMeta
	m.X, m.RDF.RDF = nsX, nsRDF
	m.RDF.Desc = xmpDesc{
		DC: nsDC, PDF: nsPDF, XMP: nsXMP, ND30: nsND30,
		Format:      "application/pdf",
		Title:       newLangAlt(in.Title),
		Description: newLangAlt(in.Subject),
		Producer:    in.Producer, Keywords: in.Keywords, CreatorTool: in.Creator,
		CreateDate: date, ModifyDate: date, MetadataDate: date,
		TypeName: r.TypeName, CodeNumber: r.CodeNumber, CodeNotation: r.CodeNotation,
		IssuedDate: r.IssuedDate, OrganName: r.OrganName, Subject: r.Subject,
		DocLanguage: r.Language, PageAmount: in.Pages,
	}
	d := &m.RDF.Desc
	if in.Author != "" {
		d.Creator = &rdfSeq{Li: in.Author}
	}
	if r.Language != "" {
		d.Language = &rdfBag{Li: r.Language}
	}
	if r.Position != "" || r.FullName != "" {
		d.SignerInfo = &signerInfo{ParseType: "Resource", Position: r.Position, FullName: r.FullName}
	}
	var buf bytes.Buffer
	buf.WriteString(xpacketBegin)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(&m); err != nil {
		return nil, fmt.Errorf("xmp: %w", err)
	}
	buf.WriteString(xpacketEnd)
	return buf.Bytes(), nil
}
