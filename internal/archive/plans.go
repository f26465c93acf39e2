package archive

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// An archived PDF carries, beside the document's data file, the data file
// of every plan the document was built from (engine.Result.Uses: a
// report's plan), so that the version proves what it is, and gives its
// data back, with nothing but itself. A plan is embedded under the name
// planAttachment gives the reference the document's data file writes
// (plan = "cam-lo-2021.toml" → "ke-hoach-cam-lo-2021.toml"); when the
// document is read back from the PDF, its reference is resolved to that
// attachment alone (Embedded.planReader), never to a file on disk.

// planPrefix opens the name of an embedded plan. A document's own data
// file is embedded under a name that starts with its number or with
// pendingPrefix, never with this.
const planPrefix = "ke-hoach-"

// maxPlans is the most plans a PDF may carry beside its document's data.
const maxPlans = 8

// planAttachment is the name under which a PDF carries the plan that a
// document's data file names as ref: planPrefix, then the file name of
// ref without folder, drive nor extension, with ".toml" ("../2021/v1.pdf"
// → "ke-hoach-v1.toml").
func planAttachment(ref string) string {
	base := ref
	if i := strings.LastIndexAny(base, `/\:`); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.LastIndex(base, "."); i > 0 {
		base = base[:i]
	}
	return planPrefix + base + ".toml"
}

// planNameOK reports whether name may be an embedded plan's: a file name
// with no folder, drive or control character, no longer than a file name
// may be.
func planNameOK(name string) bool {
	return len(name) <= 255 && utf8.ValidString(name) &&
		!strings.ContainsAny(name, `/\:`) && strings.IndexFunc(name, unicode.IsControl) < 0
}

// planAttachments are the plans of res, built from src, as attachments of
// its PDF, whose document label names.
func planAttachments(src engine.Source, res *engine.Result, label string) ([]pdf.Attachment, error) {
	var out []pdf.Attachment
	seen := map[string]string{}
	for _, u := range res.Uses {
		name := planAttachment(u.Ref)
		if !planNameOK(name) {
			return nil, dataerr.List{{File: src.Name, Line: load.Line(src.Data, "document.plan"), Field: "document.plan", Message: fmt.Sprintf(
				"tên tệp kế hoạch %q có ký tự điều khiển hoặc quá dài, không nhúng được vào bản lưu trữ; hãy đổi tên tệp", u.Ref)}}
		}
		if ref, ok := seen[name]; ok {
			if ref == u.Ref {
				continue
			}
			return nil, dataerr.List{{File: src.Name, Message: fmt.Sprintf(
				"hai kế hoạch %q và %q có cùng tên tệp nên không nhúng được cả hai vào bản lưu trữ; hãy đổi tên một tệp", ref, u.Ref)}}
		}
		seen[name] = u.Ref
		out = append(out, pdf.Attachment{
			Name:        name,
			Description: "Dữ liệu nguồn (TOML) của kế hoạch mà văn bản " + label + " dựa vào",
			Content:     u.Data,
		})
	}
	if len(out) > maxPlans {
		return nil, dataerr.List{{File: src.Name, Message: fmt.Sprintf("văn bản dựa vào %d kế hoạch, bản lưu trữ nhúng tối đa %d", len(out), maxPlans)}}
	}
	return out, nil
}

// planReader reads the plans that e's document names from the plans e
// carries, the PDF being named path in messages: a reference whose plan
// the PDF does not carry is a data error at the document's plan field.
func (e *Embedded) planReader(path string) kind.PlanReader {
	return func(_ context.Context, ref string) (*plan.Plan, kind.Source, error) {
		name := planAttachment(ref)
		data, ok := e.Plans[name]
		if !ok {
			const field = "document.plan"
			return nil, kind.Source{}, dataerr.List{{File: path + ":" + e.SourceName, Line: load.Line(e.Source, field), Field: field,
				Message: fmt.Sprintf("PDF không mang kèm dữ liệu của kế hoạch %q mà văn bản nêu (tệp nhúng %s): bản lưu trữ phải tự mang đủ dữ liệu để chứng minh nội dung của nó", ref, name)}}
		}
		src := kind.Source{Name: path + ":" + name, Data: data}
		p, err := load.Read(src.Name, src.Data)
		if err != nil {
			return nil, kind.Source{}, err
		}
		return p, src, nil
	}
}

// document loads the document whose data e carries, with the plans e
// carries, as the engine loaded it when it was archived; the PDF is named
// path in messages.
func (e *Embedded) document(ctx context.Context, path string) (*engine.Result, error) {
	return engine.Load(ctx, engine.Source{Name: path + ":" + e.SourceName, Data: e.Source}, e.planReader(path))
}

// planSums are the SHA-256 sums of the plans e carries, by the name each
// is embedded under; nil when there are none.
func (e *Embedded) planSums() map[string]string {
	if len(e.Plans) == 0 {
		return nil
	}
	out := make(map[string]string, len(e.Plans))
	for name, data := range e.Plans {
		out[name] = sum(data)
	}
	return out
}

// PlanFile is a plan that an archived PDF carries, as extract gives it
// back.
type PlanFile struct {
	// Ref is the plan as the document's data file names it
	// ("cam-lo-2021.toml"); "" when the document cannot be read.
	Ref string
	// Name is the file name to give it: the name of the file ref names,
	// as a data file ("cam-lo-2021.toml"), so that beside the document's
	// data file it is the plan a bare file name names.
	Name string
	Data []byte
}

// PlanFiles returns the plans e carries, in name order; the PDF is named
// path in messages. Each names the reference the document's data file
// gives it when the document reads back from the PDF; one that does not
// is still given, with no reference.
func (e *Embedded) PlanFiles(ctx context.Context, path string) []PlanFile {
	refs := map[string]string{}
	if res, err := e.document(ctx, path); err == nil {
		for _, u := range res.Uses {
			refs[planAttachment(u.Ref)] = u.Ref
		}
	}
	var out []PlanFile
	for _, name := range slices.Sorted(maps.Keys(e.Plans)) {
		out = append(out, PlanFile{Ref: refs[name], Name: strings.TrimPrefix(name, planPrefix), Data: e.Plans[name]})
	}
	return out
}
