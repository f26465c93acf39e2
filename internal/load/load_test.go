package load

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
)

// sample is the valid data file of the tests.
const sample = "testdata/cam-lo-small.toml"

// readSample returns the content of sample.
func readSample(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// edit replaces the one occurrence of old in s by new.
func edit(t testing.TB, s, old, new string) string {
	t.Helper()
	if n := strings.Count(s, old); n != 1 {
		t.Fatalf("%q occurs %d times in the sample, want once", old, n)
	}
	return strings.Replace(s, old, new, 1)
}

func TestReadValid(t *testing.T) {
	p, err := Read(sample, []byte(readSample(t)))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(p.Units) != 3 || p.Units[1].Name != "TT Cam Lộ" || p.Units[1].SocialPoor != 38 {
		t.Errorf("units = %+v", p.Units)
	}
	if p.Survey.NearPoor == nil || *p.Survey.NearPoor != 663 {
		t.Errorf("survey.near_poor = %v, want 663", p.Survey.NearPoor)
	}
	if got := strings.Join(p.Issuer.Name, "|"); got != "Ủy ban nhân dân|huyện Cam Lộ" {
		t.Errorf("issuer.name = %q", got)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name  string
		edits []string // fragments of the sample, each followed by its replacement
		want  []string
	}{
		{"unknown key with a suggestion", []string{"households = 1458", "housholds = 1458"}, []string{
			`cam-lo.toml, dòng 27, trường units[0].housholds: khóa không hợp lệ "housholds" (có phải "households"?).`,
		}},
		{"unknown key without a suggestion", []string{`scope = "huyện"`, `scope = "huyện"` + "\nghi_chu = \"bản nháp\""}, []string{
			`cam-lo.toml, dòng 12, trường document.ghi_chu: khóa không hợp lệ "ghi_chu".`,
		}},
		{"unknown table", []string{`archive = ["VT"]`, "archive = [\"VT\"]\n\n[nguoi_ky]\nten = \"Trần Anh Tuấn\""}, []string{
			`cam-lo.toml, dòng 80, trường nguoi_ky: khóa không hợp lệ "nguoi_ky".`,
		}},
		{"syntax error", []string{`name = "Xã Cam Nghĩa"`, `name = Xã Cam Nghĩa`}, []string{
			`cam-lo.toml, dòng 40, cột 8, trường units[2].name: lỗi cú pháp TOML: giá trị không hợp lệ: chuỗi phải đặt trong dấu ngoặc kép, ví dụ name = "Xã Cam Tuyền"; chi tiết: expected value but found "Xã" instead.`,
		}},
		{"syntax error without a hint", []string{"[signer]", "[signer"}, []string{
			`cam-lo.toml, dòng 70, cột 8: lỗi cú pháp TOML: tên bảng phải đóng bằng dấu ]; chi tiết: expected '.' or ']' to end table name, but got '\n' instead.`,
		}},
		{"wrong type: quoted number", []string{"households = 2169", `households = "2.169"`}, []string{
			`cam-lo.toml, dòng 34, trường units[1].households: sai kiểu giá trị: cần số nguyên, nhưng đây là chuỗi "2.169" (viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: households = 2169).`,
		}},
		{"wrong type: thousands separator", []string{"households = 2169", `households = 2.169`}, []string{
			`cam-lo.toml, dòng 34, trường units[1].households: sai kiểu giá trị: cần số nguyên, nhưng đây là số thực 2.169 (không dùng dấu chấm ngăn cách hàng nghìn: households = 2169).`,
		}},
		{"wrong type: fraction", []string{"reduction = 17", "reduction = 1.5"}, []string{
			`cam-lo.toml, dòng 30, trường units[0].reduction: sai kiểu giá trị: cần số nguyên, nhưng đây là số thực 1.5 (số nguyên không có phần thập phân).`,
		}},
		{"wrong type: number with an exponent", []string{"households = 1458", "households = 1e3"}, []string{
			`cam-lo.toml, dòng 27, trường units[0].households: sai kiểu giá trị: cần số nguyên, nhưng đây là số thực 1000 (số nguyên viết liền các chữ số, không có phần thập phân, số mũ hay dấu chấm ngăn cách hàng nghìn).`,
		}},
		{"wrong type: whole float", []string{"year = 2020", "year = 2020.0"}, []string{
			`cam-lo.toml, dòng 18, trường survey.year: sai kiểu giá trị: cần số nguyên, nhưng đây là số thực 2020 (số nguyên viết liền các chữ số, không có phần thập phân, số mũ hay dấu chấm ngăn cách hàng nghìn).`,
		}},
		{"integer over 2^63", []string{"number = 44", "number = 9223372036854775808"}, []string{
			`cam-lo.toml, dòng 6, cột 10, trường document.number: lỗi cú pháp TOML: số quá lớn: số nguyên phải nhỏ hơn 9.223.372.036.854.775.808, và số liệu của kế hoạch còn nhỏ hơn nhiều; chi tiết: 9223372036854775808 is out of range for int64.`,
		}},
		{"integer over 2^63 in the second unit", []string{"households = 2169", "households = -9223372036854775809"}, []string{
			`cam-lo.toml, dòng 34, cột 14, trường units[1].households: lỗi cú pháp TOML: số quá lớn: số nguyên phải nhỏ hơn 9.223.372.036.854.775.808, và số liệu của kế hoạch còn nhỏ hơn nhiều; chi tiết: -9223372036854775809 is out of range for int64.`,
		}},
		{"integer with a leading zero", []string{"reduction = 17", "reduction = 017"}, []string{
			`cam-lo.toml, dòng 30, cột 13, trường units[0].reduction: lỗi cú pháp TOML: số không hợp lệ: số nguyên viết liền, không có số 0 ở đầu; chi tiết: Invalid integer "017": cannot have leading zeroes.`,
		}},
		{"TOML date that does not exist", []string{`date = "18/3/2021"`, `date = 2021-02-30`}, []string{
			`cam-lo.toml, dòng 8, cột 8, trường document.date: lỗi cú pháp TOML: ngày giờ không hợp lệ: ngày ban hành viết trong dấu ngoặc kép, dạng ngày/tháng/năm: date = "18/3/2021"; chi tiết: invalid datetime: "2021-02-30".`,
		}},
		{"unclosed string", []string{`subject = "Thực hiện Chương trình giảm nghèo năm 2021"`, `subject = "Thực hiện Chương trình giảm nghèo năm 2021`}, []string{
			`cam-lo.toml, dòng 10, cột 54, trường document.subject: lỗi cú pháp TOML: chuỗi thiếu dấu ngoặc kép đóng trên cùng dòng; chi tiết: strings cannot contain newlines.`,
		}},
		{"syntax error without a known message", []string{`name = "Trần Anh Tuấn"`, `name. = "Trần Anh Tuấn"`}, []string{
			`cam-lo.toml, dòng 74, cột 7: lỗi cú pháp TOML: tệp viết sai cú pháp TOML ở chỗ này: xem lại dấu ngoặc, dấu nháy và dấu = gần đó; chi tiết: unexpected '='.`,
		}},
		{"wrong type: unquoted date", []string{`date = "18/3/2021"`, `date = 2021-03-18`}, []string{
			`cam-lo.toml, dòng 8, trường document.date: sai kiểu giá trị: cần chuỗi, nhưng đây là ngày giờ (viết ngày trong dấu ngoặc kép: date = "18/03/2021").`,
		}},
		{"wrong type: list entry", []string{`"Sở LĐ-TB&XH", `, `"Sở LĐ-TB&XH", 3, `}, []string{
			`cam-lo.toml, dòng 77, trường recipients.to[2]: sai kiểu giá trị: cần chuỗi, nhưng đây là số nguyên 3 (đặt giá trị trong dấu ngoặc kép).`,
		}},
		{"wrong type: string for a list", []string{`symbol = "UBND"`, `symbol = ["UBND"]`}, []string{
			`cam-lo.toml, dòng 15, trường issuer.symbol: sai kiểu giá trị: cần chuỗi, nhưng đây là danh sách.`,
		}},
		{"table header for a list of tables", []string{"[[units]]\nname = \"Xã Cam Tuyền\"", "[units]\nname = \"Xã Cam Tuyền\""}, []string{
			`cam-lo.toml, dòng 32, cột 3: lỗi cú pháp TOML: mỗi mục của danh sách bảng phải viết với hai cặp ngoặc vuông, kể cả mục đầu: [[units]]; chi tiết: Key 'units' was already created and cannot be used as an array.`,
		}},
		{"wrong type: list of tables for a table", []string{"[survey]", "[[survey]]"}, []string{
			`cam-lo.toml, dòng 17, trường survey: sai kiểu giá trị: cần bảng, nhưng đây là danh sách bảng (viết [survey] với một cặp ngoặc vuông, một lần).`,
		}},
		{"every type error at once", []string{"number = 44", `number = "44"`, "year = 2020", `year = "2020"`}, []string{
			`cam-lo.toml, dòng 6, trường document.number: sai kiểu giá trị: cần số nguyên, nhưng đây là chuỗi "44" (viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: number = 44).`,
			`cam-lo.toml, dòng 18, trường survey.year: sai kiểu giá trị: cần số nguyên, nhưng đây là chuỗi "2020" (viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: year = 2020).`,
		}},
		{"right-to-left override in a unit name", []string{`name = "TT Cam Lộ"`, `name = "TT Cam \u202ELộ"`}, []string{
			`cam-lo.toml, dòng 33, trường units[1].name: ký tự vô hình U+202E (ký tự điều khiển hướng chữ) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này.`,
		}},
		{"zero-width space written as is", []string{`"UBND tỉnh"`, "\"UBND\u200btỉnh\""}, []string{
			`cam-lo.toml, dòng 77, trường recipients.to[0]: ký tự vô hình U+200B (ký tự độ rộng bằng 0) trong văn bản: bản PDF và bản DOCX có thể hiện khác nhau, hãy xóa ký tự này.`,
		}},
		{"empty archive", []string{`archive = ["VT"]`, `archive = []`}, []string{
			`cam-lo.toml, dòng 78, trường recipients.archive: thiếu trường bắt buộc: nơi lưu văn bản, in sau "Lưu:" (ví dụ ["VT", "LĐTBXH"]).`,
		}},
		{"blank archive entry", []string{`archive = ["VT"]`, `archive = ["VT", " "]`}, []string{
			`cam-lo.toml, dòng 78, trường recipients.archive[1]: mục để trống: hãy điền nội dung hoặc xóa mục này.`,
		}},
		{"empty list of goals", []string{"goals = [\n  \"100% hộ nghèo được thụ hưởng đầy đủ các chính sách hỗ trợ giảm nghèo của Nhà nước.\",\n]", "goals = []"}, []string{
			`cam-lo.toml, dòng 54, trường text.goals: danh sách để trống: hãy ghi ít nhất một mục hoặc xóa khóa này.`,
		}},
		{"date far after the plan year", []string{`date = "18/3/2021"`, `date = "31/12/9999"`}, []string{
			`cam-lo.toml, dòng 8, trường document.date: ngày ban hành "31/12/9999" muộn hơn năm của kế hoạch (document.year = 2021): kế hoạch năm 2021 ban hành trước hoặc trong năm 2021: có phải "31/12/2021"?`,
		}},
		{"check problem in a unit", []string{"reduction = 2\n", "reduction = 40\n"}, []string{
			`cam-lo.toml, dòng 37, trường units[1].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH).`,
		}},
		{"missing key located at its table", []string{"name = \"Xã Cam Nghĩa\"\n", ""}, []string{
			`cam-lo.toml, dòng 39, trường units[2].name: thiếu trường bắt buộc: tên đơn vị.`,
		}},
		{"missing table has no line", []string{"[signer]\nprefix = \"TM.\"\nbody = \"Ủy ban nhân dân\"\nposition = \"Chủ tịch\"\nname = \"Trần Anh Tuấn\"\n", ""}, []string{
			`cam-lo.toml, trường signer.prefix: thiếu trường bắt buộc: quyền hạn ký (một trong TM., KT., Q., TL., TUQ.).`,
			`cam-lo.toml, trường signer.position: thiếu trường bắt buộc: chức vụ của người đứng đầu (ví dụ "Chủ tịch").`,
			`cam-lo.toml, trường signer.name: thiếu trường bắt buộc: họ và tên người ký.`,
		}},
		{"problems in file order", []string{
			`date = "18/3/2021"`, `date = "18/3/2020"`,
			"social_poor = 38\n", "social_poor = 38\npoor = 29\n",
			"social_poor = 28\n", "social_poor = 28\npoor = 38\n",
			"policy_poor = 44", "policy_pour = 44",
			`"UBND tỉnh"`, `"UBND tỉnh 😀"`,
			`name = "Trần Anh Tuấn"`, `name = ""`,
		}, []string{
			`cam-lo.toml, dòng 8, trường document.date: ngày ban hành "18/3/2020" sớm hơn kết quả điều tra, rà soát cuối năm 2020 (survey.year): có phải "18/3/2021"?`,
			`cam-lo.toml, dòng 28, trường units[0].policy_pour: khóa không hợp lệ "policy_pour" (có phải "policy_poor"?).`,
			`cam-lo.toml, dòng 37, trường units[1].poor: số hộ nghèo (29) khác tổng của hai nhóm (38 = 0 hộ CS GN + 38 hộ BTXH).`,
			`cam-lo.toml, dòng 45, trường units[2].poor: số hộ nghèo (38) khác tổng của hai nhóm (29 = 1 hộ CS GN + 28 hộ BTXH).`,
			`cam-lo.toml, dòng 76, trường signer.name: thiếu trường bắt buộc: họ và tên người ký.`,
			`cam-lo.toml, dòng 79, trường recipients.to[0]: ký tự "😀" (U+1F600) không có trong phông chữ Liberation Serif.`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := readSample(t)
			for i := 0; i < len(tt.edits); i += 2 {
				data = edit(t, data, tt.edits[i], tt.edits[i+1])
			}
			p, err := Read("cam-lo.toml", []byte(data))
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("Read = %v, %v; want dataerr.List", p, err)
			}
			if p != nil {
				t.Errorf("Read returned a plan with its errors")
			}
			got := strings.Split(errs.Error(), "\n")
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Read:\n got %q\nwant %q", got, tt.want)
			}
			if len(errs) != len(got) {
				t.Errorf("len(errs) = %d, want %d", len(errs), len(got))
			}
		})
	}
}
