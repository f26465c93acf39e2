package load_test

import (
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/load"
)

func ExampleRead() {
	data := `
[document]
type = "KH"
number = 44
place = "Cam Lộ"
date = "18/3/2020"
year = 2021
subject = "Thực hiện Chương trình giảm nghèo năm 2021"
scope = "huyện"

[issuer]
name = ["Ủy ban nhân dân", "huyện Cam Lộ"]
symbol = "UBND"

[survey]
year = 2020
standard = "chuẩn tiếp cận đa chiều giai đoạn 2016 - 2020"

[[units]]
name = "TT Cam Lộ"
housholds = 2169
policy_poor = 0
social_poor = 38
reduction = 40

[signer]
prefix = "TM"
body = "Ủy ban nhân dân"
position = "Chủ tịch"
name = "Trần Anh Tuấn"

[recipients]
to = ["UBND tỉnh"]
archive = ["VT"]
`
	_, err := load.Read("cam-lo-2021.toml", []byte(data))
	var errs dataerr.List
	if errors.As(err, &errs) {
		fmt.Printf("%d lỗi:\n%v\n", len(errs), errs)
	}
	// Output:
	// 4 lỗi:
	// cam-lo-2021.toml, dòng 6, trường document.date: ngày ban hành "18/3/2020" sớm hơn kết quả điều tra, rà soát cuối năm 2020 (survey.year): có phải "18/3/2021"?
	// cam-lo-2021.toml, dòng 21, trường units[0].housholds: khóa không hợp lệ "housholds" (có phải "households"?).
	// cam-lo-2021.toml, dòng 24, trường units[0].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH).
	// cam-lo-2021.toml, dòng 27, trường signer.prefix: quyền hạn ký "TM" không hợp lệ (có phải "TM."?): chỉ dùng một trong TM., KT., Q., TL., TUQ.
}
