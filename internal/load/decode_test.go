package load

import (
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
)

// kind is a data file of another document kind than a plan.
type kind struct {
	Head struct {
		Title string `toml:"title"`
	} `toml:"head"`
	Items []struct {
		Count int `toml:"count"`
	} `toml:"items"`
}

func TestDecodeAnotherKind(t *testing.T) {
	const file = "[head]\ntitle = \"  Báo cáo  \"\n\n[[items]]\ncount = 3\n\n[[items]]\ncount = \"4\"\n"
	var k kind
	d, err := Decode("k.toml", []byte(file), &k)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if k.Head.Title != "Báo cáo" || len(k.Items) != 2 || k.Items[0].Count != 3 {
		t.Errorf("decoded %+v", k)
	}
	if !d.Written("items[0].count") || d.Written("items[1].count") || d.Written("head.subject") {
		t.Error("Written: want items[0].count only (items[1].count is of the wrong kind)")
	}
	err = d.Finish([]plan.Problem{
		{Field: "items[1].count", Message: "thiếu trường bắt buộc: số"}, // follows from the wrong kind
		{Field: "head.title", Message: "tên sai"},
	})
	var errs dataerr.List
	if !errors.As(err, &errs) {
		t.Fatalf("Finish: %v, want a dataerr.List", err)
	}
	want := []string{
		"k.toml, dòng 2, trường head.title: tên sai.",
		`k.toml, dòng 8, trường items[1].count: sai kiểu giá trị: cần số nguyên, nhưng đây là chuỗi "4" (viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: count = 4).`,
	}
	if got := strings.Split(errs.Error(), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Finish:\n got  %q\n want %q", got, want)
	}
}

func TestDecodeRefusesBeforeDecoding(t *testing.T) {
	var k kind
	_, err := Decode("k.toml", []byte(strings.Repeat("a.", 5)+"b = 1\n"), &k)
	var errs dataerr.List
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].File != "k.toml" {
		t.Fatalf("Decode of a key of 6 parts: %v, want one problem of k.toml", err)
	}
	_, err = Decode("k.toml", []byte("[head\n"), &k)
	if !errors.As(err, &errs) || !strings.Contains(errs.Error(), "lỗi cú pháp TOML") {
		t.Errorf("Decode of a broken table: %v, want a syntax problem", err)
	}
	if d, err := Decode("k.toml", []byte("[head]\ntitle = \"x\"\n"), &k); err != nil || d.Finish(nil) != nil {
		t.Errorf("Decode of a good file: %v", err)
	}
}
