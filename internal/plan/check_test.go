package plan

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// num returns a pointer to n, for the optional figures.
func num(n int) *int { return &n }

// drawable stands in for the font: it draws the Latin and Vietnamese letters
// and general punctuation, not the byte order mark, emoji or CJK.
func drawable(r rune) bool { return r < 0x2070 }

// validPlan is a small plan that passes Check: three units of the seed plan,
// with the typed mistakes of the seed corrected.
func validPlan() *Plan {
	return &Plan{
		Document: Document{Type: "KH", Number: 44, Place: "Cam Lộ", Date: "18/3/2021", Year: 2021,
			Subject: "Thực hiện Chương trình giảm nghèo năm 2021", Scope: "huyện"},
		Issuer: Issuer{Superior: []string{}, Name: []string{"Ủy ban nhân dân", "huyện Cam Lộ"}, Symbol: "UBND"},
		Survey: Survey{Year: 2020, Standard: "chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020"},
		Units: []Unit{
			{Name: "Xã Cam Tuyền", Households: 1458, PolicyPoor: 44, SocialPoor: 55, Reduction: 17},
			{Name: "Xã Cam Thủy", Households: 1472, PolicyPoor: 7, SocialPoor: 36, Reduction: 5},
			{Name: "TT Cam Lộ", Households: 2169, PolicyPoor: 0, SocialPoor: 38, Reduction: 2},
		},
		Text: Text{
			Intro:    []string{"Thực hiện Chương trình mục tiêu quốc gia về giảm nghèo bền vững."},
			Purposes: []string{"Nâng cao vai trò trách nhiệm của các cấp ủy.", "Tạo cơ hội cho hộ nghèo."},
		},
		Responsibilities: []Responsibility{
			{Agency: "Phòng Lao động - Thương binh và Xã hội", Duties: []string{"Hướng dẫn UBND các xã, thị trấn."}},
			{Agency: "Ngân hàng Chính sách xã hội huyện", Duties: []string{"Thực hiện tốt cho vay tín dụng ưu đãi."}},
		},
		Signer:     Signer{Prefix: "TM.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", Name: "Trần Anh Tuấn"},
		Recipients: Recipients{To: []string{"UBND tỉnh", "Sở LĐ-TB&XH"}, Archive: []string{"VT"}},
	}
}

// setAll gives every unit of p a breakdown figure.
func setAll(p *Plan, set func(u *Unit, i int)) {
	for i := range p.Units {
		set(&p.Units[i], i)
	}
}

func TestCheckValid(t *testing.T) {
	if got := Check(validPlan(), Input{CanDraw: drawable}); got != nil {
		t.Errorf("Check(valid plan) = %q, want nil", got)
	}
	p := validPlan()
	p.Survey.EthnicHouseholds = num(99)
	setAll(p, func(u *Unit, i int) { u.NearPoor = num(10 * (i + 1)) })
	p.Units[2].Poor = num(38)
	p.Document.Date = "28/12/2020"
	p.Signer = Signer{Prefix: "Q.", Position: "Chủ tịch", Name: "Trần Anh Tuấn"}
	if got := Check(p, Input{CanDraw: drawable}); got != nil {
		t.Errorf("Check(valid plan with options) = %q, want nil", got)
	}
}

func TestCheckRules(t *testing.T) {
	type P = []Problem
	tests := []struct {
		name   string
		change func(p *Plan)
		want   []Problem
	}{
		// Required fields.
		{"type missing", func(p *Plan) { p.Document.Type = " " },
			P{{"document.type", `thiếu trường bắt buộc: loại văn bản (ví dụ "KH")`}}},
		{"number missing", func(p *Plan) { p.Document.Number = 0 },
			P{{"document.number", "thiếu trường bắt buộc: số văn bản (bản dự thảo thì để trống cả số và ngày, hoặc ghi draft = true)"}}},
		{"draft without number nor date", func(p *Plan) { p.Document.Number, p.Document.Date = 0, "" }, nil},
		{"draft said, without number", func(p *Plan) { p.Document.Number, p.Document.Draft = 0, true }, nil},
		{"draft said, without date", func(p *Plan) { p.Document.Date, p.Document.Draft = "", true }, nil},
		{"draft said, with a bad date", func(p *Plan) { p.Document.Date, p.Document.Draft = "31/02/2021", true },
			P{{"document.date", `ngày ban hành "31/02/2021" không có thật: tháng 2 năm 2021 chỉ có 28 ngày`}}},
		{"number negative", func(p *Plan) { p.Document.Number = -4 },
			P{{"document.number", "số văn bản (-4) phải từ 1 trở lên"}}},
		{"number absurd", func(p *Plan) { p.Document.Number = 1 << 62 },
			P{{"document.number", "số văn bản (4611686018427387904) quá lớn: số văn bản đánh liên tục trong một năm, không quá 99999"}}},
		{"number at its bound", func(p *Plan) { p.Document.Number = 99_999 }, nil},
		{"place missing", func(p *Plan) { p.Document.Place = "" },
			P{{"document.place", `thiếu trường bắt buộc: địa danh ghi trước ngày tháng (ví dụ "Cam Lộ")`}}},
		{"date missing", func(p *Plan) { p.Document.Date = "" },
			P{{"document.date", `thiếu trường bắt buộc: ngày ban hành (dạng ngày/tháng/năm, ví dụ "18/3/2021"; bản dự thảo thì để trống cả số và ngày, hoặc ghi draft = true)`}}},
		{"year missing", func(p *Plan) { p.Document.Year = 0 },
			P{{"document.year", "thiếu trường bắt buộc: năm của kế hoạch"}}},
		{"year not four digits", func(p *Plan) { p.Document.Year = 21 },
			P{{"document.year", "năm của kế hoạch (21) không hợp lệ: năm phải từ 1945 đến 2100"}}},
		{"subject missing", func(p *Plan) { p.Document.Subject = "" },
			P{{"document.subject", `thiếu trường bắt buộc: trích yếu (ví dụ "Thực hiện Chương trình giảm nghèo năm 2021")`}}},
		{"scope missing", func(p *Plan) { p.Document.Scope = "" },
			P{{"document.scope", `thiếu trường bắt buộc: cấp của cơ quan ban hành (ví dụ "huyện", "xã")`}}},
		{"issuer name missing", func(p *Plan) { p.Issuer.Name = nil },
			P{{"issuer.name", `thiếu trường bắt buộc: tên cơ quan ban hành, mỗi dòng một mục (ví dụ ["Ủy ban nhân dân", "huyện Cam Lộ"])`}}},
		{"issuer symbol missing", func(p *Plan) { p.Issuer.Symbol = "" },
			P{{"issuer.symbol", `thiếu trường bắt buộc: ký hiệu cơ quan ban hành (ví dụ "UBND")`}}},
		{"survey year missing", func(p *Plan) { p.Survey.Year = 0 },
			P{{"survey.year", "thiếu trường bắt buộc: năm điều tra, rà soát"}}},
		{"survey standard missing", func(p *Plan) { p.Survey.Standard = "" },
			P{{"survey.standard", `thiếu trường bắt buộc: chuẩn nghèo áp dụng (ví dụ "chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020")`}}},
		{"no units", func(p *Plan) { p.Units = nil },
			P{{"units", "thiếu trường bắt buộc: danh sách đơn vị, mỗi đơn vị một bảng [[units]]"}}},
		{"unit name missing", func(p *Plan) { p.Units[1].Name = "" },
			P{{"units[1].name", "thiếu trường bắt buộc: tên đơn vị"}}},
		{"households missing", func(p *Plan) { p.Units[1].Households = 0 },
			P{{"units[1].households", "thiếu trường bắt buộc: số hộ"}}},
		{"agency missing", func(p *Plan) { p.Responsibilities[1].Agency = "" },
			P{{"responsibilities[1].agency", "thiếu trường bắt buộc: tên cơ quan, đơn vị thực hiện"}}},
		{"signer prefix missing", func(p *Plan) { p.Signer.Prefix = "" },
			P{{"signer.prefix", "thiếu trường bắt buộc: quyền hạn ký (một trong TM., KT., Q., TL., TUQ.)"}}},
		{"signer body missing for TM.", func(p *Plan) { p.Signer.Body = "" },
			P{{"signer.body", `thiếu trường bắt buộc: tên tập thể lãnh đạo (ví dụ "Ủy ban nhân dân"), cần khi ký TM.`}}},
		{"signer position missing", func(p *Plan) { p.Signer.Position = "" },
			P{{"signer.position", `thiếu trường bắt buộc: chức vụ của người đứng đầu (ví dụ "Chủ tịch")`}}},
		{"deputy position missing for KT.", func(p *Plan) { p.Signer.Prefix = "KT." },
			P{{"signer.deputy_position", `thiếu trường bắt buộc: chức vụ của người ký (ví dụ "Phó Chủ tịch"), cần khi ký KT.`}}},
		{"signer name missing", func(p *Plan) { p.Signer.Name = "" },
			P{{"signer.name", "thiếu trường bắt buộc: họ và tên người ký"}}},
		{"recipients missing", func(p *Plan) { p.Recipients.To = nil },
			P{{"recipients.to", `thiếu trường bắt buộc: nơi nhận, mỗi nơi một mục (ví dụ ["UBND tỉnh", "Sở LĐ-TB&XH"])`}}},

		// Dates.
		{"date in another form", func(p *Plan) { p.Document.Date = "2021-03-18" },
			P{{"document.date", `ngày ban hành "2021-03-18" không đúng dạng ngày/tháng/năm (ví dụ "18/3/2021")`}}},
		{"date 31 April", func(p *Plan) { p.Document.Date = "31/4/2021" },
			P{{"document.date", `ngày ban hành "31/4/2021" không có thật: tháng 4 năm 2021 chỉ có 30 ngày`}}},
		{"date 29 February of a common year", func(p *Plan) { p.Document.Date = "29/02/2021" },
			P{{"document.date", `ngày ban hành "29/02/2021" không có thật: tháng 2 năm 2021 chỉ có 28 ngày`}}},
		{"date month 13", func(p *Plan) { p.Document.Date = "18/13/2021" },
			P{{"document.date", `ngày ban hành "18/13/2021" không có thật: tháng phải từ 1 đến 12`}}},
		{"date day 0", func(p *Plan) { p.Document.Date = "0/3/2021" },
			P{{"document.date", `ngày ban hành "0/3/2021" không có thật: ngày phải từ 1 trở lên`}}},
		{"date before the survey (the seed)", func(p *Plan) { p.Document.Date = "18/3/2020" },
			P{{"document.date", `ngày ban hành "18/3/2020" sớm hơn kết quả điều tra, rà soát cuối năm 2020 (survey.year): có phải "18/3/2021"?`}}},
		{"survey not before the plan year", func(p *Plan) { p.Survey.Year = 2021; p.Document.Date = "28/12/2021" },
			P{{"survey.year", "năm điều tra, rà soát (2021) phải trước năm của kế hoạch (2021): kế hoạch năm 2021 dựa trên kết quả điều tra cuối năm 2020"}}},

		// Counts.
		{"households negative", func(p *Plan) { p.Units[0].Households = -1458 },
			P{{"units[0].households", "số hộ (-1458) không được âm"}}},
		{"policy poor negative", func(p *Plan) { p.Units[0].PolicyPoor = -44 },
			P{{"units[0].policy_poor", "số hộ nghèo CS GN (-44) không được âm"}}},
		{"social poor negative", func(p *Plan) { p.Units[0].SocialPoor = -55 },
			P{{"units[0].social_poor", "số hộ nghèo BTXH (-55) không được âm"}}},
		{"reduction negative", func(p *Plan) { p.Units[0].Reduction = -1 },
			P{{"units[0].reduction", "số hộ giảm nghèo (-1) không được âm"}}},
		{"poor negative", func(p *Plan) { p.Units[0].Poor = num(-99) },
			P{{"units[0].poor", "số hộ nghèo (-99) không được âm"}}},
		{"unit breakdown figure negative", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(i) })
			p.Units[2].EthnicHouseholds = num(-2)
		}, P{{"units[2].ethnic_households", "số hộ DTTS (-2) không được âm"}}},
		{"survey breakdown figure negative", func(p *Plan) { p.Survey.NearPoor = num(-663) },
			P{{"survey.near_poor", "số hộ cận nghèo (-663) không được âm"}}},
		{"count absurdly large", func(p *Plan) { p.Units[0].Households = 1 << 40 },
			P{{"units[0].households", "số hộ (1099511627776) quá lớn"}}},

		// Groups larger than what holds them.
		{"policy poor above households", func(p *Plan) { p.Units[2].PolicyPoor = 2200 },
			P{{"units[2].policy_poor", "số hộ nghèo CS GN (2200) lớn hơn số hộ (2169)"}}},
		{"social poor above households", func(p *Plan) { p.Units[2].SocialPoor = 2200 },
			P{{"units[2].social_poor", "số hộ nghèo BTXH (2200) lớn hơn số hộ (2169)"}}},
		{"poor above households", func(p *Plan) { p.Units[2].PolicyPoor = 2000; p.Units[2].SocialPoor = 200 },
			P{{"units[2]", "số hộ nghèo (2200 = 2000 hộ CS GN + 200 hộ BTXH) lớn hơn số hộ (2169)"}}},
		{"ethnic households above households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(1460) })
		}, P{{"units[0].ethnic_households", "số hộ DTTS (1460) lớn hơn số hộ (1458)"}}},
		{"near poor above households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.NearPoor = num(100) })
			p.Units[0].NearPoor = num(1470)
		}, P{{"units[0].near_poor", "số hộ cận nghèo (1470) lớn hơn số hộ (1458)"}}},
		{"poor and near poor above households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.NearPoor = num(1400) })
		}, P{{"units[0].near_poor", "số hộ nghèo và cận nghèo (1499 = 99 hộ nghèo + 1400 hộ cận nghèo) lớn hơn số hộ (1458)"}}},
		{"ethnic poor above ethnic households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(10); u.EthnicPoor = num(5) })
			p.Units[1].EthnicPoor = num(12)
		}, P{{"units[1].ethnic_poor", "số hộ nghèo DTTS (12) lớn hơn số hộ DTTS (10)"}}},
		{"ethnic poor above poor", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicPoor = num(40) })
		}, P{{"units[2].ethnic_poor", "số hộ nghèo DTTS (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH)"}}},
		{"ethnic near poor above near poor", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.NearPoor = num(20); u.EthnicNearPoor = num(2) })
			p.Units[0].EthnicNearPoor = num(21)
		}, P{{"units[0].ethnic_near_poor", "số hộ cận nghèo DTTS (21) lớn hơn số hộ cận nghèo (20)"}}},
		{"ethnic near poor above ethnic households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(10); u.EthnicNearPoor = num(2) })
			p.Units[0].EthnicNearPoor = num(11)
		}, P{{"units[0].ethnic_near_poor", "số hộ cận nghèo DTTS (11) lớn hơn số hộ DTTS (10)"}}},
		{"ethnic poor and near poor above ethnic households", func(p *Plan) {
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(10); u.EthnicPoor = num(6); u.EthnicNearPoor = num(4) })
			p.Units[0].EthnicNearPoor = num(5)
		}, P{{"units[0].ethnic_near_poor", "số hộ nghèo và cận nghèo DTTS (11 = 6 hộ nghèo DTTS + 5 hộ cận nghèo DTTS) lớn hơn số hộ DTTS (10)"}}},
		{"reduction above poor", func(p *Plan) { p.Units[2].Reduction = 40 },
			P{{"units[2].reduction", "số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH)"}}},
		{"typed poor differs from the groups", func(p *Plan) { p.Units[2].Poor = num(29) },
			P{{"units[2].poor", "số hộ nghèo (29) khác tổng của hai nhóm (38 = 0 hộ CS GN + 38 hộ BTXH)"}}},

		// Area totals.
		{"survey ethnic households above all households", func(p *Plan) { p.Survey.EthnicHouseholds = num(6000) },
			P{{"survey.ethnic_households", "số hộ DTTS (6000) lớn hơn tổng số hộ của các đơn vị (5099)"}}},
		{"survey ethnic poor above the units' poor", func(p *Plan) { p.Survey.EthnicPoor = num(200) },
			P{{"survey.ethnic_poor", "số hộ nghèo DTTS (200) lớn hơn tổng số hộ nghèo của các đơn vị (180)"}}},
		{"units' ethnic near poor above survey near poor", func(p *Plan) {
			p.Survey.NearPoor = num(5)
			setAll(p, func(u *Unit, i int) { u.EthnicNearPoor = num(2) })
		}, P{{"survey.near_poor", "tổng số hộ cận nghèo DTTS của các đơn vị (6) lớn hơn số hộ cận nghèo (5)"}}},
		{"breakdown given by some units only", func(p *Plan) { p.Units[1].EthnicPoor = num(3) },
			P{
				{"units[0].ethnic_poor", "thiếu số hộ nghèo DTTS: units[1] có ghi số này nên mọi đơn vị đều phải ghi (nếu chỉ biết tổng toàn vùng, hãy ghi ở survey.ethnic_poor và bỏ ở các đơn vị)"},
				{"units[2].ethnic_poor", "thiếu số hộ nghèo DTTS: units[1] có ghi số này nên mọi đơn vị đều phải ghi (nếu chỉ biết tổng toàn vùng, hãy ghi ở survey.ethnic_poor và bỏ ở các đơn vị)"},
			}},
		{"breakdown given by the survey and some units", func(p *Plan) {
			p.Survey.NearPoor = num(663)
			p.Units[0].NearPoor = num(100)
			p.Units[1].NearPoor = num(90)
		}, P{{"units[2].near_poor", "thiếu số hộ cận nghèo: units[0] có ghi số này nên mọi đơn vị đều phải ghi; nếu không, hãy bỏ số này ở các đơn vị và chỉ giữ tổng ở survey.near_poor"}}},
		{"survey total differs from the units' sum", func(p *Plan) {
			p.Survey.EthnicHouseholds = num(99)
			setAll(p, func(u *Unit, i int) { u.EthnicHouseholds = num(30) })
		}, P{{"survey.ethnic_households", "số hộ DTTS (99) khác tổng của các đơn vị (90)"}}},

		// Units.
		{"duplicate unit", func(p *Plan) { p.Units[2].Name = "Xã Cam Tuyền" },
			P{{"units[2].name", `tên đơn vị "Xã Cam Tuyền" trùng với tên của units[0]`}}},
		{"duplicate unit spelt differently", func(p *Plan) { p.Units[2].Name = " xã  cam thu\u0309y " },
			P{{"units[2].name", "tên đơn vị \"xã  cam thu\u0309y\" trùng với tên của units[1] (\"Xã Cam Thủy\")"}}},

		// Signer.
		{"signer prefix without its dot", func(p *Plan) { p.Signer.Prefix = "KT"; p.Signer.DeputyPosition = "Phó Chủ tịch" },
			P{{"signer.prefix", `quyền hạn ký "KT" không hợp lệ (có phải "KT."?): chỉ dùng một trong TM., KT., Q., TL., TUQ.`}}},
		{"signer prefix in lower case", func(p *Plan) { p.Signer.Prefix = "tm." },
			P{{"signer.prefix", `quyền hạn ký "tm." không hợp lệ (có phải "TM."?): chỉ dùng một trong TM., KT., Q., TL., TUQ.`}}},
		{"signer prefix unknown", func(p *Plan) { p.Signer.Prefix = "Thay mặt" },
			P{{"signer.prefix", `quyền hạn ký "Thay mặt" không hợp lệ: chỉ dùng một trong TM., KT., Q., TL., TUQ.`}}},

		// Text.
		{"character outside the font", func(p *Plan) { p.Document.Subject = "Giảm nghèo 😀 năm 2021 😀" },
			P{{"document.subject", `ký tự "😀" (U+1F600) không có trong phông chữ Liberation Serif`}}},
		{"CJK character in a duty", func(p *Plan) { p.Responsibilities[1].Duties[0] = "Cho vay 中" },
			P{{"responsibilities[1].duties[0]", `ký tự "中" (U+4E2D) không có trong phông chữ Liberation Serif`}}},
		{"invisible character", func(p *Plan) { p.Recipients.To[1] = "Sở\ufeffLĐ-TB&XH" },
			P{{"recipients.to[1]", "ký tự vô hình U+FEFF (dấu BOM) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"}}},
		{"line break in a paragraph", func(p *Plan) { p.Text.Purposes[1] = "Tạo cơ hội\ncho hộ nghèo." },
			P{{"text.purposes[1]", "xuống dòng trong đoạn văn: mỗi đoạn phải là một mục riêng, hãy tách thành nhiều mục trong danh sách"}}},
		{"line break in a single-line field", func(p *Plan) { p.Document.Subject = "Thực hiện Chương trình\r\ngiảm nghèo" },
			P{{"document.subject", "xuống dòng trong đoạn văn: trường này chỉ có một đoạn, hãy viết liền trên một dòng"}}},
		{"control character", func(p *Plan) { p.Signer.Name = "Trần\tAnh Tuấn" },
			P{{"signer.name", "ký tự điều khiển U+0009 trong văn bản: hãy xóa hoặc thay bằng dấu cách"}}},
		{"empty list entry", func(p *Plan) { p.Recipients.To = append(p.Recipients.To, " ") },
			P{{"recipients.to[2]", "mục để trống: hãy điền nội dung hoặc xóa mục này"}}},
		{"right-to-left override in a unit name", func(p *Plan) { p.Units[2].Name = "TT Cam \u202eLộ" },
			P{{"units[2].name", "ký tự vô hình U+202E (ký tự điều khiển hướng chữ) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"}}},
		{"bidi isolate and mark", func(p *Plan) { p.Signer.Name = "\u2067Trần\u200f Anh Tuấn\u2069" },
			P{
				{"signer.name", "ký tự vô hình U+2067 (ký tự điều khiển hướng chữ) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"},
				{"signer.name", "ký tự vô hình U+200F (ký tự điều khiển hướng chữ) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"},
				{"signer.name", "ký tự vô hình U+2069 (ký tự điều khiển hướng chữ) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"},
			}},
		{"zero-width space", func(p *Plan) { p.Document.Subject = "Thực hiện\u200bChương trình" },
			P{{"document.subject", "ký tự vô hình U+200B (ký tự độ rộng bằng 0) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"}}},
		{"soft hyphen", func(p *Plan) { p.Responsibilities[0].Duties[0] = "Hướng dẫn UBND các xã, thị\u00adtrấn." },
			P{{"responsibilities[0].duties[0]", "ký tự vô hình U+00AD (dấu gạch nối mềm) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"}}},
		{"zero-width joiner", func(p *Plan) { p.Issuer.Name[1] = "huyện Cam\u200dLộ" },
			P{{"issuer.name[1]", "ký tự vô hình U+200D (ký tự độ rộng bằng 0) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này"}}},
		{"control character DEL", func(p *Plan) { p.Document.Place = "Cam\x7fLộ" },
			P{{"document.place", "ký tự điều khiển U+007F trong văn bản: hãy xóa hoặc thay bằng dấu cách"}}},

		// Lists.
		{"archive missing", func(p *Plan) { p.Recipients.Archive = nil },
			P{{"recipients.archive", `thiếu trường bắt buộc: nơi lưu văn bản, in sau "Lưu:" (ví dụ ["VT", "LĐTBXH"])`}}},
		{"archive entry blank", func(p *Plan) { p.Recipients.Archive = []string{"VT", ""} },
			P{{"recipients.archive[1]", "mục để trống: hãy điền nội dung hoặc xóa mục này"}}},
		{"too many entries", func(p *Plan) {
			p.Text.Purposes = nil
			for range MaxListItems + 1 {
				p.Text.Purposes = append(p.Text.Purposes, "Mục đích.")
			}
		}, P{{"text.purposes", "danh sách có 201 mục, quá giới hạn 200 mục"}}},
		{"text too long", func(p *Plan) { p.Text.Intro[0] = strings.Repeat("ạ", MaxTextRunes+1) },
			P{{"text.intro[0]", "văn bản dài 2001 ký tự, quá giới hạn 2000 ký tự của một đoạn: hãy tách thành nhiều đoạn"}}},
		{"text at the length bound", func(p *Plan) { p.Text.Intro[0] = strings.Repeat("ạ", MaxTextRunes) }, nil},

		// Plausible years and dates.
		{"date far after the plan year", func(p *Plan) { p.Document.Date = "31/12/9999" },
			P{{"document.date", `ngày ban hành "31/12/9999" muộn hơn năm của kế hoạch (document.year = 2021): kế hoạch năm 2021 ban hành trước hoặc trong năm 2021: có phải "31/12/2021"?`}}},
		{"date in the year after the plan", func(p *Plan) { p.Document.Date = "29/2/2024"; p.Document.Year = 2023; p.Survey.Year = 2022 },
			P{{"document.date", `ngày ban hành "29/2/2024" muộn hơn năm của kế hoạch (document.year = 2023): kế hoạch năm 2023 ban hành trước hoặc trong năm 2023`}}},
		{"date on the last day of the plan year", func(p *Plan) { p.Document.Date = "31/12/2021" }, nil},
		{"date before 1945", func(p *Plan) { p.Document.Date = "18/3/1900" },
			P{{"document.date", `ngày ban hành "18/3/1900" không hợp lệ: năm phải từ 1945 đến 2100`}}},
		{"date with an invalid plan year", func(p *Plan) { p.Document.Date = "18/3/9999"; p.Document.Year = 9999 },
			P{
				{"document.date", `ngày ban hành "18/3/9999" không hợp lệ: năm phải từ 1945 đến 2100`},
				{"document.year", "năm của kế hoạch (9999) không hợp lệ: năm phải từ 1945 đến 2100"},
			}},
		{"plan year past 2100", func(p *Plan) { p.Document.Year = 2201 },
			P{{"document.year", "năm của kế hoạch (2201) không hợp lệ: năm phải từ 1945 đến 2100"}}},
		{"survey year before 1945", func(p *Plan) { p.Survey.Year = 1900 },
			P{{"survey.year", "năm điều tra, rà soát (1900) không hợp lệ: năm phải từ 1945 đến 2100"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPlan()
			tt.change(p)
			got := Check(p, Input{CanDraw: drawable})
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCheckSeed checks the mistakes of the seed as typed, all reported at
// once, in the order of the file.
func TestCheckSeed(t *testing.T) {
	p := validPlan()
	p.Units = append(p.Units, Unit{Name: "Xã Cam Nghĩa", Households: 1647, PolicyPoor: 1, SocialPoor: 28, Reduction: 1})
	p.Signer.Name = ""
	p.Units[3].Poor = num(38)
	p.Units[2].Poor = num(29)
	p.Document.Date = "18/3/2020"
	want := []Problem{
		{"document.date", `ngày ban hành "18/3/2020" sớm hơn kết quả điều tra, rà soát cuối năm 2020 (survey.year): có phải "18/3/2021"?`},
		{"units[2].poor", "số hộ nghèo (29) khác tổng của hai nhóm (38 = 0 hộ CS GN + 38 hộ BTXH)"},
		{"units[3].poor", "số hộ nghèo (38) khác tổng của hai nhóm (29 = 1 hộ CS GN + 28 hộ BTXH)"},
		{"signer.name", "thiếu trường bắt buộc: họ và tên người ký"},
	}
	if got := Check(p, Input{CanDraw: drawable}); !reflect.DeepEqual(got, want) {
		t.Errorf("Check:\n got %q\nwant %q", got, want)
	}
}

func TestCheckNilCanDraw(t *testing.T) {
	p := validPlan()
	p.Document.Subject = "Giảm nghèo 😀"
	if got := Check(p, Input{}); got != nil {
		t.Errorf("Check(p, Input{}) = %q, want nil", got)
	}
}

func TestCheckEmptyPlan(t *testing.T) {
	got := Check(&Plan{}, Input{CanDraw: drawable})
	var fields []string
	for _, p := range got {
		fields = append(fields, p.Field)
	}
	// An empty plan has neither number nor date: a draft, which needs
	// neither.
	want := []string{"document.type", "document.place", "document.year",
		"document.subject", "document.scope", "issuer.name", "issuer.symbol", "survey.year", "survey.standard",
		"units", "signer.prefix", "signer.position", "signer.name", "recipients.to", "recipients.archive"}
	if !reflect.DeepEqual(fields, want) {
		t.Errorf("fields of the problems of an empty plan:\n got %q\nwant %q", fields, want)
	}
}

// TestCheckZeroWritten tells a required number written as 0 from one left
// out of the file.
func TestCheckZeroWritten(t *testing.T) {
	written := func(path string) bool { return path == "document.number" || path == "units[1].households" }
	p := validPlan()
	p.Units[1].Households = 0
	p.Document.Number = 0
	p.Document.Year = 0
	want := []Problem{
		{"document.number", "số văn bản (0) phải từ 1 trở lên"},
		{"document.year", "thiếu trường bắt buộc: năm của kế hoạch"},
		{"units[1].households", "số hộ (0) phải lớn hơn 0"},
	}
	got := Check(p, Input{CanDraw: drawable, Written: written})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check:\n got %q\nwant %q", got, want)
	}
}

func TestCheckTooManyUnits(t *testing.T) {
	p := validPlan()
	p.Units = nil
	for i := range MaxUnits + 1 {
		p.Units = append(p.Units, Unit{Name: fmt.Sprintf("Thôn %d", i+1), Households: 100, SocialPoor: 2, Reduction: 1})
	}
	want := []Problem{{"units", "có 1001 đơn vị, quá giới hạn 1000 đơn vị của một kế hoạch"}}
	if got := Check(p, Input{CanDraw: drawable}); !reflect.DeepEqual(got, want) {
		t.Errorf("Check:\n got %q\nwant %q", got, want)
	}
	p.Units = p.Units[:MaxUnits]
	if got := Check(p, Input{CanDraw: drawable}); got != nil {
		t.Errorf("Check(%d units) = %q, want nil", MaxUnits, got)
	}
}

// TestCheckEmptyWrittenLists refuses a list that the file writes empty
// ("archive = []" would print "- Lưu: ."), and takes a list the file leaves
// out as absent. "superior = []" says there is no superior body.
func TestCheckEmptyWrittenLists(t *testing.T) {
	p := validPlan()
	p.Recipients.Archive = []string{}
	p.Text.Goals = []string{}
	p.Responsibilities[1].Duties = []string{}
	written := func(path string) bool {
		return path == "issuer.superior" || path == "text.goals" || path == "responsibilities[1].duties" || path == "recipients.archive"
	}
	want := []Problem{
		{"text.goals", "danh sách để trống: hãy ghi ít nhất một mục hoặc xóa khóa này"},
		{"responsibilities[1].duties", "danh sách để trống: hãy ghi ít nhất một mục hoặc xóa khóa này"},
		{"recipients.archive", `thiếu trường bắt buộc: nơi lưu văn bản, in sau "Lưu:" (ví dụ ["VT", "LĐTBXH"])`},
	}
	if got := Check(p, Input{CanDraw: drawable, Written: written}); !reflect.DeepEqual(got, want) {
		t.Errorf("Check:\n got %q\nwant %q", got, want)
	}
}
