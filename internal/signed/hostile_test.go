package signed

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// TestCheckHostileByteRange: whatever numbers a signature dictionary
// holds, Check refuses them with a reason and never crashes.
func TestCheckHostileByteRange(t *testing.T) {
	data := fixture(t, "signer.pdf")
	base := baseSize(t)
	revs, err := quickRead(context.Background(), data, []int64{base, int64(len(data))})
	if err != nil {
		t.Fatal(err)
	}
	good := revs.Revisions[1].Signatures[0]
	h1, h2, n := good.ByteRange[1], good.ByteRange[2], int64(len(data))
	tests := []struct {
		name string
		edit func(s *pdfread.Signature)
		want string
	}{
		{"not an array", func(s *pdfread.Signature) { s.ByteRange, s.BadByteRange = nil, true }, "không phải mảng"},
		{"three numbers", func(s *pdfread.Signature) { s.ByteRange = s.ByteRange[:3] }, "cần đúng 4"},
		{"negative", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h1, -h2, n + h2} }, "số âm"},
		{"overflowing", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h1, h2, math.MaxInt64} }, "vượt quá cỡ tệp"},
		{"beyond the file", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h1, n + 1, 0} }, "vượt quá cỡ tệp"},
		{"not from byte 0", func(s *pdfread.Signature) { s.ByteRange = []int64{1, h1 - 1, h2, n - h2} }, "không bắt đầu từ byte 0"},
		{"short of the end", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h1, h2, n - h2 - 1} }, "không kết thúc ở cuối"},
		{"hole in the archived version", func(s *pdfread.Signature) { s.ByteRange = []int64{0, base - 10, h2, n - h2} }, "không nằm trong lần cập nhật"},
		{"hole reversed", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h2, h1, n - h1} }, "không nằm trong lần cập nhật"},
		{"hole not a hex string", func(s *pdfread.Signature) { s.ByteRange = []int64{0, h1 + 1, h2, n - h2} }, "không phải một chuỗi hệ 16"},
		{"hole not its Contents", func(s *pdfread.Signature) { s.Contents = append([]byte{1}, s.Contents[1:]...) }, "không đúng là chuỗi Contents"},
		{"Contents not a string", func(s *pdfread.Signature) { s.Contents, s.BadContents = nil, true }, "không phải chuỗi"},
		{"other sub-filter", func(s *pdfread.Signature) { s.SubFilter = "adbe.pkcs7.sha1" }, "không được hỗ trợ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := good
			s.ByteRange = append([]int64(nil), good.ByteRange...)
			tt.edit(&s)
			rev := revs.Revisions[1]
			rev.Signatures = []pdfread.Signature{s, rev.Signatures[1]}
			_, err := check(data, []int64{base, n}, []pdfread.Revision{revs.Revisions[0], rev}, Options{})
			if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want a refusal saying %q", err, tt.want)
			}
		})
	}
}

// TestCheckSignatureRemoved: a later revision that drops or replaces a
// signature is refused.
func TestCheckSignatureRemoved(t *testing.T) {
	data := fixture(t, "two.pdf")
	base := baseSize(t)
	r1 := int64(len(fixture(t, "signer.pdf")))
	ends := []int64{base, r1, int64(len(data))}
	revs, err := quickRead(context.Background(), data, ends)
	if err != nil {
		t.Fatal(err)
	}
	last := revs.Revisions[2]
	last.Signatures = last.Signatures[1:]
	_, err = check(data, ends, []pdfread.Revision{revs.Revisions[0], revs.Revisions[1], last}, Options{})
	if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), "xóa chữ ký đã có ở trường «Signer»") {
		t.Errorf("err = %v, want the removal refused", err)
	}
}
