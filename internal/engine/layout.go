package engine

import (
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
)

// fieldError is a renderer's error about one element of the document that
// cannot be laid out: it names the data field the element prints and says
// what is wrong in Vietnamese.
type fieldError interface {
	error
	DataField() string
	Vietnamese() string
}

// dataError turns a renderer's error about the document into a data error
// of src, located at its field's line; other errors are returned wrapped.
func dataError(src Source, err error) error {
	var fe fieldError
	if !errors.As(err, &fe) {
		return fmt.Errorf("engine: %s: %w", src.Name, err)
	}
	return dataerr.List{{
		File:    src.Name,
		Line:    load.Line(src.Data, fe.DataField()),
		Field:   fe.DataField(),
		Message: fe.Vietnamese(),
	}}
}
