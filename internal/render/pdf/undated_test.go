package pdf

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/testkit/pdftext"
)

// TestBlankDates checks the patch of the Info dates on bytes laid out as
// fpdf writes them: only the two entries after the XMP packet become
// spaces, nothing moves, and anything but one entry of each is refused
// with the bytes left as they were.
func TestBlankDates(t *testing.T) {
	date := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	const (
		creation = "/CreationDate (D:20210101000000)"
		mod      = "/ModDate (D:20210101000000)"
		// The text of a document, in the packet, may repeat an entry.
		packet = "<x>" + creation + "\n" + mod + "\n</x>" + xpacketEnd + "\nendstream\nendobj\n"
		info   = "9 0 obj\n<<\n/Producer (kehoach)\n" + creation + "\n" + mod + "\n>>\nendobj\n"
	)
	blank := strings.Repeat(" ", len(creation))
	blankMod := strings.Repeat(" ", len(mod))
	tests := []struct {
		name, in, want string // want "" when refused
	}{
		{"one of each", packet + info, packet + "9 0 obj\n<<\n/Producer (kehoach)\n" + blank + "\n" + blankMod + "\n>>\nendobj\n"},
		{"no packet", info, ""},
		{"another date", packet + strings.ReplaceAll(info, "20210101", "20210318"), ""},
		{"no modification date", packet + strings.Replace(info, mod+"\n", "", 1), ""},
		{"an entry twice", packet + info + creation + "\n", ""},
		{"an entry within a line", packet + strings.Replace(info, "\n"+creation, " "+creation, 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := []byte(tt.in)
			err := blankDates(out, date)
			if tt.want == "" {
				if !errors.Is(err, ErrInfoDates) {
					t.Errorf("err = %v, want ErrInfoDates", err)
				}
				if string(out) != tt.in {
					t.Errorf("refused, yet the bytes changed:\n%s", out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tt.want {
				t.Errorf("got\n%q\nwant\n%q", out, tt.want)
			}
		})
	}
}

// TestUndatedPDFHasNoDate renders the sample as a draft without a date and
// reads the file back (its cross-reference table, its Info dictionary and
// its pages): no date entry in the Info dictionary, nor in the XMP packet,
// the other entries kept, and the same bytes from one render to the next.
func TestUndatedPDFHasNoDate(t *testing.T) {
	undated := composeSample(t, func(p *plan.Plan) { p.Document.Number, p.Document.Date = 0, "" })
	if !undated.Meta.Undated {
		t.Fatal("the draft without a date is not undated")
	}
	render := func() []byte {
		var buf bytes.Buffer
		if err := newRenderer(t).Render(context.Background(), &buf, undated); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	data := render()
	info, err := pdftext.Info(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"CreationDate", "ModDate"} {
		if v, ok := info[k]; ok {
			t.Errorf("Info %s = %q, want none", k, v)
		}
	}
	for k, want := range map[string]string{"Title": undated.Meta.Title, "Author": undated.Meta.Author, "Creator": "kehoach"} {
		if info[k] != want {
			t.Errorf("Info %s = %q, want %q", k, info[k], want)
		}
	}
	packet, err := pdftext.Metadata(data)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(packet, []byte("Date>")) || bytes.Contains(data, []byte("D:2021")) {
		t.Errorf("a date is left in the file; packet:\n%s", packet)
	}
	pages, err := pdftext.Read(data)
	if err != nil || len(pages) < 2 {
		t.Fatalf("%d pages, %v", len(pages), err)
	}
	if again := render(); !bytes.Equal(again, data) {
		t.Error("two renders of the undated draft differ")
	}
}
