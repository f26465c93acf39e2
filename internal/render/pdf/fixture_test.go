package pdf

import "github.com/kehoach/kehoach/internal/doc"

// samplePlan mirrors the seed plan: Kế hoạch thực hiện Chương trình giảm
// nghèo năm 2021 of UBND huyện Cam Lộ, number 44, dated 18/3/2021.
func samplePlan() *doc.Document {
	para := func(s string) doc.Block { return doc.Block{Kind: doc.Paragraph, Text: s} }
	part := func(n, s string) doc.Block { return doc.Block{Kind: doc.Part, Number: n, Text: s} }
	item := func(n, s string) doc.Block { return doc.Block{Kind: doc.Item, Number: n, Text: s} }
	list := func(marker string, items ...string) doc.Block {
		b := doc.Block{Kind: doc.List}
		for _, s := range items {
			b.Items = append(b.Items, doc.ListItem{Marker: marker, Text: s})
		}
		return b
	}
	numbered := func(items ...string) doc.Block {
		b := doc.Block{Kind: doc.List}
		for i, s := range items {
			b.Items = append(b.Items, doc.ListItem{Marker: string(rune('1'+i)) + ".", Text: s})
		}
		return b
	}
	return &doc.Document{
		Meta: doc.Meta{
			Title:    "Kế hoạch thực hiện Chương trình giảm nghèo năm 2021",
			Author:   "Ủy ban nhân dân huyện Cam Lộ",
			Subject:  "Thực hiện Chương trình giảm nghèo năm 2021",
			Keywords: "kế hoạch, giảm nghèo, năm 2021, 44/KH-UBND",
			Date:     "2021-03-18",
		},
		Header: doc.Header{
			Issuer:    []string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ"},
			Number:    "Số: 44/KH-UBND",
			National:  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			Motto:     "Độc lập - Tự do - Hạnh phúc",
			PlaceDate: "Cam Lộ, ngày 18 tháng 3 năm 2021",
		},
		Title: doc.Title{Kind: "KẾ HOẠCH", Subject: "Thực hiện Chương trình giảm nghèo năm 2021"},
		Body: []doc.Block{
			para("Thực hiện Chương trình mục tiêu quốc gia về giảm nghèo bền vững, giai đoạn 2016 - 2020, trên cơ sở kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2020 theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016 - 2020, để làm tốt công tác giảm nghèo năm 2021, UBND huyện xây dựng kế hoạch thực hiện Chương trình giảm nghèo năm 2021 với những nội dung như sau:"),
			part("I.", "TÌNH HÌNH CHUNG"),
			para("Theo kết quả điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2020 toàn huyện có:"),
			list("-",
				"Tổng số hộ toàn huyện: 14.932 hộ (trong đó có 99 hộ DTTS, chiếm tỷ lệ 0,66%).",
				"Tổng số hộ nghèo: 405/14.932 hộ, chiếm tỷ lệ 2,71%.",
				"Hộ nghèo thuộc đối tượng BTXH: 326/14.932 hộ, chiếm tỷ lệ 2,18%.",
				"Hộ nghèo đồng bào DTTS: 40/14.932 hộ, chiếm tỷ lệ 0,26%.",
				"Tổng số hộ cận nghèo: 663/14.932 hộ, chiếm tỷ lệ 4,44%.",
				"Hộ cận nghèo đồng bào DTTS: 44/14.932 hộ, chiếm tỷ lệ 0,29%."),
			part("II.", "MỤC ĐÍCH, YÊU CẦU"),
			list("-",
				"Nâng cao vai trò trách nhiệm của các cấp ủy, chính quyền trong việc thực hiện chính sách giảm nghèo bền vững.",
				"Tạo cơ hội cho hộ nghèo, hộ cận nghèo được tiếp cận các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về giảm nghèo bền vững; chủ động đầu tư phát triển sản xuất, nâng cao điều kiện sống vươn lên thoát nghèo, cải thiện đời sống vật chất và tinh thần.",
				"Chương trình giảm nghèo năm 2021 phải được tổ chức thực hiện một cách đồng bộ, thường xuyên, gắn kết chặt chẽ với nhiệm vụ phát triển kinh tế - xã hội của địa phương."),
			part("III.", "MỤC TIÊU NĂM 2021"),
			item("1.", "Mục tiêu chung:"),
			list("-",
				"Duy trì tỷ lệ hộ nghèo toàn huyện (theo chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020) dưới 3%.",
				"Nâng cao đời sống vật chất và tiếp cận các dịch vụ xã hội cho hộ nghèo, hộ cận nghèo.",
				"100% hộ nghèo được thụ hưởng đầy đủ các chính sách hỗ trợ giảm nghèo của Nhà nước."),
			item("2.", "Chỉ tiêu cụ thể:"),
			para("Chỉ tiêu giảm nghèo theo chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020."),
			{Kind: doc.TableBlock, Table: sampleTable()},
			para("* Dự kiến kết quả tổng điều tra, rà soát hộ nghèo, hộ cận nghèo theo Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025 (xây dựng kế hoạch riêng sau khi có văn bản hướng dẫn của cấp trên)."),
			part("IV.", "NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ"),
			numbered(
				"Tiếp tục tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước và các văn bản liên quan đến công tác giảm nghèo đến quần chúng nhân dân, tạo sự chuyển biến mạnh mẽ trong nhận thức của người dân về công tác giảm nghèo bền vững. Vận động hộ nghèo, hộ cận nghèo tiếp nhận và sử dụng có hiệu quả chính sách và nguồn lực hỗ trợ của Nhà nước, cộng đồng để chủ động phát triển kinh tế, vươn lên thoát nghèo.",
				"Triển khai thực hiện kịp thời, đầy đủ các chính sách, dự án hỗ trợ giảm nghèo theo quy định của Nhà nước, trong đó tập trung hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, nhân rộng mô hình giảm nghèo theo hướng tập trung, tránh manh mún, dàn trải, hiệu quả thấp. Lựa chọn nội dung và hình thức triển khai phù hợp với nhu cầu, khả năng của người nghèo, gắn đầu ra của sản phẩm với thị trường; xây dựng 01 - 02 mô hình điển hình/xã, thị trấn về nhân rộng giảm nghèo.",
				"Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền, sự phối hợp của UBMTTQ VN và các tổ chức CT-XH; phát huy vai trò tham mưu của các cơ quan chức năng, triển khai nhân rộng các mô hình, nêu gương điển hình trong công tác tự nguyện thoát nghèo ở thôn, bản, khu phố để thực hiện có hiệu quả công tác giảm nghèo bền vững.",
				"Xây dựng và triển khai kế hoạch giảm nghèo; tổ chức phối - kết hợp trong công tác giảm nghèo; tập trung lãnh đạo và có giải pháp chỉ đạo quyết liệt bằng nhiều hoạt động thiết thực đối với từng hộ đăng ký thoát nghèo. Tổ chức ký kết giao chỉ tiêu giảm nghèo năm 2021 giữa UBND cấp huyện, cấp xã với các hội đoàn thể cấp huyện, cấp xã. Tập trung thực hiện công tác giảm nghèo đối với các xã có tỷ lệ hộ nghèo cao, xã có đồng bào dân tộc thiểu số (xã Cam Tuyền).",
				"Thực hiện công tác giám sát, đánh giá việc thực hiện mục tiêu giảm nghèo hàng năm ở các cấp; đảm bảo 100% xã, thị trấn tổ chức kiểm tra, giám sát, đánh giá về thực hiện kế hoạch giảm nghèo. Tổ chức tổng điều tra, rà soát, tổng hợp báo cáo hộ nghèo, hộ cận nghèo vào quý IV/2021 để nhập cơ sở dữ liệu vào phần mềm quản lý về giảm nghèo các cấp."),
			part("V.", "TỔ CHỨC THỰC HIỆN"),
			item("1.", "Phòng Lao động - Thương binh và Xã hội:"),
			list("-",
				"Hướng dẫn UBND các xã, thị trấn và các đơn vị liên quan tổng hợp, phân tích số liệu về hộ nghèo, hộ cận nghèo để làm cơ sở xây dựng, thực hiện các chương trình giảm nghèo năm 2021.",
				"Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn UBND các xã, thị trấn ký kết Chương trình phối hợp giảm nghèo với các Hội đoàn thể cấp xã; tham mưu UBND huyện ký kết Chương trình phối hợp về công tác giảm nghèo với các tổ chức CT-XH cấp huyện.",
				"Chủ trì, phối hợp với các cơ quan, đơn vị liên quan chỉ đạo triển khai thực hiện các hoạt động dạy nghề cho lao động nông thôn; xây dựng kế hoạch và hướng dẫn công tác điều tra, rà soát hộ nghèo, hộ cận nghèo cuối năm 2021; thực hiện cuộc tổng điều tra rà soát hộ nghèo, hộ cận nghèo giai đoạn 2022 - 2026 theo hướng dẫn của Sở Lao động - TB&XH.",
				"Phối hợp với các cơ quan, đơn vị liên quan đôn đốc, kiểm tra, giám sát tình hình thực hiện các chính sách giảm nghèo, tổng hợp báo cáo kết quả thực hiện công tác giảm nghèo hàng năm và cả giai đoạn."),
			item("2.", "Phòng Nông nghiệp và Phát triển nông thôn:"),
			list("-",
				"Chủ trì phối hợp với các đơn vị liên quan, UBND các xã, thị trấn thực hiện các chính sách về sinh kế cho hộ nghèo, hộ cận nghèo; các hoạt động dạy nghề nông nghiệp cho lao động nông thôn; hỗ trợ sản xuất, tăng thu nhập cho người nghèo; hướng dẫn thực hiện các chính sách, dự án về sản xuất nông nghiệp; nhân rộng mô hình phát triển sản xuất nông nghiệp điển hình về giảm nghèo trên địa bàn huyện."),
			item("3.", "Ngân hàng Chính sách xã hội huyện:"),
			list("-",
				"Thực hiện tốt cho vay tín dụng ưu đãi hộ nghèo, hộ cận nghèo và các đối tượng chính sách khác; quản lý vốn và thực hiện cho vay đúng quy định, đúng đối tượng, tạo điều kiện cho người nghèo vay vốn nhanh gọn, hiệu quả."),
			item("4.", "Các phòng, ban, ngành liên quan:"),
			list("-",
				"Trên cơ sở chức năng, nhiệm vụ được giao có trách nhiệm ưu tiên lồng ghép phối hợp thực hiện Chương trình giảm nghèo và xây dựng kế hoạch cụ thể để tổ chức triển khai hiệu quả."),
			item("5.", "Đề nghị UBMTTQ và các tổ chức CT-XH huyện:"),
			list("-",
				"Tăng cường tuyên truyền, vận động hội viên, đoàn viên và nhân dân tích cực tham gia thực hiện kế hoạch giảm nghèo năm 2021; phát động các phong trào giúp đỡ hộ nghèo, hộ cận nghèo, hỗ trợ xây dựng, sửa chữa nhà ở, phát triển sản xuất và đẩy mạnh cuộc vận động xây dựng Quỹ “Ngày Vì người nghèo”.",
				"Phát động Phong trào thi đua hộ nghèo tự nguyện thoát nghèo; nêu gương điển hình tự nguyện thoát nghèo ở thôn, bản, khu phố.",
				"Phối hợp với Phòng Lao động - Thương binh và Xã hội tổ chức ký kết Chương trình giảm nghèo bền vững năm 2021."),
			item("6.", "UBND các xã, thị trấn:"),
			list("-",
				"Tăng cường công tác tuyên truyền các chủ trương, chính sách về giảm nghèo bền vững cho cán bộ, nhân dân hiểu và thực hiện; khuyến khích các hộ nghèo, hộ cận nghèo chủ động vươn lên thoát nghèo.",
				"Xây dựng kế hoạch và có chỉ tiêu, định hướng giảm nghèo cho các tổ chức đoàn thể, các thôn/bản/khu phố để triển khai thực hiện; phân công trách nhiệm, hướng dẫn cho các thành viên BCĐ giảm nghèo theo địa bàn phụ trách. Tổ chức tốt cuộc tổng điều tra, rà soát hộ nghèo, hộ cận nghèo năm 2021 đảm bảo đúng quy định.",
				"Tổng hợp, báo cáo kết quả thực hiện hàng năm gửi về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội) để tổng hợp báo cáo UBND tỉnh, Sở Lao động - Thương binh và Xã hội./."),
		},
		Signature: doc.Signature{
			Lines: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"},
			Name:  "Trần Anh Tuấn",
		},
		Recipients: doc.Recipients{
			Label: "Nơi nhận:",
			Lines: []string{
				"- UBND tỉnh;",
				"- Sở LĐ-TB&XH;",
				"- TT Huyện ủy; TT HĐND huyện;",
				"- CT, PCT UBND huyện;",
				"- UBMTTQVN, các tổ chức CT-XH huyện;",
				"- Các cơ quan liên quan;",
				"- TV BCĐ giảm nghèo huyện;",
				"- UBND các xã, thị trấn;",
				"- Lưu: VT.",
			},
		},
	}
}

// sampleTable is the seed's table of targets: 13 columns, three header rows
// with merged cells, the row of column numbers, 8 communes and the total.
func sampleTable() *doc.Table {
	cols := []doc.Column{{Width: 9, Align: doc.Center}, {Width: 31, Align: doc.Left}, {Width: 15, Align: doc.Right}}
	for range 10 {
		cols = append(cols, doc.Column{Width: 11, Align: doc.Right})
	}
	cells := func(ss ...string) []doc.Cell {
		out := make([]doc.Cell, len(ss))
		for i, s := range ss {
			out[i] = doc.Cell{Text: s}
		}
		return out
	}
	t := &doc.Table{
		Columns: cols,
		Header: []doc.Row{
			{Cells: []doc.Cell{
				{Text: "TT", RowSpan: 3}, {Text: "Đơn vị", RowSpan: 3},
				{Text: "Hộ nghèo đầu 2021", ColSpan: 3},
				{Text: "Hộ nghèo theo nhóm đối tượng", ColSpan: 4},
				{Text: "Chỉ tiêu GN 2021", ColSpan: 2},
				{Text: "Hộ nghèo cuối năm 2021", ColSpan: 2},
			}},
			{Cells: []doc.Cell{
				{Text: "Dân số (hộ)", RowSpan: 2}, {Text: "Hộ nghèo", RowSpan: 2}, {Text: "Tỷ lệ (%)", RowSpan: 2},
				{Text: "Tổng HN CSGN", ColSpan: 2}, {Text: "Tổng HN cứng", ColSpan: 2},
				{Text: "Hộ giảm", RowSpan: 2}, {Text: "Tỷ lệ giảm", RowSpan: 2},
				{Text: "Hộ nghèo", RowSpan: 2}, {Text: "Tỷ lệ (%)", RowSpan: 2},
			}},
			{Cells: cells("Hộ CS GN", "Tỷ lệ (%)", "HN cứng", "Tỷ lệ (%)")},
			{Style: doc.Italic, Cells: cells("A", "B", "1", "2=4+6", "3=2/1", "4", "5=4/1", "6", "7=6/1", "8", "9=8/1", "10=2-8", "11=10/1")},
		},
	}
	for _, r := range [][]string{
		{"1", "Xã Cam Tuyền", "1.458", "99", "6,79", "44", "3,02", "55", "3,77", "17", "1,17", "82", "5,62"},
		{"2", "Xã Thanh An", "2.706", "99", "3,66", "16", "0,59", "83", "3,07", "6", "0,22", "93", "3,44"},
		{"3", "Xã Cam Thủy", "1.472", "43", "2,92", "7", "0,48", "36", "2,45", "5", "0,34", "38", "2,58"},
		{"4", "Xã Cam Hiếu", "1.779", "37", "2,08", "10", "0,56", "27", "1,52", "5", "0,28", "32", "1,80"},
		{"5", "Xã Cam Thành", "2.212", "38", "1,72", "1", "0,05", "37", "1,67", "1", "0,05", "37", "1,67"},
		{"6", "TT Cam Lộ", "2.169", "29", "1,34", "0", "0,00", "29", "1,34", "2", "0,09", "27", "1,24"},
		{"7", "Xã Cam Nghĩa", "1.647", "38", "2,31", "1", "0,06", "37", "2,25", "1", "0,06", "37", "2,25"},
		{"8", "Xã Cam Chính", "1.489", "22", "1,48", "0", "0,00", "22", "1,48", "0", "0,00", "22", "1,48"},
	} {
		t.Body = append(t.Body, doc.Row{Cells: cells(r...)})
	}
	t.Body = append(t.Body, doc.Row{Style: doc.Bold, Cells: cells(
		"", "Tổng cộng", "14.932", "405", "2,71", "79", "0,53", "326", "2,18", "37", "0,25", "368", "2,46")})
	return t
}
