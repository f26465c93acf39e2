package plan

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// A year of a plan, of its survey or of its date lies in this range: the
// state's administrative documents begin in 1945, and a year past 2100 is a
// slip of the keyboard (2201 for 2021) rather than a plan.
const (
	minYear = 1945
	maxYear = 2100
)

// MaxDocNumber bounds a document number: an issuer numbers its documents
// from 1 each year, and even a province issues fewer than this.
const MaxDocNumber = 99_999

// yearRule says which years are valid.
var yearRule = fmt.Sprintf("năm phải từ %d đến %d", minYear, maxYear)

// document checks the identity of the document and its date.
func (c *checker) document(p *Plan) {
	d := &p.Document
	if blank(d.Type) {
		c.missing("document.type", `loại văn bản (ví dụ "KH")`)
	}
	switch {
	case c.numberForState(d, c.state(p)):
	case d.Number < 0:
		c.add("document.number", "số văn bản (%d) phải từ 1 trở lên", d.Number)
	case d.Number > MaxDocNumber:
		c.add("document.number", "số văn bản (%d) quá lớn: số văn bản đánh liên tục trong một năm, không quá %d", d.Number, MaxDocNumber)
	}
	if blank(d.Place) {
		c.missing("document.place", `địa danh ghi trước ngày tháng (ví dụ "Cam Lộ")`)
	}
	c.date(p)
	c.year("document.year", "năm của kế hoạch", d.Year)
	if blank(d.Subject) {
		c.missing("document.subject", `trích yếu (ví dụ "Thực hiện Chương trình giảm nghèo năm 2021")`)
	}
	if blank(d.Scope) {
		c.missing("document.scope", `cấp của cơ quan ban hành (ví dụ "huyện", "xã")`)
	}
}

// state checks [document] state and draft against each other, and returns
// the plan's state.
func (c *checker) state(p *Plan) State {
	d := &p.Document
	if !blank(d.State) {
		s, ok := ParseState(d.State)
		switch {
		case !ok:
			c.add("document.state", `trạng thái "%s" không có: ghi một trong %s`, strings.TrimSpace(d.State), StateNames())
		case d.Draft && s != StateDraft:
			c.add("document.draft", `draft = true mâu thuẫn với state = "%s": hãy bỏ dòng draft = true, hoặc ghi state = "dự thảo"`, s)
		}
	}
	return p.State()
}

// needsBoth says, after the name of a missing number or date, what the
// plan's state asks for: `; văn bản ban hành cần cả số và ngày ban hành…)`.
func needsBoth(d *Document) string {
	if !blank(d.State) {
		return ` (state = "ban hành" cần cả số và ngày ban hành; văn bản trình ký số thì ghi state = "trình ký số", để trống số và ngày)`
	}
	return " (bản dự thảo thì để trống cả số và ngày, hoặc ghi draft = true)"
}

// year checks a required year, and reports whether it can be compared.
func (c *checker) year(field, what string, y int) bool {
	switch {
	case y == 0:
		c.zero(field, what, "không hợp lệ: "+yearRule)
	case !validYear(y):
		c.add(field, "%s (%d) không hợp lệ: %s", what, y, yearRule)
	default:
		return true
	}
	return false
}

// validYear reports whether y is a year that year accepts.
func validYear(y int) bool { return y >= minYear && y <= maxYear }

// date checks the date of issue: its form, that the day exists, that it
// does not come after the year of the plan, and that it does not come before
// the survey it reports.
func (c *checker) date(p *Plan) {
	const field = "document.date"
	if c.dateForState(&p.Document, p.State()) {
		return
	}
	s := strings.TrimSpace(p.Document.Date)
	d, err := ParseDate(s)
	switch {
	case errors.Is(err, ErrDateFormat):
		c.add(field, `ngày ban hành "%s" không đúng dạng ngày/tháng/năm (ví dụ "18/3/2021")`, s)
		return
	case err != nil:
		c.add(field, `ngày ban hành "%s" không có thật: %s`, s, whyImpossible(s))
		return
	}
	if y := p.Document.Year; validYear(y) && d.Year > y {
		msg := fmt.Sprintf(`ngày ban hành "%s" muộn hơn năm của kế hoạch (document.year = %d): kế hoạch năm %d ban hành trước hoặc trong năm %d`, s, y, y, y)
		c.add(field, "%s%s", msg, sameDayIn(s, d, y))
		return
	}
	if !validYear(d.Year) {
		c.add(field, `ngày ban hành "%s" không hợp lệ: %s`, s, yearRule)
		return
	}
	sy := p.Survey.Year
	if !validYear(sy) || d.Year > sy || d.Year == sy && d.Month == 12 {
		return
	}
	msg := fmt.Sprintf(`ngày ban hành "%s" sớm hơn kết quả điều tra, rà soát cuối năm %d (survey.year)`, s, sy)
	if y := p.Document.Year; validYear(y) && y > sy {
		msg += sameDayIn(s, d, y)
	}
	c.add(field, "%s", msg)
}

// sameDayIn suggests the date s, which is d, in year y instead, when that
// day exists: `: có phải "18/3/2021"?`.
func sameDayIn(s string, d Date, y int) string {
	if !(Date{Year: y, Month: d.Month, Day: d.Day}).exists() {
		return ""
	}
	return fmt.Sprintf(`: có phải "%s%d"?`, s[:strings.LastIndexByte(s, '/')+1], y)
}

// whyImpossible explains in Vietnamese why the well-formed date s names no
// day.
func whyImpossible(s string) string {
	d, _ := splitDate(s)
	switch {
	case d.Month < 1 || d.Month > 12:
		return "tháng phải từ 1 đến 12"
	case d.Year < 1:
		return "năm phải từ 1 trở lên"
	case d.Day < 1:
		return "ngày phải từ 1 trở lên"
	}
	return fmt.Sprintf("tháng %d năm %d chỉ có %d ngày", d.Month, d.Year, daysIn(d.Year, d.Month))
}

// issuer checks the issuing body.
func (c *checker) issuer(is *Issuer) {
	if !slices.ContainsFunc(is.Name, func(s string) bool { return !blank(s) }) {
		c.missing("issuer.name", `tên cơ quan ban hành, mỗi dòng một mục (ví dụ ["Ủy ban nhân dân", "huyện Cam Lộ"])`)
	}
	if blank(is.Symbol) {
		c.missing("issuer.symbol", `ký hiệu cơ quan ban hành (ví dụ "UBND")`)
	}
}

// survey checks the survey year and standard.
func (c *checker) survey(p *Plan) {
	s := &p.Survey
	if c.year("survey.year", "năm điều tra, rà soát", s.Year) {
		if y := p.Document.Year; validYear(y) && s.Year >= y {
			c.add("survey.year", "năm điều tra, rà soát (%d) phải trước năm của kế hoạch (%d): kế hoạch năm %d dựa trên kết quả điều tra cuối năm %d",
				s.Year, y, y, y-1)
		}
	}
	if blank(s.Standard) {
		c.missing("survey.standard", `chuẩn nghèo áp dụng (ví dụ "chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020")`)
	}
}

// responsibilities checks that each agency is named.
func (c *checker) responsibilities(rs []Responsibility) {
	for i, r := range rs {
		if blank(r.Agency) {
			c.missing(fmt.Sprintf("responsibilities[%d].agency", i), "tên cơ quan, đơn vị thực hiện")
		}
	}
}

// recipients checks that the document goes somewhere.
func (c *checker) recipients(r *Recipients) {
	if !slices.ContainsFunc(r.To, func(s string) bool { return !blank(s) }) {
		c.missing("recipients.to", `nơi nhận, mỗi nơi một mục (ví dụ ["UBND tỉnh", "Sở LĐ-TB&XH"])`)
	}
	if !slices.ContainsFunc(r.Archive, func(s string) bool { return !blank(s) }) {
		c.missing("recipients.archive", `nơi lưu văn bản, in sau "Lưu:" (ví dụ ["VT", "LĐTBXH"])`)
	}
}

// CheckState checks the state of a document of another kind (a report)
// whose identity is d, as a plan's is checked: [document] state and draft
// against each other, and the number and date that the state asks for or
// forbids. The date's own form is the kind's to check. written tells, as
// in Input, whether the file writes a field; nil takes none as written.
func CheckState(d *Document, written func(path string) bool) []Problem {
	c := &checker{written: written}
	st := c.state(&Plan{Document: *d})
	c.numberForState(d, st)
	c.dateForState(d, st)
	return c.problems
}

// numberForState checks the number of d against its state st: written as
// 0, left out of an issued document, or given to one to be signed. It
// reports whether it found a problem.
func (c *checker) numberForState(d *Document, st State) bool {
	n := len(c.problems)
	switch {
	case d.Number == 0 && c.written != nil && c.written("document.number"):
		c.zero("document.number", "số văn bản", "phải từ 1 trở lên")
	case d.Number == 0 && st == StateIssued:
		c.missing("document.number", "số văn bản"+needsBoth(d))
	case d.Number != 0 && st == StateForSigning:
		c.add("document.number", `văn bản trình ký số (state = "trình ký số") chưa có số: số do hệ thống của cơ quan cấp khi ban hành văn bản đã ký; hãy bỏ dòng number, hoặc ghi state = "ban hành" nếu văn bản đã có số`)
	}
	return len(c.problems) > n
}

// dateForState checks the date of d against its state st: left out of an
// issued document, or given to one to be signed. It reports done when
// the date's form is not to be looked at: there is no date, or there
// should be none.
func (c *checker) dateForState(d *Document, st State) (done bool) {
	switch date := strings.TrimSpace(d.Date); {
	case date == "":
		if st == StateIssued {
			c.missing("document.date", `ngày ban hành (dạng ngày/tháng/năm, ví dụ "18/3/2021"; `+strings.TrimPrefix(needsBoth(d), " ("))
		}
		return true
	case st == StateForSigning:
		c.add("document.date", `văn bản trình ký số (state = "trình ký số") chưa có ngày ban hành: ngày do hệ thống của cơ quan cấp khi ban hành văn bản đã ký; hãy bỏ dòng date, hoặc ghi state = "ban hành" nếu văn bản đã ban hành`)
		return true
	}
	return false
}
