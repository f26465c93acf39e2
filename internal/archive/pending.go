package archive

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// pendingPrefix opens the folder name of a pending document: "chưa số".
const pendingPrefix = "chua-so-"

// identifyPending names the document of p, a plan to be signed (trình ký
// số): it has no number nor date yet, so its folder, under the issuer's
// folder and the plan's year (document.year), is named by its type and
// symbol and ends with a hash of the issuer's name, the year, the symbol
// and the exact subject: "chua-so-KH-UBND-1f3a5c7e". The same subject
// again is the same document, its next version; another subject is
// another document. ok is false as for identify.
func identifyPending(p *plan.Plan) (identity, bool) {
	issuer := strings.Join(p.Issuer.Name, " ")
	symbol := p.Document.Type + "-" + p.Issuer.Symbol
	issuerName := strings.ToLower(safeName(issuer))
	year := strconv.Itoa(p.Document.Year)
	base := pendingPrefix + safeName(strings.ToUpper(symbol))
	id := identity{
		Issuer:     issuer,
		Year:       p.Document.Year,
		Pending:    true,
		Symbol:     symbol,
		Subject:    p.Document.Subject,
		YearDir:    year,
		IssuerDir:  issuerName + "-" + shortHash(nameKey(issuer)),
		NumberDir:  base + "-" + shortHash(nameKey(issuer), year, nameKey(symbol), subjectKey(p.Document.Subject)),
		sourceBase: base,
	}
	// A pending document never had a folder of the earlier layout.
	id.legacyIssuerDir, id.legacyNumberDir = id.IssuerDir, id.NumberDir
	ok := issuerName != "" && safeName(p.Document.Type) != "" && safeName(p.Issuer.Symbol) != "" &&
		p.Document.Year > 0 && strings.TrimSpace(p.Document.Subject) != ""
	return id, ok
}

// holder is a document of the archive that holds a number.
type holder struct {
	Document Document
	Subject  string
}

// numberHolder finds a document of the archive at root, other than the
// one in the folder dir, that holds number (issuer and year as doc's) with
// a subject other than subject: nil when none does. With pendingOnly it
// looks at pending documents only, which hold the number they joined in
// their own folder; any other holds its number in the folder its number
// names.
func numberHolder(ctx context.Context, root, dir string, doc Document, number, subject string, pendingOnly bool) (*holder, error) {
	entries, _, err := listReadable(root)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		d := e.Manifest.Document
		if filepath.Clean(e.Dir) == filepath.Clean(dir) || pendingOnly && !d.Pending || d.Number == "" ||
			d.Year != doc.Year || nameKey(d.Issuer) != nameKey(doc.Issuer) || nameKey(d.Number) != nameKey(number) {
			continue
		}
		held := d.Subject
		if !d.Pending {
			last := e.Manifest.last()
			if last == nil {
				continue
			}
			v := *last
			if err := fillParticulars(ctx, e.Dir, &v); err != nil {
				return nil, err
			}
			held = v.Subject
		}
		if subjectKey(held) != subjectKey(subject) {
			return &holder{Document: d, Subject: held}, nil
		}
	}
	return nil, nil
}

// nextFree says the next free number of the issuer, year and type of
// number ("12/KH-UBND") in the archive at root, for a message.
func nextFree(root, issuer string, year int, number string) string {
	_, typ, _ := splitNumber(number)
	_, symbol, _ := strings.Cut(number, "/")
	if n, _ := NextNumber(root, issuer, year, typ); n != nil {
		return fmt.Sprintf("%s/%s", vnfmt.DocNumber(n.Next), symbol)
	}
	return "chưa biết được (hãy chạy kehoach archive next-number)"
}

// takenMessage says that number, held by h, is not given to another
// document whose subject is subject.
func takenMessage(root string, h *holder, subject string) string {
	d := h.Document
	return fmt.Sprintf("số %s năm %d của %s đã cấp cho văn bản “%s”, còn văn bản này có trích yếu “%s”: "+
		"mỗi số chỉ cấp cho một văn bản, nên không lưu văn bản này dưới số đó. Số kế tiếp còn trống là %s",
		d.Number, d.Year, d.Issuer, h.Subject, subject, nextFree(root, d.Issuer, d.Year, d.Number))
}

// joinNumber checks the number and date stamped at issue, given for a
// signed original (the file at path) of a version of the pending document
// of dir whose manifest is m, and returns the number as the archive writes
// it ("12/KH-UBND"): both must be given, the number must carry the
// document's symbol, the date must be in the plan's year (which the
// document prints), a document that joined a number keeps it, and no
// other document may hold the number with another subject.
func joinNumber(ctx context.Context, root, dir, path string, m *Manifest, opt SignedOptions) (string, error) {
	d := m.Document
	if opt.Number == "" || opt.Date == "" {
		return "", dataerr.List{{File: path, Field: "--number, --date", Message: fmt.Sprintf(
			"tệp này là bản ký số của %s; văn bản chưa có số nên phải nêu số và ngày đã đóng khi ban hành: "+
				"kehoach archive signed --number 12/%s --date ngày/tháng/năm %s", d.describe(), d.Symbol, filepath.Base(path))}}
	}
	number, ok := stampedNumber(opt.Number, d.Symbol)
	if !ok {
		return "", dataerr.List{{File: path, Field: "--number", Message: fmt.Sprintf(
			"số %q không đúng dạng số/ký hiệu của văn bản này (như 12/%s)", opt.Number, d.Symbol)}}
	}
	if date, err := plan.ParseDate(opt.Date); err != nil || date.Year != d.Year {
		return "", dataerr.List{{File: path, Field: "--date", Message: fmt.Sprintf(
			"ngày ban hành %s không phải một ngày của năm %d, năm in trên văn bản trình ký số", opt.Date, d.Year)}}
	}
	if d.Number != "" && nameKey(d.Number) != nameKey(number) {
		return "", dataerr.List{{File: path, Field: "--number", Message: fmt.Sprintf(
			"%s; một văn bản chỉ có một số, không nhận thêm số %s", d.describe(), number)}}
	}
	h, err := numberHolder(ctx, root, dir, d, number, d.Subject, false)
	if err != nil {
		return "", err
	}
	if h != nil {
		return "", dataerr.List{{File: path, Field: "--number", Message: takenMessage(root, h, d.Subject)}}
	}
	return number, nil
}

// stampedNumber is the number s given at issue as the archive writes it,
// "12/KH-UBND", from "12" or "12/KH-UBND"; ok is false when s is not a
// number of the document whose symbol is symbol.
func stampedNumber(s, symbol string) (string, bool) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "/") {
		s += "/" + symbol
	}
	n, _, ok := splitNumber(s)
	_, sym, _ := strings.Cut(s, "/")
	if !ok || n > plan.MaxDocNumber || nameKey(strings.TrimSpace(sym)) != nameKey(symbol) {
		return "", false
	}
	return fmt.Sprintf("%s/%s", vnfmt.DocNumber(n), symbol), true
}
