package archive

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Versions returns the versions of e, each with the particulars its PDF
// carries where its record lacks them (see fillParticulars). A version
// whose PDF cannot give them is returned as recorded, and reported in a
// dataerr.List after all the versions.
func Versions(ctx context.Context, e Entry) ([]Version, error) {
	out := slices.Clone(e.Manifest.Versions)
	var problems dataerr.List
	for i := range out {
		err := fillParticulars(ctx, e.Dir, &out[i])
		var errs dataerr.List
		switch {
		case errors.As(err, &errs):
			problems = append(problems, errs...)
		case err != nil:
			return nil, err
		}
	}
	if len(problems) > 0 {
		return out, problems
	}
	return out, nil
}

// Row is one document of the outgoing register (sổ đăng ký văn bản đi),
// as its latest version gives it.
type Row struct {
	// Number is the document's number, Symbol its ký hiệu: 44, "KH-UBND".
	Number int
	Symbol string
	// Date is the date of issue, "18/03/2021".
	Date string
	// TypeName is the tên loại, "Kế hoạch"; Subject the trích yếu.
	TypeName, Subject string
	// Signer is the signer's position and name.
	Signer string
	// Recipients are the nơi nhận, one per line.
	Recipients string
	// Pages is the page count, 0 when unknown.
	Pages int
	// Note says which version the row is and why it was made, when it is
	// not the first.
	Note string
}

// IssuerError means a register was asked of an archive that holds
// documents of several issuers in the year, without naming one, or naming
// one that has none.
type IssuerError struct {
	// Asked is the issuer named, "" when none.
	Asked string
	// Year is the register's year; Issuers those the archive holds then.
	Year    int
	Issuers []string
}

func (e *IssuerError) Error() string {
	return fmt.Sprintf("archive: register %d: issuer %q not one of %d", e.Year, e.Asked, len(e.Issuers))
}

// Vietnamese says what to do, for the user.
func (e *IssuerError) Vietnamese() string {
	known := strings.Join(e.Issuers, "; ")
	switch {
	case len(e.Issuers) == 0 && e.Asked == "":
		return fmt.Sprintf("lưu trữ chưa có văn bản nào ban hành năm %d", e.Year)
	case len(e.Issuers) == 0:
		return fmt.Sprintf("lưu trữ chưa có văn bản nào của %s ban hành năm %d", e.Asked, e.Year)
	case e.Asked == "":
		return fmt.Sprintf("năm %d, lưu trữ có văn bản của nhiều cơ quan (%s); hãy chọn một cơ quan bằng --issuer", e.Year, known)
	}
	return fmt.Sprintf("lưu trữ không có văn bản nào của %s ban hành năm %d; năm đó có văn bản của: %s", e.Asked, e.Year, known)
}

// Book is an outgoing register: one issuer's documents of one year.
type Book struct {
	// Year is the year of issue; Issuer the issuing body, as archived.
	Year   int
	Issuer string
	// Rows are in number order.
	Rows []Row
}

// Register returns the outgoing register of the archive at root for the
// year: one row per document that issuer issued that year, from its latest
// version, in number order. issuer may be "" when the archive holds one
// issuer's documents that year; otherwise, and when it names none of them,
// the error is an *IssuerError. A manifest or PDF that cannot be read
// gives a dataerr.List and no rows: a register must miss no document.
func Register(ctx context.Context, root string, year int, issuer string) (*Book, error) {
	entries, err := List(root)
	if err != nil {
		return nil, err
	}
	var issuers []string
	seen := map[string]bool{}
	var mine []Entry
	for _, e := range entries {
		d := e.Manifest.Document
		if d.Year != year || len(e.Manifest.Versions) == 0 || d.Pending && d.Number == "" {
			continue
		}
		if k := nameKey(d.Issuer); !seen[k] {
			seen[k] = true
			issuers = append(issuers, d.Issuer)
		}
		if issuer == "" || nameKey(d.Issuer) == nameKey(issuer) {
			mine = append(mine, e)
		}
	}
	slices.Sort(issuers)
	if issuer == "" && len(issuers) > 1 || len(mine) == 0 {
		return nil, &IssuerError{Asked: issuer, Year: year, Issuers: issuers}
	}
	book := &Book{Year: year, Issuer: mine[0].Manifest.Document.Issuer}
	var problems dataerr.List
	for _, e := range mine {
		v, joined := issuedVersion(e.Manifest)
		if err := fillParticulars(ctx, e.Dir, &v); err != nil {
			var errs dataerr.List
			if !errors.As(err, &errs) {
				return nil, err
			}
			problems = append(problems, errs...)
			continue
		}
		if !joined && v.State != "" && v.State != StateIssued {
			continue
		}
		book.Rows = append(book.Rows, rowOf(e.Manifest.Document, v))
	}
	if len(problems) > 0 {
		return nil, problems
	}
	slices.SortFunc(book.Rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(a.Number, b.Number), strings.Compare(a.Symbol, b.Symbol))
	})
	return book, nil
}

// issuedVersion is the version of m that the register shows: the latest
// one, or for a pending document that joined its number, the latest
// version signed under that number, with the date stamped at issue
// (joined is then true).
func issuedVersion(m *Manifest) (v Version, joined bool) {
	if m.Document.Pending {
		for i := len(m.Versions) - 1; i >= 0; i-- {
			for _, s := range m.Versions[i].Signed {
				if nameKey(s.Number) == nameKey(m.Document.Number) {
					v = m.Versions[i]
					v.Date = s.Date
					return v, true
				}
			}
		}
	}
	return *m.last(), false
}

// rowOf is the register's row of the document d from its latest version v.
func rowOf(d Document, v Version) Row {
	number, _, _ := splitNumber(d.Number)
	_, symbol, _ := strings.Cut(d.Number, "/")
	r := Row{
		Number: number, Symbol: symbol, Date: v.Date,
		TypeName: v.TypeName, Subject: v.Subject, Signer: v.Signer(),
		Recipients: v.Recipients, Pages: v.Pages,
	}
	var notes []string
	if v.Version > 1 {
		notes = append(notes, "phiên bản "+strings.TrimSuffix(v.File, ".pdf"))
	}
	if v.Reason != "" {
		notes = append(notes, "lý do: "+v.Reason)
	}
	if at, signed := v.SigningTime(); signed {
		notes = append(notes, "ký số lúc "+vnfmt.Time(at))
	}
	r.Note = strings.Join(notes, "; ")
	return r
}
