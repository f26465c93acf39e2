package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"log"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

func ExampleRenderer_Render() {
	r, err := pdf.New() // once: loads and measures the fonts
	if err != nil {
		log.Fatal(err)
	}
	d := &doc.Document{
		Meta: doc.Meta{Title: "Kế hoạch", Date: "2021-03-18"},
		Header: doc.Header{
			Issuer:    []string{"ỦY BAN NHÂN DÂN", "HUYỆN CAM LỘ"},
			Number:    "Số: 44/KH-UBND",
			National:  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			Motto:     "Độc lập - Tự do - Hạnh phúc",
			PlaceDate: "Cam Lộ, ngày 18 tháng 3 năm 2021",
		},
		Title: doc.Title{Kind: "KẾ HOẠCH", Subject: "Thực hiện Chương trình giảm nghèo năm 2021"},
		Body: []doc.Block{
			{Kind: doc.Part, Number: "I.", Text: "MỤC ĐÍCH, YÊU CẦU"},
			{Kind: doc.Paragraph, Text: "Nâng cao vai trò trách nhiệm của các cấp ủy, chính quyền./."},
		},
		Signature:  doc.Signature{Lines: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}, Name: "Trần Anh Tuấn"},
		Recipients: doc.Recipients{Label: "Nơi nhận:", Lines: []string{"- UBND tỉnh;", "- Lưu: VT."}},
	}
	var buf bytes.Buffer
	if err := r.Render(context.Background(), &buf, d); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")))
	// Output: true
}
