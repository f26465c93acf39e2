package report

import (
	"reflect"
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
)

func baseUnits() []plan.Unit {
	return []plan.Unit{
		{Name: "Xã Cam Thành", Households: 2000, PolicyPoor: 30, SocialPoor: 10, Reduction: 8},
		{Name: "Thị trấn Cam Lộ", Households: 3000, PolicyPoor: 5, SocialPoor: 15, Reduction: 4},
	}
}

func goodMovements() []Movement {
	return []Movement{
		{Name: "Xã Cam Thành", HouseholdsEnd: 2010, Left: 10, FellBack: 1, New: 2},
		{Name: "Thị trấn Cam Lộ", HouseholdsEnd: 3005, Left: 3},
	}
}

func ptr(n int) *int { return &n }

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		change func(ms []Movement) []Movement
		want   []plan.Problem
	}{
		{"good", func(ms []Movement) []Movement { return ms }, nil},
		{"name differs only in case and spaces", func(ms []Movement) []Movement {
			ms[1].Name = "thị trấn  Cam Lộ"
			return ms
		}, nil},
		{"split adds up", func(ms []Movement) []Movement {
			ms[0].PolicyPoorEnd, ms[0].SocialPoorEnd = ptr(23), ptr(10) // 40 - 10 + 1 + 2 = 33
			ms[0].NearPoorEnd = ptr(60)
			return ms
		}, nil},
		{"no units", func([]Movement) []Movement { return nil }, []plan.Problem{
			{Field: "units", Message: "thiếu trường bắt buộc: danh sách đơn vị, mỗi đơn vị một bảng [[units]]"},
		}},
		{"a unit missing", func(ms []Movement) []Movement { return ms[:1] }, []plan.Problem{
			{Field: "units", Message: `báo cáo có 1 đơn vị, kế hoạch có 2; thiếu "Thị trấn Cam Lộ"`},
		}},
		{"a unit too many", func(ms []Movement) []Movement {
			return append(ms, Movement{Name: "Xã Cam Hiếu", HouseholdsEnd: 10})
		}, []plan.Problem{
			{Field: "units[2].name", Message: "kế hoạch chỉ có 2 đơn vị; báo cáo không được có thêm đơn vị"},
		}},
		{"units out of order", func(ms []Movement) []Movement {
			ms[0].Name, ms[1].Name = ms[1].Name, ms[0].Name
			return ms
		}, []plan.Problem{
			{Field: "units[0].name", Message: `đơn vị "Thị trấn Cam Lộ" là đơn vị thứ 2 của kế hoạch, không phải thứ 1 ("Xã Cam Thành"): ghi các đơn vị theo thứ tự của kế hoạch`},
			{Field: "units[1].name", Message: `đơn vị "Xã Cam Thành" là đơn vị thứ 1 của kế hoạch, không phải thứ 2 ("Thị trấn Cam Lộ"): ghi các đơn vị theo thứ tự của kế hoạch`},
		}},
		{"unknown and missing names", func(ms []Movement) []Movement {
			ms[0].Name, ms[1].Name = "Xã Cam Thuỷ", " "
			return ms
		}, []plan.Problem{
			{Field: "units[0].name", Message: `đơn vị "Xã Cam Thuỷ" không có trong kế hoạch (đơn vị thứ 1 của kế hoạch là "Xã Cam Thành")`},
			{Field: "units[1].name", Message: `thiếu trường bắt buộc: tên đơn vị (đơn vị thứ 2 của kế hoạch là "Thị trấn Cam Lộ")`},
		}},
		{"left more than poor at the start", func(ms []Movement) []Movement {
			ms[1].Left = 21
			return ms
		}, []plan.Problem{
			{Field: "units[1].left_poverty", Message: "số hộ thoát nghèo (21) lớn hơn số hộ nghèo đầu năm theo kế hoạch (20 = 5 hộ CS GN + 15 hộ BTXH)"},
		}},
		{"left all the poor", func(ms []Movement) []Movement {
			ms[1].Left = 20
			return ms
		}, nil},
		{"negative and too large counts", func(ms []Movement) []Movement {
			ms[0].FellBack, ms[0].New, ms[1].HouseholdsEnd = -1, 100_000_001, -5
			return ms
		}, []plan.Problem{
			{Field: "units[0].fell_back", Message: "số hộ tái nghèo (-1) không được âm"},
			{Field: "units[0].new_poor", Message: "số hộ nghèo phát sinh mới (100000001) quá lớn"},
			{Field: "units[1].households_end", Message: "số hộ cuối năm (-5) không được âm"},
		}},
		{"households at the end left out", func(ms []Movement) []Movement {
			ms[0].HouseholdsEnd = 0
			return ms
		}, []plan.Problem{
			{Field: "units[0].households_end", Message: "số hộ cuối năm (0) phải lớn hơn 0"},
		}},
		{"more poor than households at the end", func(ms []Movement) []Movement {
			ms[0].HouseholdsEnd = 32
			return ms
		}, []plan.Problem{
			{Field: "units[0].households_end", Message: "số hộ nghèo cuối năm (33 = 40 - 10 thoát nghèo + 1 tái nghèo + 2 phát sinh mới) lớn hơn số hộ cuối năm (32)"},
		}},
		{"as many poor as households at the end", func(ms []Movement) []Movement {
			ms[0].HouseholdsEnd = 33
			return ms
		}, nil},
		{"split does not add up", func(ms []Movement) []Movement {
			ms[0].PolicyPoorEnd, ms[0].SocialPoorEnd = ptr(23), ptr(11)
			return ms
		}, []plan.Problem{
			{Field: "units[0].policy_poor_end", Message: "số hộ nghèo cuối năm theo hai nhóm (34 = 23 hộ CS GN + 11 hộ BTXH) khác số hộ nghèo cuối năm (33 = 40 - 10 thoát nghèo + 1 tái nghèo + 2 phát sinh mới)"},
		}},
		{"half a split", func(ms []Movement) []Movement {
			ms[0].PolicyPoorEnd = ptr(33)
			ms[1].SocialPoorEnd = ptr(17)
			return ms
		}, []plan.Problem{
			{Field: "units[0].social_poor_end", Message: "thiếu trường: số hộ nghèo BTXH cuối năm (đã ghi số hộ nghèo CS GN cuối năm thì ghi cả hai)"},
			{Field: "units[1].policy_poor_end", Message: "thiếu trường: số hộ nghèo CS GN cuối năm (đã ghi số hộ nghèo BTXH cuối năm thì ghi cả hai)"},
		}},
		{"near-poor above households", func(ms []Movement) []Movement {
			ms[1].NearPoorEnd = ptr(3006)
			return ms
		}, []plan.Problem{
			{Field: "units[1].near_poor_end", Message: "số hộ cận nghèo cuối năm (3006) lớn hơn số hộ cuối năm (3005)"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(baseUnits(), tt.change(goodMovements()), nil)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Check:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestCheckWritten(t *testing.T) {
	ms := goodMovements()
	ms[0].HouseholdsEnd, ms[0].New = 0, 0
	// The file leaves out units[0].households_end and units[0].new_poor.
	written := func(path string) bool {
		return path != "units[0].households_end" && path != "units[0].new_poor"
	}
	want := []plan.Problem{
		{Field: "units[0].households_end", Message: "thiếu trường bắt buộc: số hộ cuối năm"},
		{Field: "units[0].new_poor", Message: "thiếu trường bắt buộc: số hộ nghèo phát sinh mới"},
	}
	if got := Check(baseUnits(), ms, written); !reflect.DeepEqual(got, want) {
		t.Errorf("Check:\n got  %q\n want %q", got, want)
	}
}

func TestUnits(t *testing.T) {
	got := Units(baseUnits(), goodMovements())
	want := []Unit{
		{Name: "Xã Cam Thành", Households: 2000, Poor: 40, Target: 8, Left: 10, FellBack: 1, New: 2, HouseholdsEnd: 2010},
		{Name: "Thị trấn Cam Lộ", Households: 3000, Poor: 20, Target: 4, Left: 3, HouseholdsEnd: 3005},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Units:\n got  %+v\n want %+v", got, want)
	}
	if got[0].PoorEnd() != 33 {
		t.Errorf("PoorEnd = %d, want 33 (40 - 10 + 1 + 2)", got[0].PoorEnd())
	}
}
