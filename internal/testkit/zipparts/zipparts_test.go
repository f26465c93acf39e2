package zipparts

import (
	"archive/zip"
	"bytes"
	"errors"
	"testing"
	"time"
)

// TestEditKeepsOrderNamesAndTimes rewrites one entry of a small archive:
// the others come back unchanged, in their order, with their times.
func TestEditKeepsOrderNamesAndTimes(t *testing.T) {
	when := time.Date(2021, 3, 18, 7, 30, 0, 0, time.UTC)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range []struct{ name, data string }{{"b.xml", "<b/>"}, {"a.xml", "<a>{{x}}</a>"}} {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: when})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(e.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	edited, err := Edit(buf.Bytes(), func(name string, b []byte) ([]byte, error) {
		if name == "a.xml" {
			return bytes.ReplaceAll(b, []byte("{{x}}"), []byte("Cam Lộ")), nil
		}
		return b, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Read(edited)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Name != "b.xml" || string(ps[0].Data) != "<b/>" || ps[1].Name != "a.xml" || string(ps[1].Data) != "<a>Cam Lộ</a>" {
		t.Fatalf("edited entries: %+v", ps)
	}
	for _, p := range ps {
		if !p.Modified.Equal(when) {
			t.Errorf("%s dated %v, want %v", p.Name, p.Modified, when)
		}
	}
	stop := errors.New("stop")
	if _, err := Edit(buf.Bytes(), func(string, []byte) ([]byte, error) { return nil, stop }); !errors.Is(err, stop) {
		t.Errorf("Edit with a failing edit = %v, want %v", err, stop)
	}
	if _, err := Read([]byte("không phải zip")); err == nil {
		t.Error("Read of text: no error")
	}
}
