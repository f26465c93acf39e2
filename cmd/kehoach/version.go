package main

import (
	"context"
	"flag"
	"fmt"
	"runtime/debug"

	"github.com/kehoach/kehoach/internal/archive"
)

// VersionCommand is "kehoach version": say which kehoach this is.
type VersionCommand struct {
	main *Main
}

const versionUsage = `Cách dùng: kehoach version

In phiên bản của kehoach và, khi bản dựng có ghi, mã bản sửa đổi (commit)
của mã nguồn. Bản phát hành in số phiên bản đã gắn khi dựng. Bản chạy bằng
"go run" hay dựng từ thư mục mã nguồn không có số phiên bản: phiên bản hiện là
"(devel)".
`

// develVersion is the module version of a build from a source tree.
const develVersion = "(devel)"

// version and revision are stamped into a release build with
// -ldflags "-X main.version=... -X main.revision=..."; when set they win
// over the build information, which a reproducible release build leaves
// without a VCS revision.
var version, revision string

// Run prints the version.
func (c *VersionCommand) Run(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach version", flag.ContinueOnError)
	rest, err := parseArgs(fs, args, versionUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) > 0 {
		return usagef("lệnh version không nhận tham số %q", rest[0])
	}
	t, info := buildTool()
	fmt.Fprintf(c.main.Stdout, "kehoach %s\n", t.Version)
	if t.Version == develVersion {
		fmt.Fprintln(c.main.Stdout, "(bản dựng từ mã nguồn, chưa gắn số phiên bản)")
	}
	if t.Revision != "" {
		fmt.Fprintf(c.main.Stdout, "bản sửa đổi: %s\n", t.Revision)
	}
	if info.time != "" {
		fmt.Fprintf(c.main.Stdout, "thời điểm của bản sửa đổi: %s\n", info.time)
	}
	if info.goVersion != "" {
		fmt.Fprintf(c.main.Stdout, "dựng bằng %s\n", info.goVersion)
	}
	return nil
}

// buildFacts are the facts of the build that Tool does not carry.
type buildFacts struct {
	time, goVersion string
}

// buildTool reads the running kehoach's version: the stamped version and
// revision when a release build set them, else from its build information:
// the module version ("(devel)" when built from a source tree without one,
// as by go run or go test) and the VCS revision, marked "-dirty" when the
// tree had uncommitted changes.
func buildTool() (archive.Tool, buildFacts) {
	t, facts := readBuildInfo()
	if version != "" {
		t.Version = version
	}
	if revision != "" {
		t.Revision = revision
	}
	return t, facts
}

// readBuildInfo reads the version facts from the build information.
func readBuildInfo() (archive.Tool, buildFacts) {
	t := archive.Tool{Version: develVersion}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return t, buildFacts{}
	}
	if v := info.Main.Version; v != "" {
		t.Version = v
	}
	facts := buildFacts{goVersion: info.GoVersion}
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			t.Revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		case "vcs.time":
			facts.time = s.Value
		}
	}
	if t.Revision != "" && modified {
		t.Revision += "-dirty"
	}
	return t, facts
}
