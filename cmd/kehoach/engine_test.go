package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFiguresAndNextLayout checks that figures-template and next check
// the data file as build does, layout included: a unit name too long for
// a row of the table is refused, naming its field, and nothing is written.
func TestFiguresAndNextLayout(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	name := "Xã " + strings.Repeat("Cam ", 450)
	tall := filepath.Join(dir, "tall.toml")
	if err := os.WriteFile(tall, []byte(strings.Replace(string(data), `name = "Xã Cam Thủy"`, `name = "`+name+`"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	want := tall + ", dòng 64, trường units[2].name: không dàn trang được"
	code, _, stderr := runMain(t, "figures-template", tall, "-o", filepath.Join(dir, "so-lieu.xlsx"))
	if code != exitData || !strings.Contains(stderr, want) {
		t.Errorf("figures-template: exit %d\n%s\nwant 1 and %q", code, stderr, want)
	}
	code, _, stderr = runMain(t, "next", tall, "--figures", filepath.Join(dir, "so-lieu.xlsx"), "-o", filepath.Join(dir, "2022.toml"))
	if code != exitData || !strings.Contains(stderr, want) {
		t.Errorf("next: exit %d\n%s\nwant 1 and %q", code, stderr, want)
	}
	assertFiles(t, dir, "tall.toml")
}

// TestFinalRefusesDraftBeforeRendering: build --final refuses a draft
// before it renders it: a draft that could not even be laid out is
// refused as a draft, and nothing is written.
func TestFinalRefusesDraftBeforeRendering(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), `name = "Xã Cam Thủy"`, `name = "Xã `+strings.Repeat("Cam ", 450)+`"`, 1)
	s = strings.Replace(s, "[document]\n", "[document]\ndraft = true\n", 1)
	tall := filepath.Join(dir, "tall.toml")
	if err := os.WriteFile(tall, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runMain(t, "build", "--final", "-o", filepath.Join(dir, "out"), tall)
	if code != exitData || !strings.Contains(stderr, "trường document.draft:") || strings.Contains(stderr, "không dàn trang được") {
		t.Errorf("build --final of a draft that cannot be laid out: exit %d\n%s\nwant 1 and only the draft refused", code, stderr)
	}
	assertFiles(t, dir, "tall.toml")
}
