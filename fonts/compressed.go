package fonts

import _ "embed"

//go:generate go run ./internal/zfont

// The faces' files compressed with zlib (written by go generate; each
// decompresses to the face's TrueType file, byte for byte), ready to embed in
// a PDF as a FlateDecode stream without compressing them for each document.
var (
	// RegularZ is Regular compressed.
	//
	//go:embed LiberationSerif-Regular.ttf.z
	RegularZ []byte

	// BoldZ is Bold compressed.
	//
	//go:embed LiberationSerif-Bold.ttf.z
	BoldZ []byte

	// ItalicZ is Italic compressed.
	//
	//go:embed LiberationSerif-Italic.ttf.z
	ItalicZ []byte

	// BoldItalicZ is BoldItalic compressed.
	//
	//go:embed LiberationSerif-BoldItalic.ttf.z
	BoldItalicZ []byte
)
