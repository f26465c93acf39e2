// Package plan holds the facts of a poverty-reduction plan as a clerk writes
// them in the data file, computes every derived figure from them, and checks
// them for contradictions.
//
// The field tags are the keys of the TOML data file. The loader decodes the
// file into a generic table first and then fills a Plan field by field,
// matching each key to the tag of a field, so that it can report every
// problem of the file with its line.
package plan

// Plan is the content of one data file.
type Plan struct {
	Document         Document         `toml:"document"`
	Issuer           Issuer           `toml:"issuer"`
	Survey           Survey           `toml:"survey"`
	Units            []Unit           `toml:"units"`
	Text             Text             `toml:"text"`
	Responsibilities []Responsibility `toml:"responsibilities"`
	Signer           Signer           `toml:"signer"`
	Recipients       Recipients       `toml:"recipients"`
}

// Document is the identity of the document: its number, place, date, year and
// subject line.
type Document struct {
	// Type is the document type symbol, "KH" for a plan.
	Type string `toml:"type"`
	// Number is the document number; printed with a leading zero below 10.
	// Zero (left out) in a draft.
	Number int `toml:"number"`
	// Place is the place name of the date line ("Cam Lộ").
	Place string `toml:"place"`
	// Date is the date of issue as "dd/mm/yyyy"; empty in a draft that
	// has none yet.
	Date string `toml:"date"`
	// Year is the year the plan covers.
	Year int `toml:"year"`
	// Subject is the subject line (trích yếu) under the title.
	Subject string `toml:"subject"`
	// Scope is the level of the issuing body, used in "toàn huyện": "huyện",
	// "xã", "thị xã", "thành phố", "thị trấn", …
	Scope string `toml:"scope"`
	// State is where the plan stands: "dự thảo", "trình ký số" or "ban
	// hành"; empty when the file leaves it out. See Plan.State.
	State string `toml:"state"`
	// Draft marks the plan as a draft (dự thảo) even when it has a number
	// and a date; see Plan.State.
	Draft bool `toml:"draft"`
	// KeepYears lists the texts (by field path, "text.tasks[3]") that name
	// a year before Year on purpose: they are not reported as stale (see
	// Stale).
	KeepYears []string `toml:"keep_years"`
}

// Issuer is the issuing body and, when there is one, its superior body.
type Issuer struct {
	// Superior is the superior body, one entry per printed line; optional.
	Superior []string `toml:"superior"`
	// Name is the issuing body, one entry per printed line
	// (["Ủy ban nhân dân", "huyện Cam Lộ"]); printed upper case.
	Name []string `toml:"name"`
	// Symbol is the issuer symbol after the type symbol, "UBND".
	Symbol string `toml:"symbol"`
}

// Survey is the baseline the plan starts from: the year-end survey of poor and
// near-poor households and the poverty standard it applied.
type Survey struct {
	// Year is the year at whose end the survey was made.
	Year int `toml:"year"`
	// Standard names the poverty standard and its period, as it follows
	// "theo" in a sentence: "chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020".
	Standard string `toml:"standard"`
	// The optional whole-area figures, for when the units' breakdown is not
	// known. When the units give a figure too, the two must agree.
	EthnicHouseholds *int `toml:"ethnic_households"`
	EthnicPoor       *int `toml:"ethnic_poor"`
	NearPoor         *int `toml:"near_poor"`
	EthnicNearPoor   *int `toml:"ethnic_near_poor"`
}

// Unit is one row of the table: a commune or town of a district, or a village
// of a commune.
type Unit struct {
	Name       string `toml:"name"`
	Households int    `toml:"households"`
	// PolicyPoor is the number of poor households in the poverty-reduction
	// policy group (hộ nghèo thuộc chính sách giảm nghèo, CS GN).
	PolicyPoor int `toml:"policy_poor"`
	// SocialPoor is the number of poor households in the social-protection
	// group (hộ nghèo thuộc đối tượng bảo trợ xã hội, BTXH).
	SocialPoor int `toml:"social_poor"`
	// Poor, when given, must equal PolicyPoor + SocialPoor; it is never used
	// otherwise.
	Poor *int `toml:"poor"`
	// Reduction is the target number of households to leave poverty.
	Reduction int `toml:"reduction"`
	// The optional breakdown figures of the unit.
	EthnicHouseholds *int `toml:"ethnic_households"`
	EthnicPoor       *int `toml:"ethnic_poor"`
	NearPoor         *int `toml:"near_poor"`
	EthnicNearPoor   *int `toml:"ethnic_near_poor"`
}

// Text holds the prose of the sections that are not computed. Every entry is
// one paragraph.
type Text struct {
	// Intro is the opening paragraphs, before part I.
	Intro []string `toml:"intro"`
	// Purposes are the bullets of part II (mục đích, yêu cầu).
	Purposes []string `toml:"purposes"`
	// Goals are the bullets of the general goals (mục tiêu chung) in part III.
	Goals []string `toml:"goals"`
	// Notes are the paragraphs after the table.
	Notes []string `toml:"notes"`
	// Tasks are the numbered paragraphs of part IV (nhiệm vụ và giải pháp).
	Tasks []string `toml:"tasks"`
}

// Responsibility is one agency's duties in part V.
type Responsibility struct {
	// Agency is the item heading, without number and colon.
	Agency string `toml:"agency"`
	// Duties are the agency's bullets.
	Duties []string `toml:"duties"`
}

// Signer is the person who signs and on whose behalf.
type Signer struct {
	// Prefix is one of "TM.", "KT.", "Q.", "TL.", "TUQ.".
	Prefix string `toml:"prefix"`
	// Body is the collective body for "TM." ("Ủy ban nhân dân").
	Body string `toml:"body"`
	// Position is the head's position ("Chủ tịch").
	Position string `toml:"position"`
	// DeputyPosition is the signer's own position for "KT.", "TL." and
	// "TUQ." ("Phó Chủ tịch").
	DeputyPosition string `toml:"deputy_position"`
	// Name is the signer's full name, without academic titles.
	Name string `toml:"name"`
}

// Recipients is the "Nơi nhận" list.
type Recipients struct {
	// To are the recipients, without the leading "- " and the closing ";".
	To []string `toml:"to"`
	// Archive lists the archive keepers after "Lưu:" ("VT", "LĐTBXH").
	Archive []string `toml:"archive"`
}
