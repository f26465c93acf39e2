package main

import (
	"strings"
	"testing"
)

// TestVersionStamped: a release build's stamped version and revision are
// what "kehoach version" prints, without the source-tree note.
func TestVersionStamped(t *testing.T) {
	defer func(v, r string) { version, revision = v, r }(version, revision)
	version, revision = "v1.2.0", "0123456789abcdef"
	code, stdout, _ := runMain(t, "version")
	if code != exitOK || !strings.HasPrefix(stdout, "kehoach v1.2.0\nbản sửa đổi: 0123456789abcdef\n") {
		t.Errorf("version: exit %d\n%s", code, stdout)
	}
	if strings.Contains(stdout, "devel") || strings.Contains(stdout, "chưa gắn số phiên bản") {
		t.Errorf("a stamped build says it is unversioned:\n%s", stdout)
	}
	if tool, _ := buildTool(); tool.Version != "v1.2.0" || tool.Revision != "0123456789abcdef" {
		t.Errorf("the archive records %+v", tool)
	}
}
