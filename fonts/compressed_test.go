package fonts

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"
)

// TestCompressedFaces checks that each compressed face decompresses to its
// TrueType file exactly: the embedded font is the unmodified font.
func TestCompressedFaces(t *testing.T) {
	tests := []struct {
		name    string
		z, font []byte
	}{
		{"regular", RegularZ, Regular},
		{"bold", BoldZ, Bold},
		{"italic", ItalicZ, Italic},
		{"bold italic", BoldItalicZ, BoldItalic},
	}
	for _, tt := range tests {
		r, err := zlib.NewReader(bytes.NewReader(tt.z))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !bytes.Equal(got, tt.font) {
			t.Errorf("%s: the compressed file decompresses to %d bytes that differ from the %d of the face", tt.name, len(got), len(tt.font))
		}
		if len(tt.z) >= len(tt.font) {
			t.Errorf("%s: compressed to %d bytes, no fewer than %d", tt.name, len(tt.z), len(tt.font))
		}
	}
}
