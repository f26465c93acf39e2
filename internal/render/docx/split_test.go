package docx

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testkit/zipparts"
)

func TestMergeRuns(t *testing.T) {
	const w = `xmlns:w="` + wordML + `"`
	tests := []struct{ in, want string }{
		{`<w:p ` + w + `><w:r><w:t>{{</w:t></w:r><w:r><w:t>bo</w:t></w:r><w:r><w:t>dy}}</w:t></w:r></w:p>`,
			`<w:p ` + w + `><w:r><w:t>{{body}}</w:t></w:r><w:r><w:t></w:t></w:r><w:r><w:t></w:t></w:r></w:p>`},
		{`<w:p ` + w + `><w:r><w:t>Số: {{num</w:t></w:r><w:r><w:t>ber}} &amp; x</w:t></w:r></w:p>`,
			`<w:p ` + w + `><w:r><w:t>Số: {{number}}</w:t></w:r><w:r><w:t> &amp; x</w:t></w:r></w:p>`},
		// As Word saves it: revision ids and spelling marks between the runs.
		{`<w:p ` + w + `><w:r w:rsidR="00A1"><w:t>{{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t>place_</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r w:rsidR="00C3"><w:t xml:space="preserve">date}} </w:t></w:r></w:p>`,
			`<w:p ` + w + `><w:r w:rsidR="00A1"><w:t>{{place_date}}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00B2"><w:rPr><w:lang w:val="en-US"/></w:rPr><w:t></w:t></w:r><w:proofErr w:type="spellEnd"/><w:r w:rsidR="00C3"><w:t xml:space="preserve"> </w:t></w:r></w:p>`},
		{`<w:p ` + w + `><w:r><w:t>{{ title }}</w:t></w:r></w:p>`,
			`<w:p ` + w + `><w:r><w:t>{{title}}</w:t></w:r></w:p>`},
		{`<w:p ` + w + `><w:r><w:t>no placeholder {{</w:t></w:r></w:p>`,
			`<w:p ` + w + `><w:r><w:t>no placeholder {{</w:t></w:r></w:p>`},
	}
	for _, tt := range tests {
		sc, err := scan(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := mergeRuns(tt.in, sc); got != tt.want {
			t.Errorf("mergeRuns(%s)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestTemplateErrors names the placeholders a template gets wrong.
func TestTemplateErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(string) string
		want   string
	}{
		{"missing body", func(s string) string { return strings.Replace(s, "{{body}}", "", 1) },
			"missing {{body}}"},
		{"unknown", func(s string) string { return strings.Replace(s, "{{title}}", "{{title}}{{tieu_de}}", 1) },
			"unknown {{tieu_de}}"},
		{"block not alone", func(s string) string { return strings.Replace(s, "{{body}}", "Nội dung: {{body}}", 1) },
			"not alone in their paragraph {{body}}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := rewritePart(t, embedded(), tt.change)
			_, err := New(bad)
			var perr *PlaceholderError
			if !errors.As(err, &perr) || !strings.Contains(perr.Error(), tt.want) {
				t.Errorf("New: %v, want a placeholder error with %q", err, tt.want)
			}
		})
	}
	// A placeholder in a part that kehoach does not fill would be printed
	// as it is, however its braces are written.
	for _, braces := range []string{"{{title}}", "&#123;&#x7B;title&#125;&#x7d;", "<![CDATA[{{title}}]]>"} {
		bad := rewriteNamedPart(t, embedded(), "word/header1.xml", func(s string) string {
			return strings.Replace(s, "</w:hdr>", "<w:p><w:r><w:t>"+braces+"</w:t></w:r></w:p></w:hdr>", 1)
		})
		_, err := New(bad)
		var perr *PlaceholderError
		if !errors.As(err, &perr) || !slices.Contains(perr.Unfilled, "title") {
			t.Errorf("New with %s in the header: %v, want {{title}} left unfilled", braces, err)
		}
	}
	if _, err := New([]byte("not a zip")); !errors.Is(err, ErrTemplate) {
		t.Errorf("New(not a zip) = %v, want ErrTemplate", err)
	}
}

// rewritePart returns template with its main part changed by change.
func rewritePart(t testing.TB, template []byte, change func(string) string) []byte {
	t.Helper()
	return rewriteNamedPart(t, template, "word/document.xml", change)
}

// rewriteNamedPart returns template with its part name changed by change.
func rewriteNamedPart(t testing.TB, template []byte, name string, change func(string) string) []byte {
	t.Helper()
	out, err := zipparts.Edit(template, func(part string, b []byte) ([]byte, error) {
		if part == name {
			return []byte(change(string(b))), nil
		}
		return b, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
