package release

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// GoBuild returns the Builder that runs the go command on the source tree
// src: static (no cgo), with paths trimmed, without VCS facts or a build
// id, at the baseline instruction set of each architecture, so that the
// same source and Go give the same bytes on any machine.
func GoBuild(src string) Builder {
	return func(ctx context.Context, t Target, version, revision string) ([]byte, error) {
		tmp, err := os.MkdirTemp("", "kehoach-release-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		bin := filepath.Join(tmp, t.Program())
		ldflags := []string{"-s", "-w", "-buildid=", "-X", "main.version=" + version}
		if revision != "" {
			ldflags = append(ldflags, "-X", "main.revision="+revision)
		}
		cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-buildvcs=false",
			"-ldflags="+strings.Join(ldflags, " "), "-o", bin, "./cmd/kehoach")
		cmd.Dir = src
		cmd.Env = append(os.Environ(),
			"GOOS="+t.GOOS, "GOARCH="+t.GOARCH, "CGO_ENABLED=0",
			"GOFLAGS=", "GOAMD64=v1", "GOARM64=v8.0")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("go build: %w\n%s", err, out.Bytes())
		}
		return os.ReadFile(bin)
	}
}
