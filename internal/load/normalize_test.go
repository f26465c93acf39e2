package load

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestReadNormalisesToNFC(t *testing.T) {
	want, err := Read("nfc.toml", []byte(readSample(t)))
	if err != nil {
		t.Fatalf("Read(NFC sample): %v", err)
	}
	nfd := norm.NFD.String(readSample(t))
	if nfd == readSample(t) {
		t.Fatal("the NFD sample is the NFC one")
	}
	got, err := Read("nfd.toml", []byte(nfd))
	if err != nil {
		t.Fatalf("Read(NFD sample): %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read(NFD sample) = %+v\nwant %+v", got, want)
	}
	if name := got.Units[0].Name; name != "Xã Cam Tuyền" || !norm.NFC.IsNormalString(name) {
		t.Errorf("units[0].name = %+q, want NFC", name)
	}
}

func TestReadTrimsAndAcceptsWindowsFiles(t *testing.T) {
	data := edit(t, readSample(t), `name = "Xã Cam Tuyền"`, `name = "  Xã Cam Tuyền `+"\t"+`"`)
	data = "\uFEFF" + strings.ReplaceAll(data, "\n", "\r\n")
	p, err := Read("windows.toml", []byte(data))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if p.Units[0].Name != "Xã Cam Tuyền" {
		t.Errorf("units[0].name = %q, want it trimmed", p.Units[0].Name)
	}
}

func TestReadNFDDuplicates(t *testing.T) {
	// The same name, once composed and once decomposed, is one unit twice.
	data := edit(t, readSample(t), `name = "TT Cam Lộ"`, `name = "`+norm.NFD.String("Xã Cam Tuyền")+`"`)
	_, err := Read("dup.toml", []byte(data))
	want := `dup.toml, dòng 33, trường units[1].name: tên đơn vị "Xã Cam Tuyền" trùng với tên của units[0].`
	if err == nil || err.Error() != want {
		t.Errorf("Read = %v\nwant %s", err, want)
	}
}
