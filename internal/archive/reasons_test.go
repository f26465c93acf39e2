package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// TestAddWriteFailuresAreWrites: a folder or lock file of the archive
// that cannot be made is an *output.Error, as any file that cannot be
// written, naming what failed; not an error that reads as a missing or
// unreadable input.
func TestAddWriteFailuresAreWrites(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "tep")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "luu-tru")
	lockPath := filepath.Join(locked, docDir, lockName)
	if err := os.MkdirAll(lockPath, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, root, op, path string
	}{
		{"root is a file", file, output.OpFolder, file},
		{"root under a file", filepath.Join(file, "con"), output.OpFolder, file},
		{"lock file is a folder", locked, output.OpWrite, lockPath},
	}
	for _, tt := range tests {
		_, err := newArchive(t, tt.root, Options{}).Add(context.Background(), sampleSource(t, ""), when)
		var outErr *output.Error
		if !errors.As(err, &outErr) || outErr.Op != tt.op || outErr.Path != tt.path {
			t.Errorf("%s: err = %v, want an *output.Error %q of %s", tt.name, err, tt.op, tt.path)
		}
	}
}

// TestExtractSaysWhyInVietnamese: a PDF whose data file cannot be
// extracted is refused with the reason in Vietnamese; only a cause found
// by the PDF library is given in the library's words, after a Vietnamese
// one.
func TestExtractSaysWhyInVietnamese(t *testing.T) {
	ctx := context.Background()
	e, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := sampleSource(t, "")
	res, err := e.Build(ctx, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	render := func(files ...pdf.Attachment) []byte {
		data, _, err := e.RenderPDF(ctx, src, res, pdf.Extras{Attachments: files})
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	big := append(bytes.Repeat([]byte("# chú thích\n"), load.MaxFileSize/10), src.Data...)
	const prefix = "không đọc được PDF hoặc tệp dữ liệu nhúng trong đó: "
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"data file over 1 MiB", render(pdf.Attachment{Name: "a.toml", Content: big}),
			prefix + "tệp dữ liệu nhúng lớn hơn giới hạn 1 MiB (1.048.576 byte)"},
		{"two data files", render(pdf.Attachment{Name: "a.toml", Content: src.Data}, pdf.Attachment{Name: "b.toml", Content: src.Data}),
			prefix + "PDF nhúng hơn một tệp dữ liệu .toml của văn bản, bản lưu trữ của kehoach chỉ nhúng một"},
		{"too many plans", render(append([]pdf.Attachment{{Name: "a.toml", Content: src.Data}}, plans(maxPlans+1, src.Data)...)...),
			prefix + "PDF nhúng hơn 8 kế hoạch, bản lưu trữ của kehoach không nhúng nhiều như vậy"},
		{"a plan twice", render(append([]pdf.Attachment{{Name: "a.toml", Content: src.Data}}, append(plans(1, src.Data), plans(1, src.Data)...)...)...),
			prefix + "PDF nhúng hơn một tệp dữ liệu .toml của văn bản"},
		{"a plan named with a folder", render(pdf.Attachment{Name: "a.toml", Content: src.Data}, pdf.Attachment{Name: planPrefix + "../../x.toml", Content: src.Data}),
			prefix + "PDF nhúng một kế hoạch dưới tên tệp không hợp lệ"},
		{"not a PDF", []byte("xin chào"), prefix + "PDF hỏng hoặc không đúng cấu trúc (chi tiết: "},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name+".pdf")
		if err := os.WriteFile(path, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ExtractFile(context.Background(), path)
		var errs dataerr.List
		if !errors.As(err, &errs) || len(errs) != 1 || !strings.HasPrefix(errs[0].Message, tt.want) {
			t.Errorf("%s: err = %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

// plans are n plans embedded as an archived PDF embeds a report's plan,
// each data.
func plans(n int, data []byte) []pdf.Attachment {
	out := make([]pdf.Attachment, n)
	for i := range out {
		out[i] = pdf.Attachment{Name: planAttachment(fmt.Sprintf("k%d.toml", i)), Content: data}
	}
	return out
}

func TestSizeErrorVietnamese(t *testing.T) {
	tests := []struct {
		e    SizeError
		want string
	}{
		{SizeError{What: "PDF", Size: 100 << 20, Max: 64 << 20}, "PDF dài 104.857.600 byte, lớn hơn giới hạn 64 MiB (67.108.864 byte)"},
		{SizeError{What: "tệp dữ liệu nhúng", Size: 1<<20 + 1, Max: 1 << 20}, "tệp dữ liệu nhúng lớn hơn giới hạn 1 MiB (1.048.576 byte)"},
		{SizeError{What: "tệp", Size: 5000, Max: 1000}, "tệp dài 5.000 byte, lớn hơn giới hạn 1.000 byte"},
	}
	for _, tt := range tests {
		if got := tt.e.Vietnamese(); got != tt.want {
			t.Errorf("Vietnamese() = %q, want %q", got, tt.want)
		}
	}
}
