package load

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

func TestErrorsAs(t *testing.T) {
	_, err := Read("bad.toml", []byte("[document]\nnumber = \n"))
	wrapped := fmt.Errorf("render: %w", err)
	if !errors.As(wrapped, &dataerr.List{}) {
		t.Errorf("errors.As(%v, &dataerr.List{}) = false, want true", wrapped)
	}

	_, err = ReadFile(filepath.Join(t.TempDir(), "missing.toml"))
	if err == nil || errors.As(err, &dataerr.List{}) {
		t.Errorf("ReadFile(missing) = %v, want an error that is not a dataerr.List", err)
	}
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ReadFile(missing) = %v, want it to wrap os.ErrNotExist", err)
	}
}
