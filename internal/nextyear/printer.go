package nextyear

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/plan"
)

// commentCol is the column at which the comments after a value start, as
// in the sample data file.
const commentCol = 28

// printer writes a data file the way a clerk writes one: the sections and
// keys in the order of the sample, with its comments.
type printer struct {
	b strings.Builder
}

// line writes one line.
func (w *printer) line(s string) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

// kv writes key = value, and a comment aligned at commentCol when given.
func (w *printer) kv(key, value, comment string) {
	s := key + " = " + value
	if comment != "" {
		if n := utf8.RuneCountInString(s); n < commentCol {
			s += strings.Repeat(" ", commentCol-n)
		} else {
			s += "  "
		}
		s += "# " + comment
	}
	w.line(s)
}

// str writes a string value.
func (w *printer) str(key, value, comment string) { w.kv(key, quote(value), comment) }

// num writes a number value.
func (w *printer) num(key string, n int, comment string) { w.kv(key, strconv.Itoa(n), comment) }

// opt writes an optional number, when given.
func (w *printer) opt(key string, n *int, comment string) {
	if n != nil {
		w.num(key, *n, comment)
	}
}

// inline writes a short list on one line.
func (w *printer) inline(key string, list []string, comment string) {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = quote(s)
	}
	w.kv(key, "["+strings.Join(q, ", ")+"]", comment)
}

// block writes a list one entry per line; an empty list is left out, as
// the data file may not write one.
func (w *printer) block(key string, list []string, comment string) {
	if len(list) == 0 {
		return
	}
	w.kv(key, "[", comment)
	for _, s := range list {
		w.line("  " + quote(s) + ",")
	}
	w.line("]")
}

// Print writes p as a data file, in the order and with the comments of the
// sample data file. A plan without number and date is written as a draft:
// the number's line is a comment and the date empty.
func Print(p *plan.Plan) []byte { return printPlan(p, false) }

// printPlan is Print; toFill marks the reduction targets as to be filled.
func printPlan(p *plan.Plan, toFill bool) []byte {
	w := &printer{}
	d := &p.Document
	w.line("# Kế hoạch thực hiện Chương trình giảm nghèo năm " + strconv.Itoa(d.Year) + ".")
	w.line("#")
	w.line("# Tệp này chỉ ghi các dữ kiện của kế hoạch. Mọi con số suy ra (số hộ nghèo,")
	w.line("# các tỷ lệ, số hộ nghèo cuối năm, dòng tổng cộng, các câu tóm tắt ở mục I)")
	w.line("# do kehoach tự tính từ số liệu của từng đơn vị.")
	w.line("#")
	w.line("# Cách ghi: chuỗi đặt trong dấu nháy kép \"...\"; số nguyên ghi liền, không có")
	w.line("# dấu chấm hàng nghìn (14932, không ghi 14.932); danh sách đặt trong [ ... ],")
	w.line("# các phần tử cách nhau bằng dấu phẩy. Dòng bắt đầu bằng # là chú thích.")
	w.line("")
	w.line("[document]")
	w.str("type", d.Type, "ký hiệu loại văn bản (KH: Kế hoạch)")
	if d.Number != 0 {
		w.num("number", d.Number, "số văn bản; số nhỏ hơn 10 sẽ được in thêm số 0 ở trước (05)")
	} else {
		w.kv("# number", "…", "số văn bản: để trống khi còn là dự thảo; khi ban hành, bỏ dấu # ở đầu dòng và ghi số")
	}
	w.str("place", d.Place, "địa danh ghi ở dòng ngày tháng")
	if d.Date != "" {
		w.str("date", d.Date, "ngày ban hành, dạng ngày/tháng/năm")
	} else {
		w.str("date", d.Date, "ngày ban hành, dạng ngày/tháng/năm; để trống khi còn là dự thảo")
	}
	w.num("year", d.Year, "năm thực hiện kế hoạch")
	w.str("subject", d.Subject, "trích yếu, in dưới chữ KẾ HOẠCH")
	w.str("scope", d.Scope, "cấp của địa bàn, dùng trong câu \"toàn huyện\" (huyện, xã, thị xã...)")
	if d.Draft {
		w.kv("draft", "true", "bản dự thảo: in chữ DỰ THẢO, để trống số văn bản")
	}
	w.line("# Chưa có số và ngày ban hành thì kế hoạch là bản dự thảo: văn bản in chữ")
	w.line("# DỰ THẢO và để trống số, ngày; ghi draft = true để in bản dự thảo cả khi đã có số.")
	w.line("# Câu nào còn nhắc năm trước năm kế hoạch (ví dụ \"năm " + strconv.Itoa(d.Year-1) + "\" trong kế hoạch năm " + strconv.Itoa(d.Year) + ")")
	w.line("# thì \"kehoach check\" cảnh báo và \"kehoach build --final\" từ chối. Sửa lại năm; câu")
	w.line("# nào cố ý giữ nguyên thì ghi đường dẫn của nó vào keep_years (đếm từ 0), ví dụ:")
	w.line("# keep_years = [\"survey.standard\", \"text.tasks[3]\"]")
	if len(d.KeepYears) > 0 {
		w.inline("keep_years", d.KeepYears, "các câu cố ý giữ nguyên năm cũ")
	}
	w.line("")

	is := &p.Issuer
	w.line("[issuer]")
	w.inline("superior", is.Superior, "cơ quan chủ quản (mỗi phần tử một dòng); để trống nếu không có")
	w.inline("name", is.Name, "tên cơ quan ban hành, mỗi phần tử một dòng (in hoa khi in)")
	w.str("symbol", is.Symbol, "ký hiệu cơ quan ban hành, ghi sau ký hiệu loại văn bản: KH-"+is.Symbol)
	w.line("")

	s := &p.Survey
	w.line("[survey]")
	w.num("year", s.Year, "năm điều tra, rà soát hộ nghèo, hộ cận nghèo (cuối năm)")
	w.str("standard", s.Standard, "chuẩn nghèo áp dụng, đứng sau chữ \"theo\"")
	if givesArea(s) {
		w.line("# Các số liệu của toàn địa bàn khi không có số liệu chi tiết của từng đơn vị")
		w.line("# (có thể bỏ; nếu từng đơn vị đều có số liệu thì tổng phải khớp):")
		w.opt("ethnic_households", s.EthnicHouseholds, "số hộ đồng bào dân tộc thiểu số (DTTS)")
		w.opt("ethnic_poor", s.EthnicPoor, "số hộ nghèo đồng bào DTTS")
		w.opt("near_poor", s.NearPoor, "số hộ cận nghèo")
		w.opt("ethnic_near_poor", s.EthnicNearPoor, "số hộ cận nghèo đồng bào DTTS")
	}
	w.line("")

	w.line("# Mỗi đơn vị (xã, thị trấn; hoặc thôn đối với kế hoạch của xã) là một mục")
	w.line("# [[units]], theo thứ tự các dòng của bảng chỉ tiêu. Trong mỗi mục:")
	w.line("#   name        tên đơn vị")
	w.line("#   households  tổng số hộ (dân số tính theo hộ)")
	w.line("#   policy_poor số hộ nghèo thuộc chính sách giảm nghèo (CS GN)")
	w.line("#   social_poor số hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH, \"HN cứng\")")
	w.line("#   reduction   chỉ tiêu số hộ giảm nghèo trong năm")
	w.line("# Có thể ghi thêm (không bắt buộc): poor (tổng hộ nghèo, phải bằng")
	w.line("# policy_poor + social_poor), ethnic_households, ethnic_poor, near_poor,")
	w.line("# ethnic_near_poor (số liệu của riêng đơn vị đó).")
	for i, u := range p.Units {
		w.line("")
		w.line("[[units]]")
		w.str("name", u.Name, "tên đơn vị")
		w.num("households", u.Households, "tổng số hộ")
		if i == 0 {
			w.num("policy_poor", u.PolicyPoor, "hộ nghèo thuộc chính sách giảm nghèo (CS GN)")
			w.num("social_poor", u.SocialPoor, "hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH)")
			w.opt("poor", u.Poor, "tổng hộ nghèo (CS GN + BTXH)")
			w.num("reduction", u.Reduction, "chỉ tiêu hộ giảm nghèo năm "+strconv.Itoa(d.Year)+fill(toFill))
		} else {
			w.num("policy_poor", u.PolicyPoor, "hộ nghèo CS GN")
			w.num("social_poor", u.SocialPoor, "hộ nghèo BTXH")
			w.opt("poor", u.Poor, "tổng hộ nghèo")
			w.num("reduction", u.Reduction, "chỉ tiêu hộ giảm nghèo"+fill(toFill))
		}
		w.opt("ethnic_households", u.EthnicHouseholds, "hộ đồng bào DTTS")
		w.opt("ethnic_poor", u.EthnicPoor, "hộ nghèo đồng bào DTTS")
		w.opt("near_poor", u.NearPoor, "hộ cận nghèo")
		w.opt("ethnic_near_poor", u.EthnicNearPoor, "hộ cận nghèo đồng bào DTTS")
	}
	w.line("")

	t := &p.Text
	w.line("[text]")
	w.line("# Đoạn mở đầu, trước mục I (mỗi phần tử là một đoạn văn).")
	w.block("intro", t.Intro, "")
	w.line("# Mục II. Mục đích, yêu cầu (mỗi phần tử là một gạch đầu dòng).")
	w.block("purposes", t.Purposes, "")
	w.line("# Mục III.1. Mục tiêu chung (mỗi phần tử là một gạch đầu dòng).")
	w.block("goals", t.Goals, "")
	w.line("# Các đoạn ghi chú in ngay sau bảng chỉ tiêu.")
	w.block("notes", t.Notes, "")
	w.line("")
	w.line("# Mục IV. Nhiệm vụ và giải pháp cụ thể (mỗi phần tử là một đoạn, tự đánh số 1, 2, 3...).")
	w.block("tasks", t.Tasks, "")
	w.line("")

	w.line("# Mục V. Tổ chức thực hiện: mỗi cơ quan một mục [[responsibilities]], tự đánh số.")
	for i, r := range p.Responsibilities {
		if i > 0 {
			w.line("")
		}
		w.line("[[responsibilities]]")
		if i == 0 {
			w.str("agency", r.Agency, "tên cơ quan (không ghi số thứ tự và dấu hai chấm)")
			w.block("duties", r.Duties, "nhiệm vụ, mỗi phần tử là một gạch đầu dòng")
		} else {
			w.str("agency", r.Agency, "tên cơ quan")
			w.block("duties", r.Duties, "nhiệm vụ")
		}
	}
	w.line("")

	g := &p.Signer
	w.line("[signer]")
	w.str("prefix", g.Prefix, "thẩm quyền ký: TM., KT., Q., TL. hoặc TUQ.")
	w.str("body", g.Body, "tập thể mà người ký thay mặt (với TM.)")
	w.str("position", g.Position, "chức vụ của người đứng đầu")
	w.str("deputy_position", g.DeputyPosition, "chức vụ của người ký thay (với KT., TL., TUQ.; ví dụ \"Phó Chủ tịch\")")
	w.str("name", g.Name, "họ và tên người ký (không ghi học hàm, học vị)")
	w.line("")

	rc := &p.Recipients
	w.line("[recipients]")
	w.block("to", rc.To, "nơi nhận, mỗi phần tử một dòng (không ghi gạch đầu dòng và dấu chấm phẩy)")
	w.inline("archive", rc.Archive, "nơi lưu, in thành dòng cuối \"- Lưu: VT.\"")
	return []byte(w.b.String())
}

// fill is what the comment of a target to be filled adds.
func fill(toFill bool) string {
	if toFill {
		return ": cần điền"
	}
	return ""
}

// givesArea reports whether the survey gives any whole-area figure.
func givesArea(s *plan.Survey) bool {
	for _, c := range plan.UnitCounts() {
		if at := c.Area(s); at != nil && *at != nil {
			return true
		}
	}
	return false
}
