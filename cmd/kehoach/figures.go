package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// FiguresCommand is "kehoach figures-template": write the sheet of a plan's
// units for the communes to fill with next year's figures.
type FiguresCommand struct {
	main *Main
}

const figuresUsage = `Cách dùng: kehoach figures-template [--report] <tệp dữ liệu> -o <bảng tính.xlsx|.csv> [--force]

Lập bảng tính để các xã điền số liệu cho kế hoạch năm sau: mỗi đơn vị một
dòng, mỗi số liệu một cột, dòng tổng cộng tính bằng công thức, ô số chỉ nhận
số nguyên từ 0 trở lên. Tên tệp kết thúc bằng .csv thì ghi dạng CSV, còn lại
ghi dạng Excel (.xlsx). Sau khi các xã điền xong, dùng "kehoach next".

Với --report: lập bảng tính để các xã điền kết quả giảm nghèo trong năm của
kế hoạch, cho báo cáo cuối năm: số hộ cuối năm, số hộ thoát nghèo, tái nghèo,
phát sinh mới, và (không bắt buộc) số hộ nghèo CS GN, BTXH và số hộ cận nghèo
cuối năm. Trang tính và tiêu đề cột ghi năm của kế hoạch; bảng tính của năm
khác hay của kế hoạch năm sau bị từ chối khi đọc. Sau khi các xã điền xong,
dùng "kehoach report-data" để lập tệp dữ liệu báo cáo.

Tệp dữ liệu là tệp kế hoạch, hoặc tệp báo cáo (khi đó dùng kế hoạch mà báo cáo
nêu).

Tùy chọn:
  -o bảng-tính   tệp bảng tính cần ghi (bắt buộc)
  --report       bảng tính kết quả trong năm, cho báo cáo cuối năm
  --force        ghi đè nếu tệp đã có (không bao giờ ghi đè tệp dữ liệu)
` + exitCodesText

// Run parses args and writes the sheet.
func (c *FiguresCommand) Run(ctx context.Context, args []string) error {
	fset := flag.NewFlagSet("kehoach figures-template", flag.ContinueOnError)
	out := fset.String("o", "", "")
	force := fset.Bool("force", false, "")
	forReport := fset.Bool("report", false, "")
	files, err := parseArgs(fset, args, figuresUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(files) != 1:
		return usagef("cần đúng một tệp dữ liệu")
	case *out == "":
		return usagef("thiếu tên bảng tính cần ghi: -o so-lieu.xlsx")
	}
	e, err := newEngine(engine.Options{})
	if err != nil {
		return err
	}
	return c.main.eachFile(ctx, files, func(path string) error {
		p, inputs, err := readBase(ctx, e, path)
		if err != nil {
			return err
		}
		write := map[bool]func(io.Writer, *plan.Plan) error{false: figures.WriteXLSX, true: figures.WriteCSV}
		if *forReport {
			write = map[bool]func(io.Writer, *plan.Plan) error{false: figures.WriteReportXLSX, true: figures.WriteReportCSV}
		}
		var buf bytes.Buffer
		if err := write[strings.EqualFold(filepath.Ext(*out), ".csv")](&buf, p); err != nil {
			return err
		}
		if err := writeOne(*out, buf.Bytes(), *force, inputs); err != nil {
			return err
		}
		if *forReport {
			fmt.Fprintf(c.main.Stdout, "đã ghi %s: %d đơn vị, gửi các xã điền kết quả giảm nghèo năm %d; khi các xã điền xong: kehoach report-data %s --figures %s -o <tệp báo cáo>\n",
				*out, len(p.Units), p.Document.Year, path, *out)
			return nil
		}
		fmt.Fprintf(c.main.Stdout, "đã ghi %s: %d đơn vị, gửi các xã điền số liệu cuối năm %d\n", *out, len(p.Units), p.Document.Year)
		return nil
	})
}

// readBase reads the data file at path as readData does, for the commands
// that work on a plan's units: the plan of a data file is the plan itself,
// or the plan a report names.
func readBase(ctx context.Context, e *engine.Engine, path string) (*plan.Plan, *engine.Inputs, error) {
	res, _, inputs, err := readData(ctx, e, path)
	if err != nil {
		return nil, nil, err
	}
	if fig, ok := res.Data.(*report.Figures); ok {
		return fig.Plan, inputs, nil
	}
	return res.Plan, inputs, nil
}

// readData reads the data file at path and builds it through e, as build
// does, layout included. It returns the document built, the file's data,
// and the inputs that no output may replace: the file and those it names
// (a report's plan).
func readData(ctx context.Context, e *engine.Engine, path string) (*engine.Result, engine.Source, *engine.Inputs, error) {
	src, fi, err := engine.ReadSource(path)
	if err != nil {
		return nil, src, nil, unreadable(err)
	}
	inputs := &engine.Inputs{}
	inputs.Add(fi)
	res, err := e.Build(ctx, src, engine.Formats)
	if err != nil {
		return nil, src, nil, err
	}
	for _, u := range res.Uses {
		inputs.AddPath(u.Name)
	}
	return res, src, inputs, nil
}

// ExistsError is an output that exists and that the user did not ask to
// replace.
type ExistsError struct {
	Path string
	// Link is the target of Path when Path is a symbolic link to nothing.
	Link string
	// NoForce tells a command that never overwrites, and has no --force.
	NoForce bool
}

func (e *ExistsError) Error() string {
	switch {
	case e.NoForce && e.Link != "":
		return danglingLink(e.Path, e.Link) + "; không ghi qua liên kết: chọn tên khác"
	case e.NoForce:
		return "tệp " + e.Path + " đã có; không ghi đè: chọn tên khác, hoặc đổi tên hay xóa tệp cũ"
	}
	if e.Link != "" {
		return danglingLink(e.Path, e.Link) + "; không ghi qua liên kết (thêm --force để thay liên kết bằng tệp mới)"
	}
	return "tệp " + e.Path + " đã có; không ghi đè (thêm --force để ghi đè)"
}

// writeOne writes data to path, all or nothing, never over an input and,
// unless force, never over any file.
func writeOne(path string, data []byte, force bool, inputs *engine.Inputs) error {
	err := output.WriteAll([]output.File{{Path: path, Data: data, Exclusive: !force}}, inputs.Guard)
	if errors.Is(err, fs.ErrExist) && !errors.Is(err, engine.ErrInput) {
		e := &ExistsError{Path: path}
		if dangling := (*output.DanglingLinkError)(nil); errors.As(err, &dangling) {
			e.Link = dangling.Target
		}
		return e
	}
	return err
}
