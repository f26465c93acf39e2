package load

// Decode bounds, decodes and normalises data (the content of the file named
// name) into dst, a pointer to the struct of a document kind whose field
// tags are the keys of the file, as Read does for a plan: bounds first,
// strict keys and kinds, every string trimmed and in NFC. A file beyond the
// bounds or with a syntax error gives a dataerr.List; every other problem
// waits for Finish.
func Decode(name string, data []byte, dst any) (*Decoded, error) {
	f, err := Parse(name, data)
	if err != nil {
		return nil, err
	}
	return f.Decode(dst), nil
}
