package archive

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/render/pdf"
)

// sampleReportPath is the sample report, on the sample plan.
const sampleReportPath = "../../data/bao-cao-cam-lo-2021.toml"

// reportBesidePlan copies the sample plan and report into a new folder, the
// report edited by the pairs (old, new), and returns the report as a
// source and the plan's path.
func reportBesidePlan(t testing.TB, pairs ...string) (engine.Source, string) {
	t.Helper()
	dir := t.TempDir()
	planPath := filepath.Join(dir, "cam-lo-2021.toml")
	if err := os.WriteFile(planPath, readFile(t, sample), 0o644); err != nil {
		t.Fatal(err)
	}
	data := readFile(t, sampleReportPath)
	for i := 0; i < len(pairs); i += 2 {
		if !bytes.Contains(data, []byte(pairs[i])) {
			t.Fatalf("the sample report has no %q", pairs[i])
		}
		data = bytes.Replace(data, []byte(pairs[i]), []byte(pairs[i+1]), 1)
	}
	path := filepath.Join(dir, "bao-cao-cam-lo-2021.toml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return engine.Source{Name: path, Data: data}, planPath
}

// TestReportFiledBesidePlan archives the sample plan and its report: the
// report is a document of its own (type BC) in its own folder, its PDF
// carries the plan's data beside its own, and everything the archive does
// with it works with the plan's file gone: verify, list, the register,
// extracting and rebuilding it. The same data again adds nothing; the
// plan changed under an unchanged report is a new version.
func TestReportFiledBesidePlan(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	report, planPath := reportBesidePlan(t)
	plan := engine.Source{Name: planPath, Data: readFile(t, planPath)}
	add(t, root, plan)
	got := add(t, root, report)
	rel, _ := filepath.Rel(root, got.Dir)
	if want := filepath.Join("uy-ban-nhan-dan-huyen-cam-lo-1a9c1de3", "2021"); filepath.Dir(rel) != want || !strings.HasPrefix(filepath.Base(rel), "215-BC-UBND-") {
		t.Errorf("report filed in %s, want %s/215-BC-UBND-…", rel, want)
	}
	if got.Version.Number != "215/BC-UBND" || got.Version.TypeName != "Báo cáo" || got.Version.Subject != "Kết quả thực hiện Kế hoạch giảm nghèo năm 2021" {
		t.Errorf("version %+v", got.Version)
	}
	planSum := sum(plan.Data)
	if want := map[string]string{"ke-hoach-cam-lo-2021.toml": planSum}; len(got.Version.Plans) != 1 || got.Version.Plans["ke-hoach-cam-lo-2021.toml"] != planSum {
		t.Errorf("plans recorded %v, want %v", got.Version.Plans, want)
	}

	// Nothing below reads the plan's data file.
	if err := os.Remove(planPath); err != nil {
		t.Fatal(err)
	}
	if r := verifyOK(t, root); r.Documents != 2 || r.Versions != 2 {
		t.Errorf("verify: %d documents, %d versions; want 2, 2", r.Documents, r.Versions)
	}
	entries, err := List(root)
	if err != nil || len(entries) != 2 {
		t.Fatalf("list: %v, %v", entries, err)
	}
	types := map[string]string{}
	for _, e := range entries {
		vs, err := Versions(ctx, e)
		if err != nil {
			t.Fatal(err)
		}
		types[e.Manifest.Document.Number] = vs[0].TypeName
	}
	if types["215/BC-UBND"] != "Báo cáo" || types["44/KH-UBND"] != "Kế hoạch" {
		t.Errorf("type names %v", types)
	}
	book, err := Register(ctx, root, 2021, "")
	if err != nil || len(book.Rows) != 2 {
		t.Fatalf("register: %+v, %v", book, err)
	}
	if r := book.Rows[1]; r.Number != 215 || r.Symbol != "BC-UBND" || r.TypeName != "Báo cáo" || r.Pages != 2 {
		t.Errorf("register row %+v", r)
	}

	e, err := ExtractFile(ctx, got.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(e.Source, report.Data) || !bytes.Equal(e.Plans["ke-hoach-cam-lo-2021.toml"], plan.Data) {
		t.Fatalf("extracted %s and plans %v, want the report and its plan", e.SourceName, len(e.Plans))
	}
	// Rebuilt from the extracted files, named as the report names its
	// plan, the report is the one archived.
	files := e.PlanFiles(ctx, got.Path())
	if len(files) != 1 || files[0].Ref != "cam-lo-2021.toml" || files[0].Name != "cam-lo-2021.toml" || !bytes.Equal(files[0].Data, plan.Data) {
		t.Fatalf("plan files %+v", files)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, files[0].Name), files[0].Data, 0o644)
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rebuilt, err := eng.Build(ctx, engine.Source{Name: filepath.Join(dir, "bao-cao.toml"), Data: e.Source}, []engine.Format{engine.PDF})
	if err != nil {
		t.Fatal(err)
	}
	if rebuilt.Plan.Document.Subject != got.Version.Subject || rebuilt.Plan.Document.Number != 215 || len(rebuilt.Uses) != 1 {
		t.Errorf("rebuilt %+v", rebuilt.Plan.Document)
	}

	again, err := newArchive(t, root, Options{}).Add(ctx, e.sourceAt(dir), when)
	if err != nil || !again.Unchanged {
		t.Errorf("the same report and plan again: %+v, %v; want unchanged", again, err)
	}
	changed := bytes.Replace(plan.Data, []byte(`"Thực hiện Chương trình mục tiêu quốc gia`), []byte(`"Thực hiện Chương trình mục tiêu quốc gia (bổ sung)`), 1)
	os.WriteFile(filepath.Join(dir, "cam-lo-2021.toml"), changed, 0o644)
	v2, err := newArchive(t, root, Options{}).Add(ctx, e.sourceAt(dir), when)
	if err != nil || v2.Unchanged || v2.Version.Version != 2 || v2.Version.Plans["ke-hoach-cam-lo-2021.toml"] != sum(changed) {
		t.Errorf("the report on a changed plan: %+v, %v; want version 2", v2, err)
	}
	verifyOK(t, root)
	// The version of a report is the one built from its data and its plan.
	for _, tt := range []struct {
		plan []byte
		want int
	}{{plan.Data, 1}, {changed, 2}} {
		os.WriteFile(filepath.Join(dir, "cam-lo-2021.toml"), tt.plan, 0o644)
		v, err := newArchive(t, root, Options{}).VersionOf(ctx, e.sourceAt(dir))
		if err != nil || v.Version.Version != tt.want {
			t.Errorf("version of the report on plan %d: %+v, %v", tt.want, v, err)
		}
	}
}

// sourceAt is the report e carries as a data file in dir.
func (e *Embedded) sourceAt(dir string) engine.Source {
	return engine.Source{Name: filepath.Join(dir, "bao-cao.toml"), Data: e.Source}
}

// TestReportAndPlanOfOneNumber: a report and a plan of the same issuer,
// year and number are two documents in two folders; one number is one
// document of each type, and the next free number is counted by type.
func TestReportAndPlanOfOneNumber(t *testing.T) {
	root := t.TempDir()
	report, _ := reportBesidePlan(t)
	plan := sampleSource(t, "")
	plan.Data = bytes.Replace(plan.Data, []byte("number = 44 "), []byte("number = 215 "), 1)
	p := add(t, root, plan)
	r := add(t, root, report)
	if p.Dir == r.Dir || filepath.Dir(p.Dir) != filepath.Dir(r.Dir) {
		t.Errorf("plan in %s, report in %s: want two folders of one year", p.Dir, r.Dir)
	}
	verifyOK(t, root)
	for _, tt := range []struct {
		typ  string
		next int
	}{{"KH", 216}, {"BC", 216}, {"QĐ", 1}} {
		n, err := NextNumber(root, "Ủy ban nhân dân huyện Cam Lộ", 2021, tt.typ)
		if err != nil || n.Next != tt.next || len(n.Used) != min(1, tt.next-1) {
			t.Errorf("next %s: %+v, %v; want %d", tt.typ, n, err, tt.next)
		}
	}
	// Another report under 215 is refused as another plan under 44 is.
	other, _ := reportBesidePlan(t, "[document]\n", "[document]\nsubject = \"Kết quả rà soát hộ nghèo\"\n")
	_, err := newArchive(t, root, Options{}).Add(context.Background(), other, when)
	var errs dataerr.List
	if !errors.As(err, &errs) || errs[0].Field != "document.number" || !strings.Contains(errs[0].Message, "216/BC-UBND") {
		t.Errorf("another report under 215: %v", err)
	}
}

// TestReportPendingFiled: a report to be signed (trình ký số) is filed
// pending, under its type, and proves it belongs from its PDF alone.
func TestReportPendingFiled(t *testing.T) {
	root := t.TempDir()
	report, planPath := reportBesidePlan(t, "number = 215 ", "# ", `date = "20/12/2021" `, "# ", `type = "BC" `, "type = \"BC\"\nstate = \"trình ký số\" ")
	got := add(t, root, report)
	if b := filepath.Base(got.Dir); !strings.HasPrefix(b, "chua-so-BC-UBND-") || got.Version.State != "trình ký số" {
		t.Errorf("pending report in %s, state %q", b, got.Version.State)
	}
	os.Remove(planPath)
	verifyOK(t, root)
	m, err := readManifest(got.Dir, ManifestName)
	if err != nil || !m.Document.Pending || m.Document.Symbol != "BC-UBND" || m.Document.Subject != "Kết quả thực hiện Kế hoạch giảm nghèo năm 2021" {
		t.Errorf("manifest %+v, %v", m, err)
	}
}

// TestReportPlanMissingOrForeign: a report's PDF must carry the plan it
// was built from: one that carries none, carries it under another name,
// or carries another plan does not prove it is the archived report, in
// Vietnamese.
func TestReportPlanMissingOrForeign(t *testing.T) {
	ctx := context.Background()
	report, planPath := reportBesidePlan(t)
	plan := readFile(t, planPath)
	otherIssuer := bytes.Replace(plan, []byte(`"huyện Cam Lộ"]`), []byte(`"huyện Gio Linh"]`), 1)
	if bytes.Equal(otherIssuer, plan) {
		t.Fatal("the sample's issuer line changed")
	}
	otherUnits := readFile(t, "../../data/xa-cam-lo-2026.toml")
	root := t.TempDir()
	want := add(t, root, report)
	tests := []struct {
		name  string
		plans map[string][]byte
		why   string // what belongs says; "" when it reads another document
	}{
		{"the plan", map[string][]byte{"ke-hoach-cam-lo-2021.toml": plan}, ""},
		{"no plan", nil, "PDF không mang kèm dữ liệu của kế hoạch \"cam-lo-2021.toml\""},
		{"plan under another name", map[string][]byte{"ke-hoach-khac.toml": plan}, "tệp nhúng ke-hoach-cam-lo-2021.toml"},
		{"plan of other units", map[string][]byte{"ke-hoach-cam-lo-2021.toml": otherUnits}, "dữ liệu nhúng không đọc được thành một văn bản"},
		{"plan of another issuer", map[string][]byte{"ke-hoach-cam-lo-2021.toml": otherIssuer}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &Embedded{SourceName: "215-BC-UBND.toml", Source: report.Data, Version: "v1", Plans: tt.plans}
			_, id, why := belongs(ctx, "v1.pdf", e, 1)
			if tt.why == "" {
				if why != "" {
					t.Fatalf("belongs: %s", why)
				}
				if same := sameDocument(id.document(), want.document(t)); same != (tt.name == "the plan") {
					t.Errorf("read as %s; the archived report: %v", id.document().describe(), same)
				}
				return
			}
			if !strings.Contains(why, tt.why) {
				t.Errorf("belongs: %q, want …%s…", why, tt.why)
			}
		})
	}

	// A PDF of the report without its plan, left where the next version
	// goes, is refused by the next run and by verify.
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := eng.Build(ctx, report, nil)
	if err != nil {
		t.Fatal(err)
	}
	bare, _, err := eng.RenderPDF(ctx, report, res, pdf.Extras{Version: "v2", Attachments: []pdf.Attachment{{Name: "215-BC-UBND.toml", Content: report.Data}}})
	if err != nil {
		t.Fatal(err)
	}
	v2 := filepath.Join(want.Dir, "v2.pdf")
	os.WriteFile(v2, bare, 0o644)
	changed := report
	changed.Data = bytes.Replace(report.Data, []byte("Ngay từ đầu năm,"), []byte("Ngay từ những ngày đầu năm,"), 1)
	_, err = newArchive(t, root, Options{}).Add(ctx, changed, when)
	var errs dataerr.List
	if !errors.As(err, &errs) || errs[0].File != v2 || !strings.Contains(errs[0].Message, "không mang kèm dữ liệu của kế hoạch") {
		t.Errorf("add beside a report PDF without its plan: %v", err)
	}
	r, err := Verify(ctx, root)
	if err != nil || len(r.Problems) != 1 || r.Problems[0].File != v2 || !strings.Contains(r.Problems[0].Message, "không mang kèm dữ liệu của kế hoạch") {
		t.Errorf("verify: %+v, %v", r, err)
	}
}

// document is the document a's folder holds, read from its manifest.
func (a *Added) document(t testing.TB) Document {
	t.Helper()
	m, err := readManifest(a.Dir, ManifestName)
	if err != nil || m == nil {
		t.Fatal(m, err)
	}
	return m.Document
}

// TestPlanAttachment: a plan is embedded under the file name of the
// reference, whatever folder, drive or extension it names, so that the
// name never leads out of a folder.
func TestPlanAttachment(t *testing.T) {
	for ref, want := range map[string]string{
		"cam-lo-2021.toml":          "ke-hoach-cam-lo-2021.toml",
		"../luu-tru/2021/v1.pdf":    "ke-hoach-v1.toml",
		`..\ke hoach\Kế hoạch.TOML`: "ke-hoach-Kế hoạch.toml",
		"C:cam-lo.toml":             "ke-hoach-cam-lo.toml",
		"cam-lo":                    "ke-hoach-cam-lo.toml",
	} {
		if got := planAttachment(ref); got != want || !planNameOK(got) {
			t.Errorf("planAttachment(%q) = %q, want %q", ref, got, want)
		}
	}
}

// TestReportOnArchivedPlanFiled: a report whose plan is the plan's
// archived PDF carries the plan's data under the PDF's file name, reads
// back from its own PDF, and gives the plan back under that name.
func TestReportOnArchivedPlanFiled(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	planPDF := add(t, root, sampleSource(t, "")).Path()
	ref := filepath.ToSlash(planPDF)
	report, _ := reportBesidePlan(t, `plan = "cam-lo-2021.toml"`, `plan = "`+ref+`"`)
	readPlan := func(ctx context.Context, path string) (*plan.Plan, engine.Source, error) {
		e, err := ExtractFile(ctx, path)
		if err != nil {
			return nil, engine.Source{}, err
		}
		src := engine.Source{Name: path + ":" + e.SourceName, Data: e.Source}
		p, err := load.Read(src.Name, src.Data)
		return p, src, err
	}
	eng, err := engine.New(engine.Options{ReadPlan: readPlan})
	if err != nil {
		t.Fatal(err)
	}
	got, err := New(root, eng, Options{Tool: testTool}).Add(ctx, report, when)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := got.Version.Plans["ke-hoach-v1.toml"]; !ok || len(got.Version.Plans) != 1 {
		t.Errorf("plans recorded %v, want ke-hoach-v1.toml", got.Version.Plans)
	}
	verifyOK(t, root)
	e, err := ExtractFile(ctx, got.Path())
	if err != nil {
		t.Fatal(err)
	}
	files := e.PlanFiles(ctx, got.Path())
	if len(files) != 1 || files[0].Ref != ref || files[0].Name != "v1.toml" || !bytes.Equal(files[0].Data, sampleSource(t, "").Data) {
		t.Errorf("plan files %+v", files)
	}
}

// TestRecoveredReport: a report's version that a killed run left
// unrecorded is recorded from its PDF alone, with the plan it carries.
func TestRecoveredReport(t *testing.T) {
	root := t.TempDir()
	report, planPath := reportBesidePlan(t)
	add(t, root, report)
	plan := readFile(t, planPath)
	os.WriteFile(planPath, bytes.Replace(plan, []byte(`"Thực hiện Chương trình mục tiêu quốc gia`), []byte(`"Thực hiện Chương trình mục tiêu quốc gia (bổ sung)`), 1), 0o644)
	v2 := add(t, root, report)

	m, err := readManifest(v2.Dir, ManifestName)
	if err != nil {
		t.Fatal(err)
	}
	m.Versions = m.Versions[:1]
	if err := writeManifest(v2.Dir, m); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(planPath, plan, 0o644)
	changed := report
	changed.Data = bytes.Replace(report.Data, []byte("Ngay từ đầu năm,"), []byte("Ngay từ những ngày đầu năm,"), 1)
	added := add(t, root, changed)
	if len(added.Recovered) != 1 || added.Version.Version != 3 {
		t.Fatalf("recovered %+v, added v%d; want v2 recovered, v3 added", added.Recovered, added.Version.Version)
	}
	got := added.Recovered[0]
	if !got.Recovered || got.Particulars != v2.Version.Particulars || !maps.Equal(got.Plans, v2.Version.Plans) {
		t.Errorf("recovered v2 records %+v, plans %v; want %+v, %v", got.Particulars, got.Plans, v2.Version.Particulars, v2.Version.Plans)
	}
	verifyOK(t, root)
}
