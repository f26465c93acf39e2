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
)

// NextCommand is "kehoach next": write next year's data file from this
// year's and the communes' filled sheet.
type NextCommand struct {
	main *Main
}

const nextUsage = `Cách dùng: kehoach next <tệp dữ liệu năm nay> --figures <bảng tính hoặc thư mục>... -o <tệp dữ liệu năm sau> [--force]

Lập tệp dữ liệu của kế hoạch năm sau: năm kế hoạch và năm điều tra tăng một
năm, số liệu lấy từ bảng tính các xã đã điền (lập bằng "kehoach
figures-template"), lời văn, người ký và nơi nhận giữ nguyên, số và ngày ban
hành để trống nên kế hoạch là bản dự thảo. In ra mọi thay đổi và mọi câu còn
nhắc năm cũ để sửa lại. Bảng tính có lỗi thì liệt kê mọi lỗi (trang tính, ô,
đơn vị) và không ghi tệp nào.

Tùy chọn:
  --figures bảng-tính   bảng tính .xlsx hoặc .csv các xã đã điền (bắt buộc);
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
		return usagef("cần đúng một tệp dữ liệu (của năm nay)")
	case len(sheets) == 0:
		return usagef("thiếu bảng tính số liệu: --figures so-lieu.xlsx")
	case *out == "":
		return usagef("thiếu tên tệp dữ liệu năm sau: -o data/ten-tep.toml")
	}
	e, err := engine.New(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		old, inputs, err := readPlan(ctx, e, path)
		if err != nil {
			return err
		}
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
		res, err := nextyear.Make(old, s, files[0], *out)
		if err != nil {
			return err
		}
		// Next year's plan is checked as build checks it, layout
		// included, before it is written.
		if _, err := e.Check(ctx, engine.Source{Name: *out, Data: res.Data}); err != nil {
			return err
		}
		if err := writeOne(*out, res.Data, *force, inputs); err != nil {
			return err
		}
		if len(files) > 1 {
			fmt.Fprintf(c.main.Stdout, "đã đọc %d bảng tính: %s\n", len(files), strings.Join(files, ", "))
		}
		report(c.main.Stdout, *out, old.Document.Year, res)
		return nil
	})
}

// report prints what next changed and the texts to review, in Vietnamese.
func report(w io.Writer, path string, oldYear int, res *nextyear.Result) {
	year := res.Plan.Document.Year
	fmt.Fprintf(w, "đã ghi %s: bản dự thảo kế hoạch năm %d.\n", path, year)
	fmt.Fprintf(w, "\nCác thay đổi:\n%s", res.ChangeList())
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
