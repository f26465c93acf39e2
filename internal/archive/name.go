package archive

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/plan"
)

// maxNamePart is the longest folder name made from data, in bytes.
const maxNamePart = 80

// ManifestName is the name of a document's register in its folder.
const ManifestName = "manifest.json"

// lockName is the name of a document's lock file in its folder.
const lockName = ".lock"

// identity is a document of the archive: what names it, and where it
// lives.
type identity struct {
	Issuer string // the issuing body's full name, "Ủy ban nhân dân huyện Cam Lộ"
	Number string // number and symbol as printed, "44/KH-UBND"
	Date   string // date of issue, "18/03/2021"
	Year   int    // year of issue; of the plan (document.year) when pending

	// Pending is set for a plan to be signed (trình ký số), filed before
	// it has a number: Symbol ("KH-UBND") and Subject then name it.
	Pending bool
	Symbol  string
	Subject string

	// The three folder names.
	IssuerDir, YearDir, NumberDir string
	// legacyIssuerDir and legacyNumberDir are the folder names that the
	// archive gave before they carried a hash.
	legacyIssuerDir, legacyNumberDir string
	// sourceBase names the data file a version embeds, without ".toml".
	sourceBase string
}

// Dir is the document's folder relative to the archive's root.
func (id identity) Dir() string {
	return filepath.Join(id.IssuerDir, id.YearDir, id.NumberDir)
}

// legacyDir is where the archive put the document before folder names
// carried a hash; two documents could share it.
func (id identity) legacyDir() string {
	return filepath.Join(id.legacyIssuerDir, id.YearDir, id.legacyNumberDir)
}

// document is what the manifest records of the document.
func (id identity) document() Document {
	return Document{Issuer: id.Issuer, Number: id.Number, Year: id.Year, Pending: id.Pending, Symbol: id.Symbol, Subject: id.Subject}
}

// identify names the document of p; ok is false when a folder name cannot
// be made from its data (nothing but punctuation), or its date is not one.
//
// A folder name is readable (the name folded to ASCII) and one document's
// alone: the issuer's folder ends with a hash of the issuer's name, the
// number's folder with a hash of the issuer's name, the year and the
// number and symbol, each name taken by its nameKey. Two documents that
// differ only in accents, or after the folded name is cut short, get
// different folders; one document written twice with its name in other
// capitals, spaces or tone-mark places gets the same one.
func identify(p *plan.Plan) (identity, bool) {
	if p.State() == plan.StateForSigning {
		return identifyPending(p)
	}
	d, err := plan.ParseDate(p.Document.Date)
	if err != nil {
		return identity{}, false
	}
	issuer := strings.Join(p.Issuer.Name, " ")
	number := fmt.Sprintf("%02d/%s-%s", p.Document.Number, p.Document.Type, p.Issuer.Symbol)
	issuerName := strings.ToLower(safeName(issuer))
	numberName := fmt.Sprintf("%02d-%s", p.Document.Number, safeName(strings.ToUpper(p.Document.Type+"-"+p.Issuer.Symbol)))
	year := strconv.Itoa(d.Year)
	id := identity{
		Issuer:          issuer,
		Number:          number,
		Date:            p.Document.Date,
		Year:            d.Year,
		YearDir:         year,
		IssuerDir:       issuerName + "-" + shortHash(nameKey(issuer)),
		NumberDir:       numberName + "-" + shortHash(nameKey(issuer), year, nameKey(number)),
		legacyIssuerDir: issuerName,
		legacyNumberDir: fmt.Sprintf("%02d-%s-%s", p.Document.Number, safeName(p.Document.Type), safeName(p.Issuer.Symbol)),
	}
	id.sourceBase = id.legacyNumberDir
	ok := issuerName != "" && safeName(p.Document.Type) != "" && safeName(p.Issuer.Symbol) != ""
	return id, ok
}

// sameDocument reports whether a and b name one document: the same year,
// and the same issuer and number by their nameKey; for a pending document
// (see identifyPending) the same issuer, symbol and subject instead of the
// number, which it may have joined since.
func sameDocument(a, b Document) bool {
	if a.Pending || b.Pending {
		return a.Pending == b.Pending && a.Year == b.Year && nameKey(a.Issuer) == nameKey(b.Issuer) &&
			nameKey(a.Symbol) == nameKey(b.Symbol) && subjectKey(a.Subject) == subjectKey(b.Subject)
	}
	return a.Year == b.Year && nameKey(a.Issuer) == nameKey(b.Issuer) && nameKey(a.Number) == nameKey(b.Number)
}

// describe names the document d in Vietnamese: "văn bản số 44/KH-UBND năm
// 2021 của Ủy ban nhân dân huyện Cam Lộ".
func (d Document) describe() string {
	if d.Pending {
		s := fmt.Sprintf("văn bản trình ký số “%s” (ký hiệu …/%s) năm %d của %s", d.Subject, d.Symbol, d.Year, d.Issuer)
		if d.Number != "" {
			s += ", đã nhận số " + d.Number
		}
		return s
	}
	return fmt.Sprintf("văn bản số %s năm %d của %s", d.Number, d.Year, d.Issuer)
}

// fold removes the diacritics of Vietnamese text: "Ủy ban nhân dân huyện
// Cam Lộ" → "Uy ban nhan dan huyen Cam Lo", "Đ" → "D".
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.NewReplacer("Đ", "D", "đ", "d").Replace(out)
}

// safeName makes s a folder name: its diacritics folded, every run of
// characters other than ASCII letters and digits turned into one hyphen,
// no hyphen at either end, at most maxNamePart bytes. Case is kept. It is
// "" when s has no letter or digit. No separator, no dot, so never "..".
func safeName(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range fold(s) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	out := b.String()
	if len(out) > maxNamePart {
		out = strings.TrimRight(out[:maxNamePart], "-")
	}
	return out
}

// versionFile is the file name of version n: "v2.pdf".
func versionFile(n int) string { return "v" + strconv.Itoa(n) + ".pdf" }

// sourceName is the name of the data file embedded in a version's PDF:
// number, type and symbol folded as the number's folder was named before
// it carried a hash, with ".toml", so that it depends on the data alone.
func (id identity) sourceName() string { return id.sourceBase + ".toml" }
