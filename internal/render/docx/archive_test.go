package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// zipPart is one entry of a zip built by a test. With raw set, data is
// written as the entry's compressed bytes under header, as it is, so that
// the header may lie.
type zipPart struct {
	name   string
	data   []byte
	header *zip.FileHeader
}

// buildZip writes the parts as a zip, deflating those without a header.
func buildZip(t testing.TB, parts ...zipPart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	for _, p := range parts {
		var w io.Writer
		var err error
		if p.header != nil {
			w, err = zw.CreateRaw(p.header)
		} else {
			w, err = zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(p.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// templateParts returns the parts of the embedded template, in name order,
// plus more.
func templateParts(t testing.TB, more ...zipPart) []zipPart {
	t.Helper()
	all := parts(t, embedded())
	var out []zipPart
	for _, name := range slices.Sorted(maps.Keys(all)) {
		out = append(out, zipPart{name: name, data: all[name]})
	}
	return append(out, more...)
}

// deflated returns n zero bytes deflated, and their CRC.
func deflated(t testing.TB, n int) ([]byte, uint32) {
	t.Helper()
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	crc := crc32.NewIEEE()
	for left := n; left > 0; left -= len(zeros) {
		chunk := zeros[:min(left, len(zeros))]
		fw.Write(chunk)
		crc.Write(chunk)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), crc.Sum32()
}

// rawPart is a deflated part whose header declares size bytes and the
// given CRC, whatever data inflates to.
func rawPart(name string, data []byte, crc uint32, size uint64) zipPart {
	return zipPart{name: name, data: data, header: &zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(data)), UncompressedSize64: size,
	}}
}

// TestHostileTemplates feeds New templates made to hurt: each must be
// refused with its reason and part, quickly and without inflating much.
func TestHostileTemplates(t *testing.T) {
	bomb, bombCRC := deflated(t, 40<<20)    // 40 MiB of zeros in some 40 kB
	dense, denseCRC := deflated(t, 8<<20)   // 8 MiB, under the part bound
	lying, lyingCRC := deflated(t, 200<<20) // 200 MiB declared as 1 kB
	random := bytes.Repeat([]byte("kehoach"), 50_000)
	small, smallCRC := deflated(t, 1000)
	many := make([]zipPart, maxParts+1)
	for i := range many {
		many[i] = zipPart{name: "x/" + strconv.Itoa(i)}
	}
	template := embedded()
	tests := []struct {
		name   string
		data   []byte
		reason error
		part   string
	}{
		{"empty file", nil, ErrNotZip, ""},
		{"not a zip", []byte("[document]\ntype = \"KH\"\n"), ErrNotZip, ""},
		{"truncated zip", template[:len(template)/2], ErrNotZip, ""},
		{"zip cut before its directory ends", template[:len(template)-10], ErrNotZip, ""},
		{"file over 20 MiB", make([]byte, MaxTemplateSize+1), ErrTemplateSize, ""},
		{"too many entries", buildZip(t, many...), ErrTooManyParts, ""},
		{"zip bomb, honest header", buildZip(t, templateParts(t, rawPart("word/media/bomb.bin", bomb, bombCRC, 40<<20))...), ErrPartSize, "word/media/bomb.bin"},
		{"zip bomb under the part bound", buildZip(t, templateParts(t, rawPart("word/media/dense.bin", dense, denseCRC, 8<<20))...), ErrRatio, "word/media/dense.bin"},
		{"header that understates the size", buildZip(t, templateParts(t, rawPart("word/media/lie.bin", lying, lyingCRC, 1000))...), ErrPartSize, "word/media/lie.bin"},
		{"parts too large together", buildZip(t, templateParts(t,
			rawPart("word/media/a.bin", random, 0, 30<<20),
			rawPart("word/media/b.bin", random, 0, 30<<20),
			rawPart("word/media/c.bin", random, 0, 30<<20))...), ErrTotalSize, ""},
		{"bad checksum", buildZip(t, templateParts(t, rawPart("word/media/crc.bin", small, smallCRC+1, 1000))...), ErrPartCorrupt, "word/media/crc.bin"},
		{"duplicate entry", buildZip(t, templateParts(t, zipPart{name: "word/styles.xml", data: []byte("<x/>")})...), ErrDuplicatePart, "word/styles.xml"},
		{"duplicate entry by case", buildZip(t, templateParts(t, zipPart{name: "WORD/document.xml", data: []byte("<x/>")})...), ErrDuplicatePart, "WORD/document.xml"},
		{"path with ..", buildZip(t, templateParts(t, zipPart{name: "word/../../evil.xml", data: []byte("<x/>")})...), ErrPartName, ""},
		{"absolute path", buildZip(t, templateParts(t, zipPart{name: "/etc/evil.xml", data: []byte("<x/>")})...), ErrPartName, ""},
		{"backslash path", buildZip(t, templateParts(t, zipPart{name: `word\..\evil.xml`, data: []byte("<x/>")})...), ErrPartName, `word\..\evil.xml`},
		{"unknown method", buildZip(t, templateParts(t, zipPart{name: "word/x.bin", data: []byte("abc"),
			header: &zip.FileHeader{Name: "word/x.bin", Method: 99, CompressedSize64: 3, UncompressedSize64: 3}})...), ErrPartMethod, "word/x.bin"},
		{"no word/document.xml", buildZip(t, zipPart{name: "[Content_Types].xml", data: []byte("<Types/>")}), ErrNoMainPart, "word/document.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			r, err := New(tt.data)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if r != nil || err == nil {
				t.Fatal("the template was accepted")
			}
			var ae *ArchiveError
			if !errors.As(err, &ae) {
				t.Fatalf("error %v is no *ArchiveError", err)
			}
			if !errors.Is(err, tt.reason) || !errors.Is(err, ErrTemplate) {
				t.Errorf("error %v: want reason %v and ErrTemplate", err, tt.reason)
			}
			if tt.part != "" && ae.Part != tt.part {
				t.Errorf("part %q, want %q", ae.Part, tt.part)
			}
			msg := ae.Vietnamese()
			if tt.part != "" && !strings.HasPrefix(msg, "phần "+tt.part+" ") {
				t.Errorf("message %q does not name the part %s", msg, tt.part)
			}
			if took > time.Second {
				t.Errorf("refused after %v", took)
			}
			// The bound read of a part may allocate up to zipcheck.RatioFree; far
			// less than the gigabytes a bomb would take.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
				t.Errorf("allocated %d MiB before refusing", alloc>>20)
			}
		})
	}
}

// TestReadTemplateBound reads an endless stream: ReadTemplate stops past
// MaxTemplateSize and refuses it.
func TestReadTemplateBound(t *testing.T) {
	_, err := ReadTemplate(zeroReader{})
	if !errors.Is(err, ErrTemplateSize) {
		t.Fatalf("endless stream: %v, want ErrTemplateSize", err)
	}
	data, err := ReadTemplate(bytes.NewReader(embedded()))
	if err != nil || !bytes.Equal(data, embedded()) {
		t.Fatalf("embedded template: %v", err)
	}
}

// TestArchiveMessages checks the Vietnamese messages a clerk reads.
func TestArchiveMessages(t *testing.T) {
	tests := []struct {
		data []byte
		want string
	}{
		{nil, "tệp rỗng"},
		{[]byte("hello"), "không phải tệp .docx (tệp nén zip) hoặc đã bị hỏng, cắt cụt"},
		{buildZip(t, zipPart{name: "a.xml", data: []byte("<a/>")}), "phần word/document.xml bị thiếu (đó là nội dung chính của văn bản Word)"},
	}
	for _, tt := range tests {
		_, err := New(tt.data)
		var ae *ArchiveError
		if !errors.As(err, &ae) || ae.Vietnamese() != tt.want {
			t.Errorf("got %v, want message %q", err, tt.want)
		}
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestTemplateWithoutRelationships checks that a template whose main part
// has no relationships part is refused: its header and footer references
// would lead nowhere.
func TestTemplateWithoutRelationships(t *testing.T) {
	var kept []zipPart
	for _, p := range templateParts(t) {
		if p.name != relsPart {
			kept = append(kept, p)
		}
	}
	if len(kept) == len(templateParts(t)) {
		t.Fatalf("the embedded template has no %s", relsPart)
	}
	_, err := New(buildZip(t, kept...))
	if !errors.Is(err, ErrTemplate) || !strings.Contains(err.Error(), relsPart) {
		t.Errorf("New = %v, want %v naming %s", err, ErrTemplate, relsPart)
	}
}
