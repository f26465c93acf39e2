package plan

import (
	"reflect"
	"slices"
	"strings"
)

// signerPrefixes are the signing authorities of Nghị định 30/2020/NĐ-CP.
var signerPrefixes = []string{"TM.", "KT.", "Q.", "TL.", "TUQ."}

// signer checks the signature block: the prefix, and the positions and names
// that the prefix requires.
func (c *checker) signer(s *Signer) {
	prefix := strings.TrimSpace(s.Prefix)
	valid := false
	switch {
	case prefix == "":
		c.missing("signer.prefix", "quyền hạn ký (một trong "+strings.Join(signerPrefixes, ", ")+")")
	case isSignerPrefix(prefix):
		valid = true
	default:
		msg := `quyền hạn ký "` + prefix + `" không hợp lệ`
		if fix := fixSignerPrefix(prefix); fix != "" {
			msg += ` (có phải "` + fix + `"?)`
		}
		c.add("signer.prefix", "%s: chỉ dùng một trong %s", msg, strings.Join(signerPrefixes, ", "))
	}
	if valid && prefix == "TM." && blank(s.Body) {
		c.missing("signer.body", `tên tập thể lãnh đạo (ví dụ "Ủy ban nhân dân"), cần khi ký TM.`)
	}
	if blank(s.Position) {
		c.missing("signer.position", `chức vụ của người đứng đầu (ví dụ "Chủ tịch")`)
	}
	if valid && (prefix == "KT." || prefix == "TL." || prefix == "TUQ.") && blank(s.DeputyPosition) {
		c.missing("signer.deputy_position", `chức vụ của người ký (ví dụ "Phó Chủ tịch"), cần khi ký `+prefix)
	}
	if blank(s.Name) {
		c.missing("signer.name", "họ và tên người ký")
	}
}

// CheckSignature checks the signer and the recipients that a document of
// another kind (a report) gives of its own, as Check checks a plan's: the
// parts each needs, the signing authority, and the entries of each list.
// A nil one is not looked at. Their texts are CheckTexts' to check.
func CheckSignature(s *Signer, r *Recipients) []Problem {
	c := &checker{}
	if s != nil {
		c.signer(s)
		eachList(reflect.ValueOf(s).Elem(), func(at *fieldPath, n int) { c.list("signer."+string(at.b), n) })
	}
	if r != nil {
		c.recipients(r)
		eachList(reflect.ValueOf(r).Elem(), func(at *fieldPath, n int) { c.list("recipients."+string(at.b), n) })
	}
	sortByField(c.problems)
	return c.problems
}

// isSignerPrefix reports whether p is one of signerPrefixes, exactly.
func isSignerPrefix(p string) bool { return slices.Contains(signerPrefixes, p) }

// fixSignerPrefix returns the prefix the clerk probably meant by p ("tm",
// "KT", "T.L."), or "" when p is not a misspelling of one.
func fixSignerPrefix(p string) string {
	bare := strings.ToUpper(strings.NewReplacer(".", "", " ", "").Replace(p))
	for _, q := range signerPrefixes {
		if bare+"." == q {
			return q
		}
	}
	return ""
}
