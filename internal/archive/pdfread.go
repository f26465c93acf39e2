package archive

import "context"

// readVersionData reads what the archived PDF data carries. Every read of
// a version's PDF in this package goes through it.
func readVersionData(ctx context.Context, data []byte) (*Embedded, error) {
	return ReadEmbedded(ctx, data)
}
