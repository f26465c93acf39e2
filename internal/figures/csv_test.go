package figures

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/sheet"
)

// filledCSVWith returns p's CSV template filled with counts, its total
// row dropped and its rows then changed by edit, without a byte order mark.
func filledCSVWith(t *testing.T, p *plan.Plan, edit func(rows [][]string)) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), sheet.BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[:len(rows)-1]
	for i := range p.Units {
		for j, n := range counts(i) {
			rows[i+1][j+2] = fmt.Sprint(n)
		}
	}
	edit(rows)
	var out bytes.Buffer
	csv.NewWriter(&out).WriteAll(rows)
	return out.Bytes()
}

// separated writes rows as CSV with fields separated by sep.
func separated(rows [][]string, sep rune) string {
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	w.Comma = sep
	w.WriteAll(rows)
	return out.String()
}

// TestReadCSVEncodings reads the filled template in each encoding and with
// each separator a spreadsheet program saves CSV in.
func TestReadCSVEncodings(t *testing.T) {
	p := samplePlan(t)
	var rows [][]string
	filledCSVWith(t, p, func(r [][]string) { rows = r })
	utf16 := func(order unicode.Endianness, s string) []byte {
		b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cp1258 := func(s string) []byte { return windows1258(t, s) }
	tests := []struct {
		name string
		data []byte
	}{
		{"UTF-8 with a byte order mark", []byte(sheet.BOM + separated(rows, ','))},
		{"UTF-8", []byte(separated(rows, ','))},
		{"UTF-8 with semicolons", []byte(separated(rows, ';'))},
		{"UTF-8 with tabs", []byte(separated(rows, '\t'))},
		{"UTF-16LE with tabs", utf16(unicode.LittleEndian, separated(rows, '\t'))},
		{"UTF-16BE with commas", utf16(unicode.BigEndian, separated(rows, ','))},
		{"Windows-1258 with semicolons", cp1258(separated(rows, ';'))},
		{"Windows-1258 with commas", cp1258(separated(rows, ','))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Read("so-lieu.csv", tt.data, p)
			if err != nil {
				t.Fatal(err)
			}
			checkCounts(t, p, s)
		})
	}
}

// TestReadUnicodeText reads a sheet saved as Excel's "Unicode Text": UTF-16
// with tabs, in a file named .txt.
func TestReadUnicodeText(t *testing.T) {
	p := samplePlan(t)
	data, err := os.ReadFile("testdata/lo-utf16-tab.csv")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Read("so-lieu.txt", data, p)
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, p, s)
}

// TestReadCSVUnreadable checks that a file that still cannot be read gets
// one problem, which says how to save it.
func TestReadCSVUnreadable(t *testing.T) {
	p := samplePlan(t)
	var rows [][]string
	filledCSVWith(t, p, func(r [][]string) { rows = r })
	noBOM, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(separated(rows, '\t')))
	// TCVN3 (ABC), the encoding of old Vietnamese fonts, is none kehoach
	// reads: "Tổng số hộ" is "Tæng sè hé" in it.
	tcvn3 := strings.NewReplacer("Tổng số hộ", "T\xe6ng s\xe8 h\xe9", "Đơn vị", "\xa7\xac n v\xdb").Replace(separated(rows, ','))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-16 without a byte order mark", noBOM, "có byte 0"},
		{"a workbook named .csv", template(t, p), "là bảng tính Excel (.xlsx)"},
		{"TCVN3", []byte(tcvn3), "không nhận ra dòng tiêu đề"},
		{"headings of another sheet", []byte("Họ tên,Ngày sinh\nA,1990\n"), "không nhận ra dòng tiêu đề"},
		{"a quote unclosed", []byte("STT,Đơn vị,\"Tổng số hộ\n"), "lỗi cú pháp CSV ở dòng 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("so-lieu.csv", tt.data, p)
			var errs dataerr.List
			if !errors.As(err, &errs) {
				t.Fatalf("got %v, want a data error", err)
			}
			hints := strings.Count(errs.Error(), saveHint)
			if len(errs) != 1 || hints != 1 || !strings.Contains(errs.Error(), tt.want) {
				t.Errorf("got\n%v\nwant one problem, saying %q and %q", err, tt.want, saveHint)
			}
		})
	}
}

// TestReadLibreOfficeCSV reads the files LibreOffice Calc saved from the
// filled template, in the encodings and with the separators of its "Text
// CSV" filter (see testdata/README.md): each gives the counts filled in.
func TestReadLibreOfficeCSV(t *testing.T) {
	p := samplePlan(t)
	files, err := filepath.Glob("testdata/lo-*.csv")
	if err != nil || len(files) < 5 {
		t.Fatalf("%d files saved by LibreOffice, want 5 or more (%v)", len(files), err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Read(filepath.Base(file), data, p)
			if err != nil {
				t.Fatal(err)
			}
			checkCounts(t, p, s)
		})
	}
}

// windows1258 encodes s as Windows does in code page 1258, which has
// "ơ" or "ê" but not "ế" or "ộ": a letter it lacks is written as the
// letter without its tone, then the tone as a combining mark.
func windows1258(t *testing.T, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		var base, tone []rune
		for _, d := range norm.NFD.String(string(r)) {
			switch d {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
				tone = append(tone, d)
			default:
				base = append(base, d)
			}
		}
		b, err := enc.Bytes([]byte(norm.NFC.String(string(base)) + string(tone)))
		if err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		out = append(out, b...)
	}
	return out
}

// TestReadLibreOfficeCSVText reads a CSV file whose cell C5 LibreOffice
// kept as the text "1.530" and left out of its total: the cell is read as
// 1530, and named as the cause of the total that differs.
func TestReadLibreOfficeCSVText(t *testing.T) {
	p := samplePlan(t)
	data, err := os.ReadFile("testdata/text-dot-as-text.csv")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Read("so-lieu.csv", data, p)
	want := `so-lieu.csv, ô C10: tổng cộng của cột "Tổng số hộ" (10750) khác tổng các đơn vị (12280); ` +
		`có lẽ vì ô C5 ghi số 1530 dưới dạng chữ (văn bản), nên hàm SUM của bảng tính không cộng ô này: ` +
		`xóa ô rồi gõ lại số (không có dấu nháy ' ở đầu, ô không định dạng Văn bản/Text), rồi lưu lại.`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

// FuzzReadCSV reads any bytes as a CSV file: never a panic, and either
// counts or problems that name the file.
func FuzzReadCSV(f *testing.F) {
	p := samplePlan(f)
	files, _ := filepath.Glob("testdata/lo-*.csv")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	var report bytes.Buffer
	if err := WriteReportCSV(&report, p); err != nil {
		f.Fatal(err)
	}
	f.Add(report.Bytes())
	f.Add([]byte(sheet.BOM + "STT;Đơn vị\n"))
	f.Add([]byte("\xff\xfeS\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Every form's reader, the report's too, on the same bytes.
		for _, fm := range forms {
			s, err := read(fm, "so-lieu.csv", data, p, false)
			var errs dataerr.List
			switch {
			case err == nil && s == nil:
				t.Fatal("no sheet and no error")
			case err != nil && (!errors.As(err, &errs) || len(errs) == 0 || errs[0].File != "so-lieu.csv"):
				t.Fatalf("error %v names no file", err)
			case err == nil && fm == reportForm:
				if _, err := Movements(s, p, "so-lieu.csv"); err != nil && (!errors.As(err, &errs) || len(errs) == 0) {
					t.Fatalf("movements: %v", err)
				}
			}
		}
	})
}
