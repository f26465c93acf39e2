package report

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/datafile"
)

// Print writes r as a report's data file, in the order and with the
// comments of the sample report, for the year of the plan it is on. A
// report without number and date is written as a draft: the number's line
// is a comment and the date empty.
func Print(r *Report, year int) []byte {
	w := &datafile.Writer{}
	d := &r.Document
	y := strconv.Itoa(year)
	w.Line("# Báo cáo kết quả thực hiện Kế hoạch giảm nghèo năm " + y + ".")
	w.Line("#")
	w.Line("# Báo cáo dùng lại kế hoạch đã ban hành: số, ngày, năm, các đơn vị, số hộ,")
	w.Line("# số hộ nghèo đầu năm và chỉ tiêu giảm nghèo được đọc từ tệp kế hoạch, không")
	w.Line("# ghi lại ở đây. Tệp này chỉ ghi những gì diễn ra trong năm ở từng đơn vị;")
	w.Line("# số hộ nghèo cuối năm, các tỷ lệ, mức giảm và tỷ lệ hoàn thành chỉ tiêu do")
	w.Line("# kehoach tự tính.")
	w.Line("")
	w.Line("[document]")
	w.Str("type", d.Type, "ký hiệu loại văn bản (BC: Báo cáo)")
	w.Str("plan", d.Plan, "kế hoạch được báo cáo: tệp dữ liệu, hoặc tệp PDF đã lưu trong kho; đường dẫn tính từ thư mục của tệp này")
	if d.State != "" {
		w.Str("state", d.State, "trạng thái: dự thảo, trình ký số hoặc ban hành")
	}
	if d.Draft {
		w.KV("draft", "true", "bản dự thảo: in chữ DỰ THẢO")
	}
	w.Number(d.Number, "số văn bản; bỏ trống khi còn là dự thảo")
	w.Date(d.Date, "ngày báo cáo, dạng ngày/tháng/năm")
	if d.Place != "" {
		w.Str("place", d.Place, "địa danh ghi ở dòng ngày tháng (bỏ trống: như kế hoạch)")
	}
	if d.Subject != "" {
		w.Str("subject", d.Subject, "trích yếu (bỏ trống: tự ghi theo kế hoạch)")
	}
	w.Line("")
	w.Line("# Mỗi đơn vị của kế hoạch là một mục [[units]], đúng thứ tự của kế hoạch:")
	w.Line("#   name            tên đơn vị, như trong kế hoạch")
	w.Line("#   households_end  tổng số hộ cuối năm")
	w.Line("#   left_poverty    số hộ thoát nghèo trong năm")
	w.Line("#   fell_back       số hộ tái nghèo trong năm")
	w.Line("#   new_poor        số hộ nghèo phát sinh mới trong năm")
	w.Line("# Có thể ghi thêm (không bắt buộc): policy_poor_end và social_poor_end (số hộ")
	w.Line("# nghèo cuối năm thuộc CS GN và BTXH, ghi cả hai, tổng phải bằng số hộ nghèo")
	w.Line("# cuối năm), near_poor_end (số hộ cận nghèo cuối năm).")
	for _, m := range r.Units {
		w.Line("")
		w.Line("[[units]]")
		w.Str("name", m.Name, "tên đơn vị")
		w.Num("households_end", m.HouseholdsEnd, "tổng số hộ cuối năm")
		w.Num("left_poverty", m.Left, "số hộ thoát nghèo")
		w.Num("fell_back", m.FellBack, "số hộ tái nghèo")
		w.Num("new_poor", m.New, "số hộ nghèo phát sinh mới")
		w.Opt("policy_poor_end", m.PolicyPoorEnd, "hộ nghèo CS GN cuối năm")
		w.Opt("social_poor_end", m.SocialPoorEnd, "hộ nghèo BTXH cuối năm")
		w.Opt("near_poor_end", m.NearPoorEnd, "hộ cận nghèo cuối năm")
	}
	w.Line("")
	t := &r.Text
	w.Line("[text]")
	w.Block("results", t.Results, "kết quả thực hiện, mỗi phần tử một đoạn")
	w.Block("shortcomings", t.Shortcomings, "tồn tại, hạn chế và nguyên nhân")
	w.Block("tasks", t.Tasks, "nhiệm vụ, giải pháp năm tới")
	if g := r.Signer; g != nil {
		w.Line("")
		w.Line("# Người ký của báo cáo (bỏ mục này: như kế hoạch).")
		w.Line("[signer]")
		w.Signer(g)
	}
	if rc := r.Recipients; rc != nil {
		w.Line("")
		w.Line("# Nơi nhận của báo cáo (bỏ mục này: như kế hoạch).")
		w.Line("[recipients]")
		w.Recipients(rc)
	}
	return w.Bytes()
}
