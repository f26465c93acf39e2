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

// identity is where a document lives in the archive and how it is named.
type identity struct {
	Issuer string // the issuing body's full name, "Ủy ban nhân dân huyện Cam Lộ"
	Number string // number and symbol as printed, "44/KH-UBND"
	Date   string // date of issue, "18/03/2021"
	Year   int    // year of issue

	// The three folder names.
	IssuerDir, YearDir, NumberDir string
}

// Dir is the document's folder relative to the archive's root.
func (id identity) Dir() string {
	return filepath.Join(id.IssuerDir, id.YearDir, id.NumberDir)
}

// identify names the document of p; ok is false when a folder name cannot
// be made from its data (nothing but punctuation), or its date is not one.
func identify(p *plan.Plan) (identity, bool) {
	d, err := plan.ParseDate(p.Document.Date)
	if err != nil {
		return identity{}, false
	}
	id := identity{
		Issuer:    strings.Join(p.Issuer.Name, " "),
		Number:    fmt.Sprintf("%02d/%s-%s", p.Document.Number, p.Document.Type, p.Issuer.Symbol),
		Date:      p.Document.Date,
		Year:      d.Year,
		YearDir:   strconv.Itoa(d.Year),
		IssuerDir: strings.ToLower(safeName(strings.Join(p.Issuer.Name, " "))),
		NumberDir: fmt.Sprintf("%02d-%s-%s", p.Document.Number, safeName(p.Document.Type), safeName(p.Issuer.Symbol)),
	}
	ok := id.IssuerDir != "" && !strings.HasSuffix(id.NumberDir, "-") && !strings.Contains(id.NumberDir, "--")
	return id, ok
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

// sourceName is the name of the data file embedded in a version's PDF: the
// document's number folder with ".toml", so that it depends on the data
// alone.
func (id identity) sourceName() string { return id.NumberDir + ".toml" }
