package archive

import (
	"context"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// ExtractFile reads the archived PDF at path and returns what it carries:
// its data file and version. The PDF must be a regular file of at most
// MaxPDFSize bytes; one that carries no data file, or cannot be read as a
// PDF within the reader's bounds, is a dataerr.List naming path. When ctx
// is done the reading stops and ctx's error is returned.
func ExtractFile(ctx context.Context, path string) (*Embedded, error) {
	data, err := readVersion(path)
	if err != nil {
		return nil, err
	}
	e, err := ReadEmbedded(ctx, data)
	if err != nil && ctx.Err() != nil {
		return nil, fmt.Errorf("archive: extract %s: %w", path, ctx.Err())
	}
	switch {
	case errors.Is(err, ErrNoSource):
		return nil, dataerr.List{{File: path, Message: "PDF này không mang tệp dữ liệu nguồn: không phải một bản lưu trữ của kehoach"}}
	case errors.Is(err, ErrChecksum):
		return nil, dataerr.List{{File: path, Message: "tệp dữ liệu nhúng trong PDF không khớp mã kiểm tra MD5 ghi kèm: tệp đã bị hỏng hoặc bị sửa"}}
	case pdfFailure(err) != "":
		return nil, dataerr.List{{File: path, Message: pdfFailure(err)}}
	case err != nil:
		return nil, dataerr.List{{File: path, Message: "không đọc được PDF hoặc tệp dữ liệu nhúng trong đó: " + reason(err)}}
	}
	return e, nil
}
