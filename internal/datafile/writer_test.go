package datafile

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// TestQuoteHostile checks that strings TOML must escape round trip.
func TestQuoteHostile(t *testing.T) {
	for _, s := range []string{
		`a "quoted" word`, `back\slash`, `\u0041 is not A`, "tab\there", "line\nbreak", "cr\rhere",
		"nul\x00bell\x07esc\x1bdel\x7f", "'single' and ''' triple", `"""`, "# not a comment", "x = 1\n[table]",
		"Ủy ban nhân dân “Ngày Vì người nghèo”", "emoji 🎉", "\u202eRTL", "\ufeffBOM", "trailing \\",
	} {
		src := "v = " + Quote(s) + "\n"
		var got struct{ V string }
		if _, err := toml.Decode(src, &got); err != nil {
			t.Errorf("%q: %v (%s)", s, err, src)
			continue
		}
		if got.V != s {
			t.Errorf("%q came back as %q", s, got.V)
		}
	}
}

// TestKVComment checks that comments start at CommentCol, or two spaces
// after a value that reaches it.
func TestKVComment(t *testing.T) {
	var w Writer
	w.Num("households", 1458, "tổng số hộ")
	w.Str("name", "Xã Cam Tuyền", "tên đơn vị")
	w.Str("subject", "Thực hiện Chương trình giảm nghèo năm 2021", "trích yếu")
	w.Block("empty", nil, "bỏ")
	want := "households = 1458           # tổng số hộ\n" +
		"name = \"Xã Cam Tuyền\"       # tên đơn vị\n" +
		"subject = \"Thực hiện Chương trình giảm nghèo năm 2021\"  # trích yếu\n"
	if got := string(w.Bytes()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
