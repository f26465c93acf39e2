package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/report"
)

// ReportDataCommand is "kehoach report-data": write the data file of the
// year-end report from a plan and the communes' filled sheets of the
// year's movements.
type ReportDataCommand struct {
	main *Main
}

const reportDataUsage = `Cách dùng: kehoach report-data <tệp kế hoạch> --figures <bảng tính hoặc thư mục>... -o <tệp báo cáo.toml> [--force]

Lập tệp dữ liệu của báo cáo kết quả thực hiện kế hoạch (bản dự thảo) từ bảng
tính các xã đã điền kết quả giảm nghèo trong năm (lập bằng "kehoach
figures-template --report"): mỗi đơn vị của kế hoạch một mục [[units]] với số
hộ cuối năm, số hộ thoát nghèo, tái nghèo, phát sinh mới và các số không bắt
buộc mà bảng tính có. Tệp báo cáo nêu tệp kế hoạch (document.plan, đường dẫn
tính từ thư mục của tệp báo cáo); số, ngày để trống nên báo cáo là bản dự thảo;
lời văn (text.results, text.shortcomings, text.tasks) là các câu nhắc cần viết
lại. Số liệu được kiểm tra như khi lập báo cáo (thoát nghèo không quá số hộ
nghèo đầu năm, hai nhóm CS GN và BTXH cộng lại bằng số hộ nghèo cuối năm...);
bảng tính có lỗi thì liệt kê mọi lỗi (trang tính, ô, đơn vị) và không ghi tệp
nào.

Tùy chọn:
  --figures bảng-tính   bảng tính .xlsx hoặc .csv các xã đã điền (bắt buộc);
                        khi mỗi xã gửi lại bản của mình (chỉ điền dòng của
                        xã đó), ghi --figures nhiều lần, hoặc tên thư mục chứa
                        các bản đó: mỗi đơn vị phải được điền ở đúng một tệp
  -o tệp                tệp dữ liệu báo cáo cần ghi (bắt buộc)
  --force               ghi đè nếu tệp đã có (không bao giờ ghi đè tệp đầu vào)
` + exitCodesText

// Run parses args and writes the report's data file.
func (c *ReportDataCommand) Run(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("kehoach report-data", flag.ContinueOnError)
	out := fset.String("o", "", "")
	var sheets listFlag
	fset.Var(&sheets, "figures", "")
	force := fset.Bool("force", false, "")
	files, err := parseArgs(fset, args, reportDataUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(files) != 1:
		return usagef("cần đúng một tệp dữ liệu (kế hoạch được báo cáo)")
	case len(sheets) == 0:
		return usagef("thiếu bảng tính kết quả trong năm: --figures ket-qua.xlsx")
	case *out == "":
		return usagef("thiếu tên tệp dữ liệu báo cáo: -o data/bao-cao.toml")
	}
	e, err := newEngine(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		res, _, inputs, err := readData(ctx, e, path)
		if err != nil {
			return err
		}
		if _, ok := res.Data.(*report.Figures); ok {
			return usagef("%s là tệp báo cáo: ghi tệp kế hoạch được báo cáo", path)
		}
		p := res.Plan
		files, err := figures.Files(sheets)
		if err != nil {
			return unreadable(err)
		}
		s, err := figures.ReadReportFiles(files, p)
		if err != nil {
			return unreadable(err)
		}
		for _, f := range files {
			inputs.AddPath(f)
		}
		ms, err := figures.Movements(s, p, files[0])
		if err != nil {
			return err
		}
		data := report.Print(report.Draft(planRef(*out, path), p.Document.Year, ms), p.Document.Year)
		// The report is checked as build checks it, layout included,
		// before it is written: its plan is read as the file names it.
		if _, err := e.Check(ctx, engine.Source{Name: *out, Data: data}); err != nil {
			return err
		}
		if err := writeOne(*out, data, *force, inputs); err != nil {
			return err
		}
		if len(files) > 1 {
			fmt.Fprintf(c.main.Stdout, "đã đọc %d bảng tính: %s\n", len(files), strings.Join(files, ", "))
		}
		fmt.Fprintf(c.main.Stdout, "đã ghi %s: bản dự thảo báo cáo kết quả thực hiện kế hoạch năm %d, %d đơn vị.\n", *out, p.Document.Year, len(ms))
		fmt.Fprintf(c.main.Stdout, "Viết lời văn của báo cáo (text.results, text.shortcomings, text.tasks) trong %s, rồi lập bản dự thảo: kehoach build %s\n", *out, *out)
		fmt.Fprintf(c.main.Stdout, "Năm sau, lập kế hoạch từ báo cáo: kehoach next %s -o <tệp kế hoạch năm %d>\n", *out, p.Document.Year+1)
		return nil
	})
}

// planRef is how the report written at out names the plan at path: the
// path from out's folder, with forward slashes, or the absolute path when
// there is none.
func planRef(out, path string) string {
	from, err1 := filepath.Abs(filepath.Dir(out))
	to, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(from, to)
	if err != nil {
		return filepath.ToSlash(to)
	}
	return filepath.ToSlash(rel)
}
