package tomlpos

import (
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	const data = "\uFEFF# lines of keys, tables and list entries\r\n" + // 1
		"units = [\r\n" + // 2
		"  { name = \"A\", households = 10 },\r\n" + // 3
		"  { name = \"B\",\r\n" + // 4
		"    households = 20 },\r\n" + // 5
		"]\r\n" + // 6
		"[[responsibilities]]\r\n" + // 7
		"agency = \"X\"\r\n" + // 8
		"duties = [\r\n" + // 9
		"  \"a\",\r\n" + // 10
		"  # a comment\r\n" + // 11
		"  \"b\",\r\n" + // 12
		"]\r\n" + // 13
		"[[responsibilities]]\r\n" + // 14
		"[responsibilities.more]\r\n" + // 15
		"x.y = [[1, 2], [3]]\r\n" + // 16
		"[\"quoted key\"]\r\n" // 17
	ix := New([]byte(data))
	tests := []struct {
		path string
		line int
	}{
		{"units", 2},
		{"units[0]", 3},
		{"units[0].households", 3},
		{"units[1].name", 4},
		{"units[1].households", 5},
		{"units[1].reduction", 4}, // missing: the entry's line
		{"responsibilities", 7},
		{"responsibilities[0]", 7},
		{"responsibilities[0].agency", 8},
		{"responsibilities[0].duties", 9},
		{"responsibilities[0].duties[0]", 10},
		{"responsibilities[0].duties[1]", 12},
		{"responsibilities[1]", 14},
		{"responsibilities[1].more", 15},
		{"responsibilities[1].more.x.y[1][0]", 16},
		{"quoted key", 17},
		{"signer.name", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := ix.Line(tt.path); got != tt.line {
			t.Errorf("line(%q) = %d, want %d", tt.path, got, tt.line)
		}
	}
}

func TestLineKeepsLinesBeforeASyntaxError(t *testing.T) {
	ix := New([]byte("[document]\nnumber = 44\nplace = Cam Lộ\n"))
	if got := ix.Line("document.number"); got != 2 {
		t.Errorf("line(document.number) = %d, want 2", got)
	}
}

func TestPositionCountsCharacters(t *testing.T) {
	const data = "\uFEFFa = \"Cam Lộ\"\r\nbb = 1\n\nc = \"ạ\"" // the BOM is not a column
	ix := New([]byte(data))
	tests := []struct {
		find      string
		line, col int
	}{
		{"a", 1, 1},
		{"\"\r", 1, 12}, // after "Cam Lộ": 11 characters
		{"bb", 2, 1},
		{"1", 2, 6},
		{"c", 4, 1},
		{"\"ạ", 4, 5},
	}
	text := string(ix.Text())
	for _, tt := range tests {
		line, col := ix.Position(strings.Index(text, tt.find))
		if line != tt.line || col != tt.col {
			t.Errorf("position(%q) = %d, %d; want %d, %d", tt.find, line, col, tt.line, tt.col)
		}
	}
	if line, col := ix.Position(len(text)); line != 4 || col != 8 {
		t.Errorf("position(end) = %d, %d; want 4, 8", line, col)
	}
}

func TestFieldAt(t *testing.T) {
	const data = "[document]\nnumber = 1\n" +
		"[[units]]\nname = \"A\"\n" +
		"[[units]]\nname = \"B\"\n" +
		"[[responsibilities]]\n[[responsibilities]]\nduties = [\"x\"]\n"
	ix := New([]byte(data))
	second := strings.Index(data, "name = \"B\"")
	tests := []struct {
		key    string
		offset int
		want   string
	}{
		{"document.number", 12, "document.number"},
		{"units.name", strings.Index(data, "name = \"A\""), "units[0].name"},
		{"units.name", second, "units[1].name"},
		{"responsibilities.duties", len(data) - 2, "responsibilities[1].duties"},
		{"document", 12, ""}, // a table is no one value
		{"units", second, ""},
		{"", second, ""},
		{"units.name", 0, "units.name"}, // before any entry
	}
	for _, tt := range tests {
		if got := ix.FieldAt(tt.key, tt.offset); got != tt.want {
			t.Errorf("fieldAt(%q, %d) = %q, want %q", tt.key, tt.offset, got, tt.want)
		}
	}
}

func TestLooseLine(t *testing.T) {
	const data = "[header]\n" + // 1
		"number = 1\n" + // 2
		"[[body]]\n" + // 3
		"items = [\n" + // 4
		"  { name = \"a\" },\n" + // 5
		"  { text = \"b\" },\n" + // 6
		"]\n" + // 7
		"[[body]]\n" + // 8
		"text = \"c\"\n" // 9
	ix := New([]byte(data))
	tests := []struct {
		path         string
		loose, exact int
	}{
		{"header.number", 2, 2},
		{"body", 3, 3},
		{"body.text", 9, 3},             // the first text of any body entry
		{"body.items.text", 6, 3},       // the first item that has a text
		{"body[0].items[1].text", 6, 6}, // indexes are looked up as written
		{"body[1].text", 9, 9},
		{"body[0].items[0].text", 5, 5}, // missing: the entry's line
		{"body.missing", 3, 3},
		{"footer", 0, 0},
	}
	for _, tt := range tests {
		if got := ix.LooseLine(tt.path); got != tt.loose {
			t.Errorf("LooseLine(%q) = %d, want %d", tt.path, got, tt.loose)
		}
		if got := ix.Line(tt.path); got != tt.exact {
			t.Errorf("Line(%q) = %d, want %d", tt.path, got, tt.exact)
		}
	}
}
