package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/nextyear"
	"github.com/kehoach/kehoach/internal/report"
)

// NextCommand is "kehoach next": write next year's data file from this
// year's and the communes' filled sheet.
type NextCommand struct {
	main *Main
}

const nextUsage = `Cách dùng: kehoach next <tệp dữ liệu năm nay> --figures <bảng tính hoặc thư mục>... -o <tệp dữ liệu năm sau> [--force]
       kehoach next <tệp báo cáo cuối năm> -o <tệp dữ liệu năm sau> [--force]

Lập tệp dữ liệu của kế hoạch năm sau: năm kế hoạch và năm điều tra tăng một
năm, số liệu lấy từ bảng tính các xã đã điền (lập bằng "kehoach
figures-template"), lời văn, người ký và nơi nhận giữ nguyên, số và ngày ban
hành để trống nên kế hoạch là bản dự thảo. In ra mọi thay đổi và mọi câu còn
nhắc năm cũ để sửa lại. Bảng tính có lỗi thì liệt kê mọi lỗi (trang tính, ô,
đơn vị) và không ghi tệp nào.

Thay cho tệp dữ liệu năm nay có thể ghi tệp báo cáo kết quả thực hiện kế hoạch
(type = "BC"): kế hoạch năm sau lấy kế hoạch mà báo cáo nêu (document.plan),
và số liệu cuối năm của báo cáo làm số liệu đầu năm sau, không cần bảng tính:
số hộ = households_end, hộ nghèo CS GN = policy_poor_end, hộ nghèo BTXH =
social_poor_end, hộ cận nghèo = near_poor_end (nếu có). Báo cáo phải ghi
policy_poor_end và social_poor_end của mọi đơn vị. Báo cáo không có chỉ tiêu
năm sau: chỉ tiêu giảm nghèo của mọi đơn vị ghi 0, cần điền lại.

Tùy chọn:
  --figures bảng-tính   bảng tính .xlsx hoặc .csv các xã đã điền (bắt buộc với
                        tệp kế hoạch, không dùng với tệp báo cáo);
                        khi mỗi xã gửi lại bản của mình (chỉ điền dòng của
                        xã đó), ghi --figures nhiều lần, hoặc tên thư mục chứa
                        các bản đó: mỗi đơn vị phải được điền ở đúng một tệp
  -o tệp                tệp dữ liệu năm sau cần ghi (bắt buộc)
  --force               ghi đè nếu tệp đã có (không bao giờ ghi đè tệp đầu vào)
` + exitCodesText

// Run parses args and writes next year's data file.
func (c *NextCommand) Run(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("kehoach next", flag.ContinueOnError)
	out := fset.String("o", "", "")
	var sheets listFlag
	fset.Var(&sheets, "figures", "")
	force := fset.Bool("force", false, "")
	files, err := parseArgs(fset, args, nextUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(files) != 1:
		return usagef("cần đúng một tệp dữ liệu (kế hoạch năm nay, hoặc báo cáo cuối năm)")
	case *out == "":
		return usagef("thiếu tên tệp dữ liệu năm sau: -o data/ten-tep.toml")
	}
	e, err := newEngine(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		built, src, inputs, err := readData(ctx, e, path)
		if err != nil {
			return err
		}
		var res *nextyear.Result
		var read string // the sheets read, when more than one
		fig, fromReport := built.Data.(*report.Figures)
		switch {
		case fromReport && len(sheets) > 0:
			return usagef("%s là báo cáo cuối năm: số liệu năm sau lấy từ báo cáo, không dùng --figures", path)
		case fromReport:
			s, err := nextyear.FromReport(fig.Report, fig.Plan, src.Name, src.Data)
			if err != nil {
				return err
			}
			if res, err = nextyear.MakeFrom(fig.Plan, s, *out); err != nil {
				return err
			}
		case len(sheets) == 0:
			return usagef("thiếu bảng tính số liệu: --figures so-lieu.xlsx (hoặc lập từ báo cáo cuối năm: kehoach next bao-cao.toml -o %s)", *out)
		default:
			old := built.Plan
			files, err := figures.Files(sheets)
			if err != nil {
				return unreadable(err)
			}
			s, err := figures.ReadFiles(files, old)
			if err != nil {
				return unreadable(err)
			}
			for _, f := range files {
				inputs.AddPath(f)
			}
			if res, err = nextyear.Make(old, s, files[0], *out); err != nil {
				return err
			}
			if len(files) > 1 {
				read = fmt.Sprintf("đã đọc %d bảng tính: %s\n", len(files), strings.Join(files, ", "))
			}
		}
		// Next year's plan is checked as build checks it, layout
		// included, before it is written.
		if _, err := e.Check(ctx, engine.Source{Name: *out, Data: res.Data}); err != nil {
			return err
		}
		if err := writeOne(*out, res.Data, *force, inputs); err != nil {
			return err
		}
		fmt.Fprint(c.main.Stdout, read)
		printNext(c.main.Stdout, *out, res)
		return nil
	})
}

// printNext prints what next changed and the texts to review, in
// Vietnamese.
func printNext(w io.Writer, path string, res *nextyear.Result) {
	year, oldYear := res.Plan.Document.Year, res.Old.Document.Year
	fmt.Fprintf(w, "đã ghi %s: bản dự thảo kế hoạch năm %d.\n", path, year)
	fmt.Fprintf(w, "\nCác thay đổi:\n%s", res.ChangeList())
	if res.NoTargets {
		fmt.Fprintf(w, "\nBáo cáo không có chỉ tiêu giảm nghèo năm %d: chỉ tiêu của mọi đơn vị (reduction) ghi 0, cần điền lại trong %s.\n", year, path)
	}
	if len(res.Mentions) > 0 {
		var years []int
		for _, m := range res.Mentions {
			for _, y := range m.Years {
				if !slices.Contains(years, y) {
					years = append(years, y)
				}
			}
		}
		slices.Sort(years)
		named := make([]string, len(years))
		for i, y := range years {
			named[i] = strconv.Itoa(y)
		}
		fmt.Fprintf(w, "\nCác câu giữ nguyên từ kế hoạch năm %d còn nhắc năm %s (%d chỗ), cần xem lại:\n",
			oldYear, strings.Join(named, ", "), len(res.Mentions))
		for _, m := range res.Mentions {
			fmt.Fprintf(w, "  - %s: «%s»\n", m.Field, strings.Join(m.Excerpts, "», «"))
		}
		fmt.Fprintf(w, "Cho đến khi sửa, \"kehoach check\" cảnh báo và \"kehoach build --final\" từ chối các câu này;\n"+
			"câu nào cố ý giữ nguyên thì ghi đường dẫn của nó vào keep_years ở mục [document].\n")
	}
	fmt.Fprintf(w, "\nSửa lời văn trong %s, rồi lập bản dự thảo: kehoach build %s\n", path, path)
	fmt.Fprintf(w, "Khi trình ký số, ghi state = \"trình ký số\" ở mục [document], rồi: kehoach archive %s (tệp để ký số là phiên bản đã lưu);\n"+
		"khi ban hành trên giấy, ghi số và ngày (document.number, document.date), rồi: kehoach build --final %s\n", path, path)
}

// listFlag is an option that may be given several times, each value kept
// in order.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set adds one value.
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}
