package report

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// sampleReport is the year-end report on the sample plan of data/.
const sampleReport = "testdata/bao-cao-cam-lo-2021.toml"

// dataPlans reads the plans that the sample report names, from its folder.
var dataPlans = kind.Beside(sampleReport, func(ctx context.Context, path string) (*plan.Plan, kind.Source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, kind.Source{}, err
	}
	p, err := load.Read(path, data)
	return p, kind.Source{Name: path, Data: data}, err
})

func readSample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(sampleReport)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadSample(t *testing.T) {
	r, p, err := Read(context.Background(), sampleReport, readSample(t), dataPlans)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if p.Document.Number != 44 || len(r.Units) != 8 || r.Document.Number != 215 {
		t.Errorf("plan number %d, %d units, report number %d; want 44, 8, 215", p.Document.Number, len(r.Units), r.Document.Number)
	}
	tab := Compute(Units(p.Units, r.Units))
	// Worked out by hand from the sample plan and report: 405 poor of
	// 14.932 households (2,7123 %), 405 - 44 + 2 + 8 = 371 of 15.011
	// (2,4715 %), 0,2408 points, 34 of the target 37 (91,892 %).
	want := []string{"", "Tổng cộng", "14.932", "405", "2,71", "37", "44", "2", "8", "15.011", "371", "2,47", "34", "0,24", "91,89"}
	sameCells(t, "total", tab.Total.Cells(), want)
	// TT Cam Lộ ends the year with more poor households than it began.
	sameCells(t, "TT Cam Lộ", tab.Rows[5].Cells(),
		[]string{"6", "TT Cam Lộ", "2.169", "38", "1,75", "2", "1", "0", "2", "2.185", "39", "1,78", "-1", "-0,03", "-50,00"})
}

func TestReadProblems(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []string // each problem as the clerk reads it, without the file
	}{
		{"left more than the poor", "left_poverty = 21\n", "left_poverty = 100\n",
			[]string{"dòng 28, trường units[0].left_poverty: số hộ thoát nghèo (100) lớn hơn số hộ nghèo đầu năm theo kế hoạch (99 = 44 hộ CS GN + 55 hộ BTXH)."}},
		{"split does not add up", "policy_poor_end = 30\n", "policy_poor_end = 31\n",
			[]string{"dòng 31, trường units[0].policy_poor_end: số hộ nghèo cuối năm theo hai nhóm (82 = 31 hộ CS GN + 51 hộ BTXH) khác số hộ nghèo cuối năm (81 = 99 - 21 thoát nghèo + 1 tái nghèo + 2 phát sinh mới)."}},
		{"not a report", `type = "BC"`, `type = "KH"`,
			[]string{`dòng 10, trường document.type: loại văn bản "KH" không phải báo cáo: báo cáo ghi type = "BC".`}},
		{"misspelt key", "fell_back = 1\n", "fel_back = 1\n",
			[]string{`dòng 29, trường units[0].fel_back: khóa không hợp lệ "fel_back" (có phải "fell_back"?).`}},
		{"count in quotes", "new_poor = 2\n", "new_poor = \"2\"\n",
			[]string{`dòng 30, trường units[0].new_poor: sai kiểu giá trị: cần số nguyên, nhưng đây là chuỗi "2" (viết số không có dấu ngoặc kép và không ngăn cách hàng nghìn: new_poor = 2).`}},
		{"report before the plan", `date = "20/12/2021"`, `date = "01/03/2021"`,
			[]string{`dòng 13, trường document.date: ngày báo cáo "01/03/2021" trước ngày ban hành kế hoạch (18/03/2021).`}},
		{"empty paragraph", "results = [                 # kết quả thực hiện, mỗi phần tử một đoạn\n", "results = [\n  \"\",\n",
			[]string{`dòng 99, trường text.results[0]: mục để trống: hãy điền nội dung hoặc xóa mục này.`}},
		{"rune the font cannot draw", "Rà soát, nắm chắc", "Rà soát\u2615 nắm chắc",
			[]string{"dòng 107, trường text.tasks[0]: ký tự \"\u2615\" (U+2615) không có trong phông chữ Liberation Serif."}},
		{"no tasks", "tasks = [", "old_tasks = [",
			[]string{`dòng 97, trường text.tasks: thiếu trường bắt buộc: nhiệm vụ, giải pháp năm tới, mỗi đoạn một chuỗi.`, `dòng 106, trường text.old_tasks: khóa không hợp lệ "old_tasks".`}},
		{"own signer without a name", "[text]\n", "[signer]\nprefix = \"TM.\"\nbody = \"Ủy ban nhân dân\"\nposition = \"Chủ tịch\"\n\n[text]\n",
			[]string{"dòng 97, trường signer.name: thiếu trường bắt buộc: họ và tên người ký."}},
		{"own signer with a control character", "[text]\n", "[signer]\nprefix = \"TM.\"\nbody = \"Ủy ban nhân dân\"\nposition = \"Chủ tịch\"\nname = \"Trần\\u0007Anh\"\n\n[text]\n",
			[]string{"dòng 101, trường signer.name: ký tự điều khiển U+0007 trong văn bản: hãy xóa hoặc thay bằng dấu cách."}},
		{"own signer with an unknown authority", "[text]\n", "[signer]\nprefix = \"TM\"\nbody = \"Ủy ban nhân dân\"\nposition = \"Chủ tịch\"\nname = \"Trần Anh\"\n\n[text]\n",
			[]string{`dòng 98, trường signer.prefix: quyền hạn ký "TM" không hợp lệ (có phải "TM."?): chỉ dùng một trong TM., KT., Q., TL., TUQ.`}},
		{"own recipients without the archive", "[text]\n", "[recipients]\nto = [\"UBND tỉnh\"]\n\n[text]\n",
			[]string{"dòng 97, trường recipients.archive: thiếu trường bắt buộc: nơi lưu văn bản, in sau \"Lưu:\" (ví dụ [\"VT\", \"LĐTBXH\"])."}},
		{"plan not found", `plan = "../../../data/cam-lo-2021.toml"`, `plan = "cam-lo-2021.toml"`,
			[]string{`dòng 11, trường document.plan: không tìm thấy tệp kế hoạch "cam-lo-2021.toml" (đường dẫn tính từ thư mục chứa tệp báo cáo).`}},
		{"no plan", `plan = "../../../data/cam-lo-2021.toml"`, ``,
			[]string{`dòng 9, trường document.plan: thiếu trường bắt buộc: kế hoạch được báo cáo, là tệp dữ liệu hoặc tệp PDF đã lưu của kế hoạch (ví dụ plan = "cam-lo-2021.toml").`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := string(readSample(t))
			if !strings.Contains(data, tt.old) {
				t.Fatalf("the sample has no %q", tt.old)
			}
			data = strings.Replace(data, tt.old, tt.new, 1)
			_, _, err := Read(context.Background(), "bc.toml", []byte(data), dataPlans)
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("Read: %v, want a dataerr.List", err)
			}
			var got []string
			for _, e := range errs {
				got = append(got, strings.TrimPrefix(e.Error(), "bc.toml, "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestReadPlanProblems(t *testing.T) {
	bad := func(ctx context.Context, ref string) (*plan.Plan, kind.Source, error) {
		return nil, kind.Source{}, dataerr.List{{File: ref, Line: 7, Field: "units[0].households", Message: "số hộ (-1) không được âm"}}
	}
	_, _, err := Read(context.Background(), "bc.toml", readSample(t), bad)
	if err == nil || err.Error() != "../../../data/cam-lo-2021.toml, dòng 7, trường units[0].households: số hộ (-1) không được âm." {
		t.Errorf("Read with a plan that has problems: %v", err)
	}
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gone := func(ctx context.Context, ref string) (*plan.Plan, kind.Source, error) {
		return nil, kind.Source{}, ctx.Err()
	}
	_, _, err := Read(ctx, "bc.toml", readSample(t), gone)
	var errs dataerr.List
	if !errors.Is(err, context.Canceled) || errors.As(err, &errs) {
		t.Errorf("Read cancelled: %v, want context.Canceled and no data problem", err)
	}
}
