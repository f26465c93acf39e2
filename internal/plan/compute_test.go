package plan

import "testing"

func intp(v int) *int { return &v }

// camLo holds the counts of the seed plan's table, with the groups of rows 6
// and 7 as given (the typed poor counts of those rows were swapped).
func camLo() *Plan {
	return &Plan{
		Survey: Survey{EthnicHouseholds: intp(99), EthnicPoor: intp(40), NearPoor: intp(663), EthnicNearPoor: intp(44)},
		Units: []Unit{
			{Name: "Xã Cam Tuyền", Households: 1458, PolicyPoor: 44, SocialPoor: 55, Reduction: 17},
			{Name: "Xã Thanh An", Households: 2706, PolicyPoor: 16, SocialPoor: 83, Reduction: 6},
			{Name: "Xã Cam Thủy", Households: 1472, PolicyPoor: 7, SocialPoor: 36, Reduction: 5},
			{Name: "Xã Cam Hiếu", Households: 1779, PolicyPoor: 10, SocialPoor: 27, Reduction: 5},
			{Name: "Xã Cam Thành", Households: 2212, PolicyPoor: 1, SocialPoor: 37, Reduction: 1},
			{Name: "TT Cam Lộ", Households: 2169, PolicyPoor: 0, SocialPoor: 38, Reduction: 2},
			{Name: "Xã Cam Nghĩa", Households: 1647, PolicyPoor: 1, SocialPoor: 28, Reduction: 1},
			{Name: "Xã Cam Chính", Households: 1489, PolicyPoor: 0, SocialPoor: 22, Reduction: 0},
		},
	}
}

// TestComputeCamLo checks every cell of the table against the values worked
// out by hand in poverty-plan.md: the seed's rows 1–5 and 8 and its totals
// row, and the corrected rows 6 (TT Cam Lộ: 38 poor, 1,75 %; 36 at year end,
// 1,66 %) and 7 (Cam Nghĩa: 29 poor, 1,76 %; 28 at year end, 1,70 %).
func TestComputeCamLo(t *testing.T) {
	want := []Row{
		{1, "Xã Cam Tuyền", 1458, 99, 679, 44, 302, 55, 377, 17, 117, 82, 562},
		{2, "Xã Thanh An", 2706, 99, 366, 16, 59, 83, 307, 6, 22, 93, 344},
		{3, "Xã Cam Thủy", 1472, 43, 292, 7, 48, 36, 245, 5, 34, 38, 258},
		{4, "Xã Cam Hiếu", 1779, 37, 208, 10, 56, 27, 152, 5, 28, 32, 180},
		{5, "Xã Cam Thành", 2212, 38, 172, 1, 5, 37, 167, 1, 5, 37, 167},
		{6, "TT Cam Lộ", 2169, 38, 175, 0, 0, 38, 175, 2, 9, 36, 166},
		{7, "Xã Cam Nghĩa", 1647, 29, 176, 1, 6, 28, 170, 1, 6, 28, 170},
		{8, "Xã Cam Chính", 1489, 22, 148, 0, 0, 22, 148, 0, 0, 22, 148},
	}
	total := Row{0, "", 14932, 405, 271, 79, 53, 326, 218, 37, 25, 368, 246}

	f := Compute(camLo())
	if len(f.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d", len(f.Rows), len(want))
	}
	for i, w := range want {
		if f.Rows[i] != w {
			t.Errorf("row %d:\n got %+v\nwant %+v", i+1, f.Rows[i], w)
		}
	}
	if f.Total != total {
		t.Errorf("totals:\n got %+v\nwant %+v", f.Total, total)
	}
}

// TestComputeSummary checks the shares of part I: "405/14.932 hộ, chiếm tỷ lệ
// 2,71%", BTXH 326 (2,18 %), 99 DTTS households (0,66 %), 40 poor DTTS
// households (0,27 %, typed 0,26 in the seed), 663 near-poor (4,44 %), 44
// near-poor DTTS (0,29 %).
func TestComputeSummary(t *testing.T) {
	f := Compute(camLo())
	tests := []struct {
		name string
		got  *Share
		want Share
	}{
		{"poor", &f.Poor, Share{405, 14932, 271}},
		{"social", &f.SocialPoor, Share{326, 14932, 218}},
		{"ethnic households", f.Breakdown("ethnic_households"), Share{99, 14932, 66}},
		{"ethnic poor", f.Breakdown("ethnic_poor"), Share{40, 14932, 27}},
		{"near poor", f.Breakdown("near_poor"), Share{663, 14932, 444}},
		{"ethnic near poor", f.Breakdown("ethnic_near_poor"), Share{44, 14932, 29}},
	}
	for _, tt := range tests {
		if tt.got == nil {
			t.Errorf("%s: missing", tt.name)
			continue
		}
		if *tt.got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, *tt.got, tt.want)
		}
	}
}

func TestComputeOptionalFromUnits(t *testing.T) {
	p := camLo()
	p.Survey = Survey{}
	for i := range p.Units {
		p.Units[i].NearPoor = intp(i + 1) // 1+2+…+8 = 36
	}
	p.Units[0].EthnicPoor = intp(3) // only one unit: no area figure
	f := Compute(p)
	if s := f.Breakdown("near_poor"); s == nil || *s != (Share{36, 14932, 24}) {
		t.Errorf("near poor from units: got %+v, want 36/14932 = 0,24 %%", s)
	}
	if s := f.Breakdown("ethnic_poor"); s != nil {
		t.Errorf("ethnic poor known for one unit only: got %+v, want nil", *s)
	}
	if s := f.Breakdown("ethnic_households"); s != nil {
		t.Errorf("ethnic households given nowhere: got %+v, want nil", *s)
	}
}

func TestRateOfRounding(t *testing.T) {
	tests := []struct {
		count, total int
		want         Rate
	}{
		{7, 1472, 48},   // 0,4755… → 0,48
		{1, 2212, 5},    // 0,0452… → 0,05
		{29, 1647, 176}, // 1,7607… → 1,76
		{1, 200, 50},    // exactly 0,5
		{1, 80000, 0},   // 0,00125 → 0,00
		{1, 20000, 1},   // exactly 0,005: half up → 0,01
		{3, 40000, 1},   // 0,0075 → 0,01
		{1, 40000, 0},   // 0,0025 → 0,00 (third decimal 2)
		{1, 16000, 1},   // 0,00625 → 0,01
		{1, 1, 10000},   // 100 %
		{0, 5, 0},
		{3, 0, 0}, // no households: no rate
	}
	for _, tt := range tests {
		if got := RateOf(tt.count, tt.total); got != tt.want {
			t.Errorf("RateOf(%d, %d) = %d, want %d", tt.count, tt.total, got, tt.want)
		}
	}
}

// TestComputeLargestPlan computes the largest plan Check lets through,
// every count at its bound: the sums and rates must not overflow.
func TestComputeLargestPlan(t *testing.T) {
	p := &Plan{}
	for range MaxUnits {
		p.Units = append(p.Units, Unit{Households: MaxCount, PolicyPoor: MaxCount / 4, SocialPoor: MaxCount / 4, Reduction: MaxCount / 8})
	}
	f := Compute(p)
	total := f.Total
	if want := MaxUnits * MaxCount; total.Households != want {
		t.Errorf("total households = %d, want %d", total.Households, want)
	}
	if total.PoorRate != 5000 || total.ReductionRate != 1250 || total.YearEndRate != 3750 {
		t.Errorf("total rates = %d, %d, %d; want 5000, 1250, 3750 (50 %%, 12,5 %%, 37,5 %%)",
			total.PoorRate, total.ReductionRate, total.YearEndRate)
	}
}
