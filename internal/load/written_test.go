package load

import (
	"testing"

	"github.com/BurntSushi/toml"
)

func TestWritten(t *testing.T) {
	var raw map[string]any
	src := `
[document]
number = 0
[[units]]
name = "A"
[[units]]
name = "B"
households = 0
[recipients]
to = ["UBND tỉnh"]
`
	if _, err := toml.Decode(src, &raw); err != nil {
		t.Fatal(err)
	}
	tests := map[string]bool{
		"document.number":     true,
		"document.year":       false,
		"units[1].households": true,
		"units[0].households": false,
		"units[2].households": false,
		"units[1]":            true,
		"recipients.to[0]":    true,
		"recipients.to[1]":    false,
		"survey.year":         false,
		"units[x].name":       false,
	}
	for path, want := range tests {
		if got := written(raw, path); got != want {
			t.Errorf("written(%q) = %v, want %v", path, got, want)
		}
	}
}
