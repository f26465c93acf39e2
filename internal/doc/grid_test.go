package doc

import "testing"

func TestPlaceMergedHeader(t *testing.T) {
	rows := []Row{
		{Cells: []Cell{{Text: "TT", RowSpan: 2}, {Text: "Nhóm", ColSpan: 2}}},
		{Cells: []Cell{{Text: "a"}, {Text: "b"}}},
	}
	got, err := Place(rows, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{0, 0}, {0, 1}, {1, 1}, {1, 2}}
	var flat [][2]int
	for _, r := range got {
		for _, p := range r {
			flat = append(flat, [2]int{p.Row, p.Col})
		}
	}
	if len(flat) != len(want) {
		t.Fatalf("placed %v, want %v", flat, want)
	}
	for i := range want {
		if flat[i] != want[i] {
			t.Errorf("cell %d at %v, want %v", i, flat[i], want[i])
		}
	}
}

func TestPlaceErrors(t *testing.T) {
	tests := []struct {
		name string
		rows []Row
	}{
		{"short row", []Row{{Cells: []Cell{{Text: "a"}}}}},
		{"too wide", []Row{{Cells: []Cell{{Text: "a", ColSpan: 3}}}}},
		{"span past end", []Row{{Cells: []Cell{{Text: "a", RowSpan: 2}, {Text: "b"}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Place(tt.rows, 2); err == nil {
				t.Error("Place succeeded, want an error")
			}
		})
	}
}
