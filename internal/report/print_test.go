package report

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/plan"
)

// TestPrintLoadsBack checks that the printed sample report, and a draft
// with its own signer, read back to the same report, and keep the
// sample's comments.
func TestPrintLoadsBack(t *testing.T) {
	r, _, err := Read(context.Background(), sampleReport, readSample(t), dataPlans)
	if err != nil {
		t.Fatal(err)
	}
	near := 12
	draft := *r
	draft.Document.Number, draft.Document.Date = 0, ""
	draft.Units = append([]Movement(nil), r.Units...)
	for i := range draft.Units {
		draft.Units[i].NearPoorEnd = &near
	}
	draft.Signer = &plan.Signer{Prefix: "KT.", Body: "Ủy ban nhân dân", Position: "Chủ tịch", DeputyPosition: "Phó Chủ tịch", Name: "Lê Văn \"Tư\""}
	draft.Recipients = &plan.Recipients{To: []string{"UBND tỉnh"}, Archive: []string{"VT"}}
	for name, want := range map[string]*Report{"sample": r, "draft": &draft} {
		t.Run(name, func(t *testing.T) {
			data := Print(want, 2021)
			back, _, err := Read(context.Background(), sampleReport, data, dataPlans)
			if err != nil {
				t.Fatalf("the printed report does not read: %v\n%s", err, data)
			}
			if !reflect.DeepEqual(back, want) {
				t.Errorf("the printed report reads to another report:\n%+v\nwant\n%+v", back, want)
			}
			for _, s := range []string{
				"# Báo cáo kết quả thực hiện Kế hoạch giảm nghèo năm 2021.",
				`type = "BC"                 # ký hiệu loại văn bản (BC: Báo cáo)`,
				"households_end = 1471       # tổng số hộ cuối năm",
				"#   left_poverty    số hộ thoát nghèo trong năm",
			} {
				if !strings.Contains(string(data), s) {
					t.Errorf("printed report lacks %q", s)
				}
			}
		})
	}
}
