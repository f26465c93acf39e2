package compose

import (
	"testing"

	"github.com/kehoach/kehoach/internal/doc"
	"github.com/kehoach/kehoach/internal/plan"
)

// TestRecord checks the Phụ lục VI metadata of the sample and of its
// variants against the data file's values: the number and the issue date
// only when the plan is issued, the deputy's own position under KT.
func TestRecord(t *testing.T) {
	issued := doc.Record{
		TypeName: "Kế hoạch", CodeNumber: "44", CodeNotation: "KH-UBND", IssuedDate: "2021-03-18",
		OrganName: "Ủy ban nhân dân huyện Cam Lộ", Subject: "Thực hiện Chương trình giảm nghèo năm 2021",
		Language: "vi", Position: "Chủ tịch", FullName: "Trần Anh Tuấn",
	}
	undated := issued
	undated.CodeNumber, undated.IssuedDate = "", ""
	single := issued
	single.CodeNumber = "05"
	deputy := issued
	deputy.Position = "Phó Chủ tịch"
	tests := []struct {
		name string
		edit func(p *plan.Plan)
		want doc.Record
	}{
		{"issued", func(*plan.Plan) {}, issued},
		{"draft without number and date", func(p *plan.Plan) { p.Document.Number, p.Document.Date = 0, "" }, undated},
		{"draft = true with number and date", func(p *plan.Plan) { p.Document.Draft = true }, undated},
		{"number below ten", func(p *plan.Plan) { p.Document.Number = 5 }, single},
		{"deputy signs", func(p *plan.Plan) {
			p.Signer.Prefix, p.Signer.Body, p.Signer.DeputyPosition = "KT.", "", "Phó Chủ tịch"
		}, deputy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := samplePlan(t)
			tt.edit(p)
			if got := compose(t, p).Meta.Record; got != tt.want {
				t.Errorf("record =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestSentenceCase(t *testing.T) {
	for in, want := range map[string]string{"KẾ HOẠCH": "Kế hoạch", "ĐỀ ÁN": "Đề án", " ": "", "": ""} {
		if got := sentenceCase(in); got != want {
			t.Errorf("sentenceCase(%q) = %q, want %q", in, got, want)
		}
	}
}
