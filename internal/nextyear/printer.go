package nextyear

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/datafile"
	"github.com/kehoach/kehoach/internal/plan"
)

// Print writes p as a data file, in the order and with the comments of the
// sample data file. A plan without number and date is written as a draft:
// the number's line is a comment and the date empty.
func Print(p *plan.Plan) []byte { return printPlan(p, false) }

// printPlan is Print; toFill marks the reduction targets as to be filled.
func printPlan(p *plan.Plan, toFill bool) []byte {
	w := &datafile.Writer{}
	d := &p.Document
	w.Line("# Kế hoạch thực hiện Chương trình giảm nghèo năm " + strconv.Itoa(d.Year) + ".")
	w.Line("#")
	w.Line("# Tệp này chỉ ghi các dữ kiện của kế hoạch. Mọi con số suy ra (số hộ nghèo,")
	w.Line("# các tỷ lệ, số hộ nghèo cuối năm, dòng tổng cộng, các câu tóm tắt ở mục I)")
	w.Line("# do kehoach tự tính từ số liệu của từng đơn vị.")
	w.Line("#")
	w.Line("# Cách ghi: chuỗi đặt trong dấu nháy kép \"...\"; số nguyên ghi liền, không có")
	w.Line("# dấu chấm hàng nghìn (14932, không ghi 14.932); danh sách đặt trong [ ... ],")
	w.Line("# các phần tử cách nhau bằng dấu phẩy. Dòng bắt đầu bằng # là chú thích.")
	w.Line("")
	w.Line("[document]")
	w.Str("type", d.Type, "ký hiệu loại văn bản (KH: Kế hoạch)")
	w.Number(d.Number, "số văn bản; số nhỏ hơn 10 sẽ được in thêm số 0 ở trước (05)")
	w.Str("place", d.Place, "địa danh ghi ở dòng ngày tháng")
	w.Date(d.Date, "ngày ban hành, dạng ngày/tháng/năm")
	w.Num("year", d.Year, "năm thực hiện kế hoạch")
	w.Str("subject", d.Subject, "trích yếu, in dưới chữ KẾ HOẠCH")
	w.Str("scope", d.Scope, "cấp của địa bàn, dùng trong câu \"toàn huyện\" (huyện, xã, thị xã...)")
	if d.Draft {
		w.KV("draft", "true", "bản dự thảo: in chữ DỰ THẢO, để trống số văn bản")
	}
	w.Line("# Chưa có số và ngày ban hành thì kế hoạch là bản dự thảo: văn bản in chữ")
	w.Line("# DỰ THẢO và để trống số, ngày; ghi draft = true để in bản dự thảo cả khi đã có số.")
	w.Line("# Câu nào còn nhắc năm trước năm kế hoạch (ví dụ \"năm " + strconv.Itoa(d.Year-1) + "\" trong kế hoạch năm " + strconv.Itoa(d.Year) + ")")
	w.Line("# thì \"kehoach check\" cảnh báo và \"kehoach build --final\" từ chối. Sửa lại năm; câu")
	w.Line("# nào cố ý giữ nguyên thì ghi đường dẫn của nó vào keep_years (đếm từ 0), ví dụ:")
	w.Line("# keep_years = [\"survey.standard\", \"text.tasks[3]\"]")
	if len(d.KeepYears) > 0 {
		w.Inline("keep_years", d.KeepYears, "các câu cố ý giữ nguyên năm cũ")
	}
	w.Line("")

	is := &p.Issuer
	w.Line("[issuer]")
	w.Inline("superior", is.Superior, "cơ quan chủ quản (mỗi phần tử một dòng); để trống nếu không có")
	w.Inline("name", is.Name, "tên cơ quan ban hành, mỗi phần tử một dòng (in hoa khi in)")
	w.Str("symbol", is.Symbol, "ký hiệu cơ quan ban hành, ghi sau ký hiệu loại văn bản: KH-"+is.Symbol)
	w.Line("")

	s := &p.Survey
	w.Line("[survey]")
	w.Num("year", s.Year, "năm điều tra, rà soát hộ nghèo, hộ cận nghèo (cuối năm)")
	w.Str("standard", s.Standard, "chuẩn nghèo áp dụng, đứng sau chữ \"theo\"")
	if givesArea(s) {
		w.Line("# Các số liệu của toàn địa bàn khi không có số liệu chi tiết của từng đơn vị")
		w.Line("# (có thể bỏ; nếu từng đơn vị đều có số liệu thì tổng phải khớp):")
		w.Opt("ethnic_households", s.EthnicHouseholds, "số hộ đồng bào dân tộc thiểu số (DTTS)")
		w.Opt("ethnic_poor", s.EthnicPoor, "số hộ nghèo đồng bào DTTS")
		w.Opt("near_poor", s.NearPoor, "số hộ cận nghèo")
		w.Opt("ethnic_near_poor", s.EthnicNearPoor, "số hộ cận nghèo đồng bào DTTS")
	}
	w.Line("")

	w.Line("# Mỗi đơn vị (xã, thị trấn; hoặc thôn đối với kế hoạch của xã) là một mục")
	w.Line("# [[units]], theo thứ tự các dòng của bảng chỉ tiêu. Trong mỗi mục:")
	w.Line("#   name        tên đơn vị")
	w.Line("#   households  tổng số hộ (dân số tính theo hộ)")
	w.Line("#   policy_poor số hộ nghèo thuộc chính sách giảm nghèo (CS GN)")
	w.Line("#   social_poor số hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH, \"HN cứng\")")
	w.Line("#   reduction   chỉ tiêu số hộ giảm nghèo trong năm")
	w.Line("# Có thể ghi thêm (không bắt buộc): poor (tổng hộ nghèo, phải bằng")
	w.Line("# policy_poor + social_poor), ethnic_households, ethnic_poor, near_poor,")
	w.Line("# ethnic_near_poor (số liệu của riêng đơn vị đó).")
	for i, u := range p.Units {
		w.Line("")
		w.Line("[[units]]")
		w.Str("name", u.Name, "tên đơn vị")
		w.Num("households", u.Households, "tổng số hộ")
		if i == 0 {
			w.Num("policy_poor", u.PolicyPoor, "hộ nghèo thuộc chính sách giảm nghèo (CS GN)")
			w.Num("social_poor", u.SocialPoor, "hộ nghèo thuộc đối tượng bảo trợ xã hội (BTXH)")
			w.Opt("poor", u.Poor, "tổng hộ nghèo (CS GN + BTXH)")
			w.Num("reduction", u.Reduction, "chỉ tiêu hộ giảm nghèo năm "+strconv.Itoa(d.Year)+fill(toFill))
		} else {
			w.Num("policy_poor", u.PolicyPoor, "hộ nghèo CS GN")
			w.Num("social_poor", u.SocialPoor, "hộ nghèo BTXH")
			w.Opt("poor", u.Poor, "tổng hộ nghèo")
			w.Num("reduction", u.Reduction, "chỉ tiêu hộ giảm nghèo"+fill(toFill))
		}
		w.Opt("ethnic_households", u.EthnicHouseholds, "hộ đồng bào DTTS")
		w.Opt("ethnic_poor", u.EthnicPoor, "hộ nghèo đồng bào DTTS")
		w.Opt("near_poor", u.NearPoor, "hộ cận nghèo")
		w.Opt("ethnic_near_poor", u.EthnicNearPoor, "hộ cận nghèo đồng bào DTTS")
	}
	w.Line("")

	t := &p.Text
	w.Line("[text]")
	w.Line("# Đoạn mở đầu, trước mục I (mỗi phần tử là một đoạn văn).")
	w.Block("intro", t.Intro, "")
	w.Line("# Mục II. Mục đích, yêu cầu (mỗi phần tử là một gạch đầu dòng).")
	w.Block("purposes", t.Purposes, "")
	w.Line("# Mục III.1. Mục tiêu chung (mỗi phần tử là một gạch đầu dòng).")
	w.Block("goals", t.Goals, "")
	w.Line("# Các đoạn ghi chú in ngay sau bảng chỉ tiêu.")
	w.Block("notes", t.Notes, "")
	w.Line("")
	w.Line("# Mục IV. Nhiệm vụ và giải pháp cụ thể (mỗi phần tử là một đoạn, tự đánh số 1, 2, 3...).")
	w.Block("tasks", t.Tasks, "")
	w.Line("")

	w.Line("# Mục V. Tổ chức thực hiện: mỗi cơ quan một mục [[responsibilities]], tự đánh số.")
	for i, r := range p.Responsibilities {
		if i > 0 {
			w.Line("")
		}
		w.Line("[[responsibilities]]")
		if i == 0 {
			w.Str("agency", r.Agency, "tên cơ quan (không ghi số thứ tự và dấu hai chấm)")
			w.Block("duties", r.Duties, "nhiệm vụ, mỗi phần tử là một gạch đầu dòng")
		} else {
			w.Str("agency", r.Agency, "tên cơ quan")
			w.Block("duties", r.Duties, "nhiệm vụ")
		}
	}
	w.Line("")

	w.Line("[signer]")
	w.Signer(&p.Signer)
	w.Line("")

	w.Line("[recipients]")
	w.Recipients(&p.Recipients)
	return w.Bytes()
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
