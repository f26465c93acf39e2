package load

import "testing"

func TestIndexLines(t *testing.T) {
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
	ix := indexLines([]byte(data))
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
		if got := ix.line(tt.path); got != tt.line {
			t.Errorf("line(%q) = %d, want %d", tt.path, got, tt.line)
		}
	}
}

func TestIndexLinesKeepsLinesBeforeASyntaxError(t *testing.T) {
	ix := indexLines([]byte("[document]\nnumber = 44\nplace = Cam Lộ\n"))
	if got := ix.line("document.number"); got != 2 {
		t.Errorf("line(document.number) = %d, want 2", got)
	}
}
