package load

import (
	"errors"
	"fmt"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

func TestErrorsAs(t *testing.T) {
	_, err := Read("bad.toml", []byte("[document]\nnumber = \n"))
	wrapped := fmt.Errorf("render: %w", err)
	if !errors.As(wrapped, &dataerr.List{}) {
		t.Errorf("errors.As(%v, &dataerr.List{}) = false, want true", wrapped)
	}

}
