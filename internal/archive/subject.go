package archive

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// subjectKey is what tells two subjects apart: they are one subject when
// they agree once composed (NFC) and with every run of white space made
// one space.
func subjectKey(s string) string {
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// checkSubject refuses p, from src, as the next version of the document
// of dir whose manifest is m, when its subject is not the latest
// version's: a number is given to one document only, and another plan
// that reuses it is another document. The refusal names both subjects
// and the next free number.
func (a *Archive) checkSubject(ctx context.Context, src engine.Source, p *plan.Plan, dir string, m *Manifest) error {
	last := m.last()
	if last == nil {
		return nil
	}
	prev := *last
	if err := fillParticulars(ctx, dir, &prev); err != nil {
		return err
	}
	if subjectKey(prev.Subject) == subjectKey(p.Document.Subject) {
		return nil
	}
	next := "chưa biết được (hãy chạy kehoach archive next-number)"
	if n, _ := NextNumber(a.root, m.Document.Issuer, m.Document.Year, p.Document.Type); n != nil {
		next = fmt.Sprintf("%s/%s-%s", vnfmt.DocNumber(n.Next), p.Document.Type, p.Issuer.Symbol)
	}
	return dataerr.List{{
		File:  src.Name,
		Line:  load.Line(src.Data, "document.number"),
		Field: "document.number",
		Message: fmt.Sprintf("số %s năm %d của %s đã cấp cho văn bản “%s” (đã lưu %d phiên bản), "+
			"còn tệp này có trích yếu “%s”: mỗi số chỉ cấp cho một văn bản, nên không lưu văn bản này dưới số đó. "+
			"Số kế tiếp còn trống là %s. Nếu đây là phiên bản mới của chính văn bản đã lưu, hãy giữ nguyên trích yếu",
			m.Document.Number, m.Document.Year, m.Document.Issuer, prev.Subject, len(m.Versions), p.Document.Subject, next),
	}}
}
