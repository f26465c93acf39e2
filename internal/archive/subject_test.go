package archive

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
)

// sampleSubject is the sample's subject.
const sampleSubject = "Thực hiện Chương trình giảm nghèo năm 2021"

// variant is the sample with the number and subject given; edit, when not
// empty, is inserted in the introduction as sampleSource does.
func variant(t testing.TB, number int, subject, edit string) engine.Source {
	t.Helper()
	src := sampleSource(t, edit)
	for _, r := range [][2]string{
		{"number = 44 ", "number = " + strconv.Itoa(number) + " "},
		{`subject = "` + sampleSubject + `"`, `subject = "` + subject + `"`},
	} {
		if !bytes.Contains(src.Data, []byte(r[0])) {
			t.Fatalf("the sample has no %q; update variant", r[0])
		}
		src.Data = bytes.Replace(src.Data, []byte(r[0]), []byte(r[1]), 1)
	}
	return src
}

// TestOneNumberOneDocument: a plan that reuses an archived number with
// another subject is refused, naming the data file, the line and field of
// the number, both subjects and the next free number; the same subject,
// however composed or spaced, makes the next version, with its reason.
func TestOneNumberOneDocument(t *testing.T) {
	const other = "Hỗ trợ nhà ở cho hộ nghèo năm 2021"
	tests := []struct {
		name    string
		before  []engine.Source // archived first
		src     engine.Source
		reason  string
		refused bool
		want    []string // in the message when refused
		version int      // the version added when not
	}{
		{
			name:    "other subject",
			before:  []engine.Source{variant(t, 44, sampleSubject, "")},
			src:     variant(t, 44, other, ""),
			refused: true,
			want:    []string{"“" + sampleSubject + "”", "“" + other + "”", "Số kế tiếp còn trống là 45/KH-UBND", "số 44/KH-UBND năm 2021"},
		},
		{
			name:    "other subject, numbers with gaps",
			before:  []engine.Source{variant(t, 3, "Một", ""), variant(t, 44, sampleSubject, ""), variant(t, 47, "Hai", "")},
			src:     variant(t, 44, other, ""),
			refused: true,
			want:    []string{"Số kế tiếp còn trống là 48/KH-UBND"},
		},
		{
			name:    "same subject decomposed and spaced otherwise",
			before:  []engine.Source{variant(t, 44, sampleSubject, "")},
			src:     variant(t, 44, "  "+strings.ReplaceAll(norm.NFD.String(sampleSubject), " ", "   "), " (bổ sung)"),
			reason:  "sửa lỗi chính tả ở phần mở đầu",
			version: 2,
		},
		{
			name:    "same subject, no reason",
			before:  []engine.Source{variant(t, 44, sampleSubject, "")},
			src:     variant(t, 44, sampleSubject, " (bổ sung)"),
			version: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for _, src := range tt.before {
				add(t, root, src)
			}
			added, err := newArchive(t, root, Options{}).AddWithReason(context.Background(), tt.src, when, tt.reason)
			if tt.refused {
				var errs dataerr.List
				if !errors.As(err, &errs) || len(errs) != 1 {
					t.Fatalf("err = %v, want one problem", err)
				}
				e := errs[0]
				if e.File != "cam-lo-2021.toml" || e.Line != 13 || e.Field != "document.number" {
					t.Errorf("problem at %s line %d field %s, want cam-lo-2021.toml line 13 field document.number", e.File, e.Line, e.Field)
				}
				for _, w := range tt.want {
					if !strings.Contains(e.Message, w) {
						t.Errorf("message lacks %q:\n%s", w, e.Message)
					}
				}
				if got := manifestOf(t, root); len(got.Versions) != 1 {
					t.Errorf("manifest lists %d versions, want 1", len(got.Versions))
				}
				if _, err := os.Stat(filepath.Join(root, docDir, "v2.pdf")); err == nil {
					t.Error("v2.pdf written")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if added.Version.Version != tt.version || added.Version.Reason != tt.reason {
				t.Errorf("added v%d with reason %q, want v%d with %q", added.Version.Version, added.Version.Reason, tt.version, tt.reason)
			}
			if got := manifestOf(t, root).Versions[tt.version-1].Reason; got != tt.reason {
				t.Errorf("manifest records reason %q, want %q", got, tt.reason)
			}
		})
	}
}

// TestOldManifestSubject: a version recorded before the manifest carried
// subjects still refuses another subject: its subject is read from the
// data file its PDF carries.
func TestOldManifestSubject(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	// Rewrite the manifest as an older kehoach wrote it.
	path := filepath.Join(root, docDir, ManifestName)
	var raw map[string]any
	if err := json.Unmarshal(readFile(t, path), &raw); err != nil {
		t.Fatal(err)
	}
	v := raw["versions"].([]any)[0].(map[string]any)
	for _, k := range []string{"subject", "state", "type_name", "signer_position", "signer_name", "recipients", "pages"} {
		if _, ok := v[k]; !ok {
			t.Fatalf("manifest lacks %q", k)
		}
		delete(v, k)
	}
	data, _ := json.Marshal(raw)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if m := manifestOf(t, root); m.Versions[0].Subject != "" {
		t.Fatal("the old manifest still has a subject")
	}
	_, err := newArchive(t, root, Options{}).Add(context.Background(), variant(t, 44, "Việc khác", ""), when)
	if err == nil || !strings.Contains(err.Error(), "“"+sampleSubject+"”") {
		t.Errorf("err = %v, want a refusal naming %q", err, sampleSubject)
	}
}

// TestReasonChecked: a reason that is not one line of text is refused
// before anything is written.
func TestReasonChecked(t *testing.T) {
	for _, reason := range []string{"hai\ndòng", strings.Repeat("a", MaxReason+1), "\xff"} {
		root := t.TempDir()
		_, err := newArchive(t, root, Options{}).AddWithReason(context.Background(), sampleSource(t, ""), when, reason)
		if !errors.Is(err, ErrReason) {
			t.Errorf("reason %.20q: err = %v, want ErrReason", reason, err)
		}
		if es, _ := os.ReadDir(root); len(es) != 0 {
			t.Errorf("reason %.20q: archive not empty", reason)
		}
	}
}
