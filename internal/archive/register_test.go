package archive

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kehoach/kehoach/internal/engine"
)

// issuedOn is src dated date ("dd/mm/yyyy") instead of 18/03/2021.
func issuedOn(t testing.TB, src engine.Source, date string) engine.Source {
	t.Helper()
	old := []byte(`date = "18/03/2021"`)
	if !bytes.Contains(src.Data, old) {
		t.Fatal("the sample's date line changed; update issuedOn")
	}
	src.Data = bytes.Replace(src.Data, old, []byte(`date = "`+date+`"`), 1)
	return src
}

// sampleRecipients are the sample's nơi nhận, as its data file lists them.
const sampleRecipients = "UBND tỉnh\nSở LĐ-TB&XH\nTT Huyện ủy; TT HĐND huyện\nCT, PCT UBND huyện\n" +
	"UBMTTQVN, các tổ chức CT-XH huyện\nCác cơ quan liên quan\nTV BCĐ giảm nghèo huyện\nUBND các xã, thị trấn"

// registerArchive is an archive holding, for the sample's issuer in 2021,
// numbers 120, 3 and 44 (folders in path order 03, 120, 44; 44 in two versions, the second with a reason),
// number 9 issued in 2020, and a document of another commune in 2021.
func registerArchive(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	ctx := context.Background()
	a := newArchive(t, root, Options{})
	for _, s := range []struct {
		src    engine.Source
		reason string
	}{
		{src: variant(t, 120, "Hỗ trợ nhà ở cho hộ nghèo", "")},
		{src: variant(t, 3, "=Giảm nghèo bền vững", "")},
		{src: variant(t, 44, sampleSubject, "")},
		{src: variant(t, 44, sampleSubject, " (bổ sung)"), reason: "bổ sung phần mở đầu"},
		{src: issuedOn(t, variant(t, 9, "Chuẩn bị năm 2021", ""), "20/12/2020")},
		{src: issuerSource(t, "", "", "UBND xã Tân Hòa")},
	} {
		if _, err := a.AddWithReason(ctx, s.src, when, s.reason); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestRegister: the outgoing register of a year holds one row per
// document of the issuer, its latest version, in number order, with the
// columns of Phụ lục VI; written as XLSX and CSV, both read back the same.
func TestRegister(t *testing.T) {
	root := registerArchive(t)
	const issuer = "Ủy ban nhân dân huyện Cam Lộ"
	book, err := Register(context.Background(), root, 2021, "ủy ban nhân dân huyện  cam lộ")
	if err != nil {
		t.Fatal(err)
	}
	if book.Issuer != issuer || book.Year != 2021 {
		t.Errorf("register of %s, %d", book.Issuer, book.Year)
	}
	signer := "Chủ tịch Trần Anh Tuấn"
	want := [][]string{
		{"Số", "Ký hiệu", "Ngày ban hành", "Tên loại", "Trích yếu nội dung", "Người ký", "Nơi nhận", "Số trang", "Ghi chú"},
		{"03", "KH-UBND", "18/03/2021", "Kế hoạch", "=Giảm nghèo bền vững", signer, sampleRecipients, "5", ""},
		{"44", "KH-UBND", "18/03/2021", "Kế hoạch", sampleSubject, signer, sampleRecipients, "5", "phiên bản v2; lý do: bổ sung phần mở đầu"},
		{"120", "KH-UBND", "18/03/2021", "Kế hoạch", "Hỗ trợ nhà ở cho hộ nghèo", signer, sampleRecipients, "5", ""},
	}

	t.Run("csv", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteRegisterCSV(&buf, book); err != nil {
			t.Fatal(err)
		}
		data, ok := bytes.CutPrefix(buf.Bytes(), []byte("\xEF\xBB\xBF"))
		if !ok {
			t.Fatal("the CSV does not start with a UTF-8 byte order mark")
		}
		if !bytes.Contains(data, []byte("\r\n")) {
			t.Error("the CSV's lines do not end with CR LF")
		}
		got, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		wantCSV := slicesClone2(want)
		wantCSV[1][4] = "'" + wantCSV[1][4] // a cell that opens like a formula
		if !reflect.DeepEqual(got, wantCSV) {
			t.Errorf("csv rows:\n%q\nwant\n%q", got, wantCSV)
		}
	})

	t.Run("xlsx", func(t *testing.T) {
		var buf bytes.Buffer
		if err := WriteRegisterXLSX(&buf, book); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if sheets := f.GetSheetList(); len(sheets) != 1 || sheets[0] != "Sổ văn bản đi 2021" {
			t.Fatalf("sheets %q", sheets)
		}
		got, err := f.GetRows("Sổ văn bản đi 2021")
		if err != nil {
			t.Fatal(err)
		}
		// Trailing empty cells are left out of a row read back.
		wantXLSX := slicesClone2(want)
		wantXLSX[1] = wantXLSX[1][:8]
		wantXLSX[3] = wantXLSX[3][:8]
		if !reflect.DeepEqual(got, wantXLSX) {
			t.Errorf("xlsx rows:\n%q\nwant\n%q", got, wantXLSX)
		}
		for cell, want := range map[string]excelize.CellType{"A2": excelize.CellTypeNumber, "H2": excelize.CellTypeNumber, "E2": excelize.CellTypeSharedString} {
			if typ, _ := f.GetCellType("Sổ văn bản đi 2021", cell); typ != want && !(want == excelize.CellTypeNumber && typ == excelize.CellTypeUnset) {
				t.Errorf("cell %s has type %v, want %v", cell, typ, want)
			}
		}
		if v, _ := f.GetCellValue("Sổ văn bản đi 2021", "A2", excelize.Options{RawCellValue: true}); v != "3" {
			t.Errorf("A2 holds %q, want the number 3 (shown 03)", v)
		}
		var again bytes.Buffer
		if err := WriteRegisterXLSX(&again, book); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
			t.Errorf("the same register gives other bytes (%v)", err)
		}
	})
}

// slicesClone2 copies a table of text.
func slicesClone2(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = append([]string(nil), r...)
	}
	return out
}

// TestRegisterIssuer: without --issuer, an archive holding two issuers'
// documents in the year is refused, naming both; naming an issuer without
// documents that year is refused; another year has its own rows.
func TestRegisterIssuer(t *testing.T) {
	root := registerArchive(t)
	tests := []struct {
		name   string
		year   int
		issuer string
		rows   []int  // the numbers listed
		want   string // in the refusal
	}{
		{name: "two issuers", year: 2021, want: "UBND xã Tân Hòa; Ủy ban nhân dân huyện Cam Lộ"},
		{name: "unknown issuer", year: 2021, issuer: "UBND xã Cam Thủy", want: "không có văn bản nào của UBND xã Cam Thủy"},
		{name: "commune", year: 2021, issuer: "UBND xã Tân Hoà", rows: []int{44}},
		{name: "other year", year: 2020, rows: []int{9}},
		{name: "empty year", year: 2019, want: "chưa có văn bản nào ban hành năm 2019"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book, err := Register(context.Background(), root, tt.year, tt.issuer)
			if tt.want != "" {
				var ie *IssuerError
				if !errors.As(err, &ie) || !strings.Contains(ie.Vietnamese(), tt.want) {
					t.Fatalf("err = %v, want an IssuerError saying %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, r := range book.Rows {
				got = append(got, r.Number)
			}
			if !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows %v, want %v", got, tt.rows)
			}
		})
	}
}

// TestRegisterOldManifest: a version recorded before the manifest carried
// subject, signer, recipients and pages gets them from its PDF.
func TestRegisterOldManifest(t *testing.T) {
	root := t.TempDir()
	add(t, root, sampleSource(t, ""))
	path := filepath.Join(root, docDir, ManifestName)
	m := manifestOf(t, root)
	m.Versions[0].Particulars = Particulars{}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := writeManifest(filepath.Dir(path), m); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(readFile(t, path), []byte("subject")) {
		t.Fatal("the manifest still records a subject")
	}
	book, err := Register(context.Background(), root, 2021, "")
	if err != nil {
		t.Fatal(err)
	}
	want := Row{Number: 44, Symbol: "KH-UBND", Date: "18/03/2021", TypeName: "Kế hoạch", Subject: sampleSubject,
		Signer: "Chủ tịch Trần Anh Tuấn", Recipients: sampleRecipients, Pages: 5}
	if len(book.Rows) != 1 || book.Rows[0] != want {
		t.Errorf("rows %+v\nwant [%+v]", book.Rows, want)
	}
}

// TestNextNumber: the next free number is one more than the highest one
// the issuer archived that year for the type; gaps are listed, never
// offered.
func TestNextNumber(t *testing.T) {
	root := registerArchive(t)
	tests := []struct {
		name, issuer string
		year         int
		typ          string
		want         Numbering
	}{
		{"gaps", "Ủy ban nhân dân huyện Cam Lộ", 2021, "KH",
			Numbering{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Used: []int{3, 44, 120}, Gaps: [][2]int{{1, 2}, {4, 43}, {45, 119}}, Next: 121}},
		{"name written otherwise", "UỶ BAN NHÂN DÂN  HUYỆN CAM LỘ", 2021, "kh",
			Numbering{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Used: []int{3, 44, 120}, Gaps: [][2]int{{1, 2}, {4, 43}, {45, 119}}, Next: 121}},
		{"other year", "Ủy ban nhân dân huyện Cam Lộ", 2020, "KH",
			Numbering{Issuer: "Ủy ban nhân dân huyện Cam Lộ", Used: []int{9}, Gaps: [][2]int{{1, 8}}, Next: 10}},
		{"other type", "Ủy ban nhân dân huyện Cam Lộ", 2021, "QĐ", Numbering{Next: 1}},
		{"other issuer", "UBND xã Tân Hòa", 2021, "KH", Numbering{Issuer: "UBND xã Tân Hòa", Used: []int{44}, Gaps: [][2]int{{1, 43}}, Next: 45}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NextNumber(root, tt.issuer, tt.year, tt.typ)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
	if got, err := NextNumber(filepath.Join(root, "chua-co"), "UBND xã Tân Hòa", 2021, "KH"); err != nil || got.Next != 1 {
		t.Errorf("an archive not made yet: %+v, %v; want 1", got, err)
	}
}
