package pdf

import (
	"bytes"
	"encoding/xml"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/doc"
)

// FuzzXMP checks that any text of the data makes a well-formed packet that
// reads back as one description, whatever characters it holds: markup,
// control characters, invalid UTF-8.
func FuzzXMP(f *testing.F) {
	for _, s := range []string{"Kế hoạch", `<a href="x">&amp;</a> ]]>`, "\x00\x01\ufffe", "\xff\xfe", "</x:xmpmeta><?xpacket end=\"w\"?>"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		in := &info{
			Title: a, Author: b, Subject: a, Keywords: b, Creator: a, Producer: b,
			Date:   time.Date(2021, 3, 18, 0, 0, 0, 0, time.UTC),
			Record: doc.Record{TypeName: a, CodeNumber: b, OrganName: a, Subject: b, Language: a, Position: b, FullName: a},
			Pages:  3,
		}
		packet, err := in.xmp()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(packet, []byte(xpacketBegin)) || !bytes.HasSuffix(packet, []byte(xpacketEnd)) {
			t.Fatalf("packet not wrapped:\n%s", packet)
		}
		var m struct {
			Desc []struct {
				CreateDate string `xml:"http://ns.adobe.com/xap/1.0/ CreateDate"`
				PageAmount int    `xml:"https://github.com/kehoach/kehoach/xmp/nd30/1.0/ PageAmount"`
			} `xml:"http://www.w3.org/1999/02/22-rdf-syntax-ns# RDF>Description"`
		}
		if err := xml.Unmarshal(packet, &m); err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, packet)
		}
		if len(m.Desc) != 1 || m.Desc[0].CreateDate != "2021-03-18T00:00:00" || m.Desc[0].PageAmount != 3 {
			t.Fatalf("read back %+v from\n%s", m, packet)
		}
	})
}
