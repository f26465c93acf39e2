package plan

import (
	"reflect"
	"testing"
)

func TestStale(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		keep []string
		want []Mention
	}{
		{"this year", "giảm nghèo năm 2022", nil, nil},
		{"last year", "giảm nghèo năm 2021.", nil,
			[]Mention{{Field: "text.tasks[0]", Years: []int{2021}, Excerpts: []string{"giảm nghèo năm 2021."}}}},
		{"a period, one excerpt", "giai đoạn 2016 - 2020", nil,
			[]Mention{{Field: "text.tasks[0]", Years: []int{2016, 2020}, Excerpts: []string{"giai đoạn 2016 - 2020"}}}},
		{"a document's number", "Nghị định số 07/2021/NĐ-CP", nil, nil},
		{"a date", "trước ngày 15/12/2021", nil,
			[]Mention{{Field: "text.tasks[0]", Years: []int{2021}, Excerpts: []string{"trước ngày 15/12/2021"}}}},
		{"a quarter", "vào quý IV/2021 để", nil,
			[]Mention{{Field: "text.tasks[0]", Years: []int{2021}, Excerpts: []string{"vào quý IV/2021 để"}}}},
		{"part of a longer number", "mã 120215", nil, nil},
		{"kept", "giảm nghèo năm 2021", []string{"text.tasks[0]"}, nil},
		{"another kept", "giảm nghèo năm 2021", []string{"text.tasks[1]"},
			[]Mention{{Field: "text.tasks[0]", Years: []int{2021}, Excerpts: []string{"giảm nghèo năm 2021"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Plan{Document: Document{Year: 2022, Date: "01/02/2021", KeepYears: tc.keep},
				Units: []Unit{{Name: "Thôn 2021"}}, Text: Text{Tasks: []string{tc.text}}}
			if got := Stale(p); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
