package pdf

import (
	"bytes"
	"context"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// readXMP is the XMP packet as a reader that resolves namespaces reads
// it: every name carries its namespace URI, not a prefix.
type readXMP struct {
	XMLName xml.Name `xml:"adobe:ns:meta/ xmpmeta"`
	Desc    []struct {
		About       string   `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# about,attr"`
		Format      string   `xml:"http://purl.org/dc/elements/1.1/ format"`
		Title       rdfArray `xml:"http://purl.org/dc/elements/1.1/ title"`
		Creator     rdfArray `xml:"http://purl.org/dc/elements/1.1/ creator"`
		Description rdfArray `xml:"http://purl.org/dc/elements/1.1/ description"`
		Language    rdfArray `xml:"http://purl.org/dc/elements/1.1/ language"`

		Producer     string `xml:"http://ns.adobe.com/pdf/1.3/ Producer"`
		Keywords     string `xml:"http://ns.adobe.com/pdf/1.3/ Keywords"`
		CreatorTool  string `xml:"http://ns.adobe.com/xap/1.0/ CreatorTool"`
		CreateDate   string `xml:"http://ns.adobe.com/xap/1.0/ CreateDate"`
		ModifyDate   string `xml:"http://ns.adobe.com/xap/1.0/ ModifyDate"`
		MetadataDate string `xml:"http://ns.adobe.com/xap/1.0/ MetadataDate"`

		TypeName     string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ TypeName"`
		CodeNumber   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ CodeNumber"`
		CodeNotation string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ CodeNotation"`
		IssuedDate   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ IssuedDate"`
		OrganName    string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ OrganName"`
		Subject      string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ Subject"`
		Lang         string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ Language"`
		PageAmount   string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ PageAmount"`
		SignerInfo   struct {
			ParseType string `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# parseType,attr"`
			Position  string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ Position"`
			FullName  string `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ FullName"`
		} `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ SignerInfo"`
	} `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# RDF>Description"`
}

// rdfArray is an RDF array of the packet, an Alt, a Seq or a Bag, as read:
// the entries of the one it holds.
type rdfArray struct {
	Arrays []struct {
		XMLName xml.Name
		Li      []struct {
			Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
			Text string `xml:",chardata"`
		} `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# li"`
	} `xml:",any"`
}

// one returns the text of the array's only entry after checking that the
// array is of kind (Alt, Seq or Bag), with the x-default language for an
// Alt.
func (a rdfArray) one(t *testing.T, name, kind string) string {
	t.Helper()
	if len(a.Arrays) != 1 || len(a.Arrays[0].Li) != 1 {
		t.Errorf("%s: not one array of one entry: %+v", name, a)
		return ""
	}
	arr := a.Arrays[0]
	if arr.XMLName.Space != "http://www.w3.org/1999/02/22-rdf-syntax-ns#" || arr.XMLName.Local != kind {
		t.Errorf("%s is a %v, want rdf:%s", name, arr.XMLName, kind)
	}
	if li := arr.Li[0]; kind == "Alt" && li.Lang != "x-default" {
		t.Errorf("%s: xml:lang = %q, want x-default", name, li.Lang)
	}
	return arr.Li[0].Text
}

// metadataOf renders d with x and reads back its Info dictionary, its XMP
// packet (found through the catalog), parsed, its catalog and its pages.
func metadataOf(t *testing.T, d *doc.Document, x Extras) (map[string]string, *readXMP, map[string]string, int) {
	t.Helper()
	var buf bytes.Buffer
	if _, err := newRenderer(t).RenderWith(context.Background(), &buf, d, x); err != nil {
		t.Fatal(err)
	}
	info, err := pdftext.Info(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	packet, err := pdftext.Metadata(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(packet, []byte("<?xpacket begin=\"\uFEFF\"")) || !bytes.HasSuffix(packet, []byte(`<?xpacket end="r"?>`)) {
		t.Errorf("packet is not wrapped in xpacket instructions:\n%s", packet)
	}
	var m readXMP
	if err := xml.Unmarshal(packet, &m); err != nil {
		t.Fatalf("XMP is not well-formed XML: %v\n%s", err, packet)
	}
	if len(m.Desc) != 1 {
		t.Fatalf("XMP has %d descriptions, want 1:\n%s", len(m.Desc), packet)
	}
	catalog, err := pdftext.Catalog(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdftext.Read(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return info, &m, catalog, len(pages)
}

// infoDate turns an Info dictionary date, "D:20210318000000", into the
// packet's form, "2021-03-18T00:00:00".
func infoDate(t *testing.T, s string) string {
	t.Helper()
	tm, err := time.Parse("D:20060102150405", s)
	if err != nil {
		t.Fatalf("Info date %q: %v", s, err)
	}
	return tm.Format("2006-01-02T15:04:05")
}

// TestXMPAgreesWithInfo checks that the XMP packet, linked from the
// catalog, repeats the Info dictionary and carries the Phụ lục VI fields of
// the sample, checked against its data file by hand: for the issued
// sample, a draft and a document whose text needs escaping. A dated
// document carries its date in both; an undated draft in neither.
func TestXMPAgreesWithInfo(t *testing.T) {
	issued := composeSample(t, nil)
	draft := composeSample(t, func(p *plan.Plan) { p.Document.Number, p.Document.Date = 0, "" })
	hostile := composeSample(t, nil)
	hostile.Meta.Title = `Kế hoạch <b>&amp; "ngoặc" 'đơn' ]]> </x:xmpmeta>`
	hostile.Meta.Record.FullName = "Trần <Anh> & Tuấn"
	tests := []struct {
		name               string
		d                  *doc.Document
		x                  Extras
		number, issuedDate string
	}{
		{"issued", issued, Extras{}, "44", "2021-03-18"},
		{"archived version", issued, Extras{Version: "v2", Producer: "kehoach v1.2.3"}, "44", "2021-03-18"},
		{"undated draft", draft, Extras{}, "", ""},
		{"text to escape", hostile, Extras{}, "44", "2021-03-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info, m, catalog, pages := metadataOf(t, tt.d, tt.x)
			x := m.Desc[0]
			agree := []struct{ name, info, xmp string }{
				{"Title", info["Title"], x.Title.one(t, "dc:title", "Alt")},
				{"Author", info["Author"], x.Creator.one(t, "dc:creator", "Seq")},
				{"Subject", info["Subject"], x.Description.one(t, "dc:description", "Alt")},
				{"Keywords", info["Keywords"], x.Keywords},
				{"Producer", info["Producer"], x.Producer},
				{"Creator", info["Creator"], x.CreatorTool},
			}
			for _, a := range agree {
				if a.info == "" || a.info != a.xmp {
					t.Errorf("Info %s = %q, XMP says %q", a.name, a.info, a.xmp)
				}
			}
			undated := tt.d.Meta.Undated
			for _, a := range []struct{ name, xmp string }{
				{"CreationDate", x.CreateDate}, {"ModDate", x.ModifyDate}, {"MetadataDate", x.MetadataDate},
			} {
				date, inInfo := info[a.name]
				switch {
				case undated && (inInfo || a.xmp != ""):
					t.Errorf("undated: Info %s = %q (present %v), XMP says %q; want neither", a.name, date, inInfo, a.xmp)
				case !undated && a.xmp != "2021-03-18T00:00:00":
					t.Errorf("XMP %s = %q, want the document's date", a.name, a.xmp)
				case !undated && a.name != "MetadataDate" && infoDate(t, date) != a.xmp:
					t.Errorf("Info %s = %q, XMP says %q", a.name, date, a.xmp)
				}
			}
			if tt.x.Version != "" && !strings.HasSuffix(x.Keywords, "phiên bản "+tt.x.Version) {
				t.Errorf("Keywords %q do not name the version %s", x.Keywords, tt.x.Version)
			}
			r := tt.d.Meta.Record
			want := map[string]string{
				"TypeName": "Kế hoạch", "CodeNumber": tt.number, "CodeNotation": "KH-UBND",
				"IssuedDate": tt.issuedDate, "OrganName": "Ủy ban nhân dân huyện Cam Lộ",
				"Subject": "Thực hiện Chương trình giảm nghèo năm 2021", "Language": "vi",
				"PageAmount": strconv.Itoa(pages), "Position": "Chủ tịch", "FullName": r.FullName,
				"dc:language": "vi", "dc:format": "application/pdf", "/Lang": "vi",
				"parseType": "Resource",
			}
			got := map[string]string{
				"TypeName": x.TypeName, "CodeNumber": x.CodeNumber, "CodeNotation": x.CodeNotation,
				"IssuedDate": x.IssuedDate, "OrganName": x.OrganName, "Subject": x.Subject,
				"Language": x.Lang, "PageAmount": x.PageAmount, "Position": x.SignerInfo.Position, "FullName": x.SignerInfo.FullName,
				"parseType":   x.SignerInfo.ParseType,
				"dc:language": x.Language.one(t, "dc:language", "Bag"), "dc:format": x.Format, "/Lang": catalog["Lang"],
			}
			for k, w := range want {
				if got[k] != w {
					t.Errorf("%s = %q, want %q", k, got[k], w)
				}
			}
			if pages < 2 {
				t.Errorf("the sample has %d pages", pages)
			}
		})
	}
}

// TestLangTag checks that only a language tag reaches the catalog, which
// fpdf writes without escaping.
func TestLangTag(t *testing.T) {
	for s, want := range map[string]bool{"vi": true, "vi-VN": true, "": false, "vi) /OpenAction": false, "v(i": false} {
		if got := langTag(s); got != want {
			t.Errorf("langTag(%q) = %v, want %v", s, got, want)
		}
	}
}
