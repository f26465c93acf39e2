package kind

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
)

func TestBeside(t *testing.T) {
	var got []string
	read := Beside(filepath.Join("a", "b", "bc.toml"), func(ctx context.Context, path string) (*plan.Plan, Source, error) {
		got = append(got, path)
		return nil, Source{}, nil
	})
	abs, _ := filepath.Abs("kh.toml")
	for _, ref := range []string{"kh.toml", "../lưu/kh.pdf", abs} {
		read(context.Background(), ref)
	}
	want := []string{filepath.Join("a", "b", "kh.toml"), filepath.Join("a", "lưu", "kh.pdf"), abs}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Beside read %q, want %q", got, want)
	}
}
