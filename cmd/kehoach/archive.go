package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/output"
)

// ArchiveCommand is "kehoach archive": keep every issued version of a
// plan, list them, verify them and give their data back.
type ArchiveCommand struct {
	main *Main
	// now is the clock; the archive reads no other.
	now func() time.Time
}

const archiveUsage = `Cách dùng:
  kehoach archive [--to thư-mục] <tệp dữ liệu>...
  kehoach archive list [thư-mục]
  kehoach archive verify [thư-mục]
  kehoach archive extract [-o tệp.toml] <tệp PDF>
  kehoach archive copy [--to thư-mục] [-v số] -o tệp.pdf <tệp dữ liệu | thư mục văn bản>

Lưu trữ các văn bản đã ban hành (có số và ngày; dự thảo không được lưu):
mỗi lần lưu lập văn bản PDF, nhúng tệp dữ liệu vào PDF và ghi vào sổ lưu trữ
(manifest.json) mã SHA-256 của PDF và của tệp dữ liệu, số, ngày, thời điểm
lưu và phiên bản kehoach. Mỗi văn bản một thư mục:
  <cơ quan ban hành>-<mã>/<năm>/<số-ký hiệu>-<mã>/v1.pdf, v2.pdf, manifest.json
(tên bỏ dấu; mã phân biệt tính từ đúng tên cơ quan, năm, số và ký hiệu, để hai
văn bản khác nhau không chung một thư mục).
Dữ liệu không đổi thì không thêm phiên bản; dữ liệu đổi thì thêm phiên bản
kế tiếp. Không phiên bản nào bị ghi đè hay bị xóa.

  list      liệt kê các văn bản và phiên bản đã lưu
  verify    tính lại mọi mã SHA-256, báo tệp bị sửa, tệp thiếu, tệp lạ;
            mã thoát 1 nếu có vấn đề
  extract   lấy lại tệp dữ liệu nhúng trong một PDF đã lưu (không ghi đè
            tệp có sẵn; không có -o thì in ra màn hình)
  copy      chép ra tệp để ký số: đúng từng byte phiên bản đã lưu (của tệp dữ
            liệu đã nêu, hoặc phiên bản mới nhất của thư mục văn bản, hoặc
            phiên bản -v), sau khi kiểm mã SHA-256 với sổ; không ghi đè tệp có sẵn

Tệp để ký số là phiên bản đã lưu (lệnh archive in đường dẫn của nó), không
phải PDF của build --final: bản lưu trữ nhúng tệp dữ liệu và ghi số phiên bản.

Tùy chọn:
  --to thư-mục   thư mục lưu trữ (mặc định: luu-tru)
  -o tệp.toml    tệp ghi dữ liệu lấy lại (lệnh extract); tệp PDF ghi ra (lệnh copy)
  -v số          phiên bản cần chép (lệnh copy với thư mục văn bản; mặc định:
                 phiên bản mới nhất)
` + exitCodesText

// defaultArchive is the archive folder when none is named.
const defaultArchive = "luu-tru"

// Run dispatches to the archive's subcommands; anything else archives
// data files.
func (c *ArchiveCommand) Run(ctx context.Context, args []string) error {
	if c.now == nil {
		c.now = time.Now
	}
	if len(args) > 0 {
		switch args[0] {
		case "list":
			return c.list(args[1:])
		case "verify":
			return c.verify(ctx, args[1:])
		case "extract":
			return c.extract(ctx, args[1:])
		case "copy":
			return c.copy(ctx, args[1:])
		}
	}
	return c.add(ctx, args)
}

// add archives every data file named in args.
func (c *ArchiveCommand) add(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive", flag.ContinueOnError)
	to := fs.String("to", defaultArchive, "")
	files, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	e, err := engine.New(engine.Options{})
	if err != nil {
		return err
	}
	tool, _ := buildTool()
	a := archive.New(*to, e, archive.Options{Tool: tool})
	return c.main.eachFile(ctx, files, func(path string) error {
		src, _, err := engine.ReadSource(path)
		if err != nil {
			return unreadable(err)
		}
		added, err := a.Add(ctx, src, c.now())
		if err != nil {
			return archiveError(err)
		}
		for _, v := range added.Recovered {
			fmt.Fprintf(c.main.Stdout, "đã ghi vào sổ phiên bản %s do một lần lưu bị ngắt để lại: %s\n",
				strings.TrimSuffix(v.File, ".pdf"), filepath.Join(added.Dir, v.File))
		}
		v := added.Version
		if added.Unchanged {
			fmt.Fprintf(c.main.Stdout, "%s: dữ liệu không đổi so với phiên bản %s (%s); không thêm phiên bản mới.\n",
				path, strings.TrimSuffix(v.File, ".pdf"), added.Path())
		} else {
			fmt.Fprintf(c.main.Stdout, "đã lưu phiên bản %s của văn bản số %s: %s (SHA-256 %s)\n",
				strings.TrimSuffix(v.File, ".pdf"), v.Number, added.Path(), v.PDFSHA256)
		}
		fmt.Fprintf(c.main.Stdout, "%s%s\n", toSignLabel, added.Path())
		return nil
	})
}

// list prints the documents of an archive and their versions.
func (c *ArchiveCommand) list(args []string) error {
	root, err := c.rootArg("list", args)
	if err != nil {
		return helpOK(err)
	}
	entries, err := archive.List(root)
	var errs dataerr.List
	if err != nil && !errors.As(err, &errs) {
		return archiveError(err)
	}
	for _, e := range entries {
		m := e.Manifest
		fmt.Fprintf(c.main.Stdout, "%s: văn bản số %s (%s, năm %d), %d phiên bản\n",
			e.Dir, m.Document.Number, m.Document.Issuer, m.Document.Year, len(m.Versions))
		for _, v := range m.Versions {
			note := ""
			if v.Recovered {
				note = " (ghi vào sổ sau khi lần lưu bị ngắt)"
			}
			fmt.Fprintf(c.main.Stdout, "  %s  ngày %s  lưu lúc %s  kehoach %s  SHA-256 %s%s\n",
				strings.TrimSuffix(v.File, ".pdf"), v.Date, v.ArchivedAt.UTC().Format("2006-01-02 15:04:05 UTC"),
				v.Kehoach, v.PDFSHA256, note)
		}
	}
	if len(entries) == 0 && err == nil {
		fmt.Fprintf(c.main.Stdout, "%s: chưa có văn bản nào được lưu.\n", root)
	}
	return c.problems(err)
}

// verify checks an archive and reports each problem.
func (c *ArchiveCommand) verify(ctx context.Context, args []string) error {
	root, err := c.rootArg("verify", args)
	if err != nil {
		return helpOK(err)
	}
	r, err := archive.Verify(ctx, root)
	if err != nil {
		return c.problems(archiveError(err))
	}
	for _, p := range r.Problems {
		fmt.Fprintln(c.main.Stderr, p.Error())
	}
	if r.OK() {
		fmt.Fprintf(c.main.Stdout, "%s: %d văn bản, %d phiên bản; mọi tệp đều nguyên vẹn, khớp sổ lưu trữ.\n",
			root, r.Documents, r.Versions)
		return nil
	}
	fmt.Fprintf(c.main.Stderr, "%s: %d văn bản, %d phiên bản; có %d vấn đề.\n", root, r.Documents, r.Versions, len(r.Problems))
	return r.Problems
}

// extract writes the data file an archived PDF carries.
func (c *ArchiveCommand) extract(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive extract", flag.ContinueOnError)
	out := fs.String("o", "", "")
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(rest) == 0:
		return usagef("thiếu tệp PDF")
	case len(rest) > 1:
		return usagef("lệnh extract nhận đúng một tệp PDF")
	}
	e, err := archive.ExtractFile(ctx, rest[0])
	if err != nil {
		return c.problems(unreadable(err))
	}
	if *out == "" {
		_, err := c.main.Stdout.Write(e.Source)
		return err
	}
	if err := output.WriteAll([]output.File{{Path: *out, Data: e.Source, Exclusive: true}}, nil); err != nil {
		var dangling *output.DanglingLinkError
		switch {
		case errors.As(err, &dangling):
			return &archiveFailure{msg: danglingLink(*out, dangling.Target) + "; kehoach không ghi qua liên kết, hãy chọn tên khác bằng -o", err: err}
		case errors.Is(err, os.ErrExist):
			return &archiveFailure{msg: "đã có tệp " + *out + "; kehoach không ghi đè, hãy chọn tên khác bằng -o", err: err}
		}
		return err
	}
	fmt.Fprintf(c.main.Stdout, "đã ghi %s (dữ liệu của phiên bản %s, lập bằng %s)\n", *out, e.Version, e.Producer)
	return nil
}

// rootArg parses the arguments of subcommand name, which take no flags
// but -h and one archive folder, and returns the folder; flag.ErrHelp once
// the help is printed.
func (c *ArchiveCommand) rootArg(name string, args []string) (string, error) {
	fs := flag.NewFlagSet("kehoach archive "+name, flag.ContinueOnError)
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return "", err
	}
	return archiveRoot(rest)
}

// archiveRoot is the archive folder named in args, or the default.
func archiveRoot(args []string) (string, error) {
	switch len(args) {
	case 0:
		return defaultArchive, nil
	case 1:
		return args[0], nil
	}
	return "", usagef("chỉ nêu một thư mục lưu trữ")
}

// problems prints the problems of a dataerr.List, one per line, and
// returns err.
func (c *ArchiveCommand) problems(err error) error {
	var errs dataerr.List
	if errors.As(err, &errs) {
		for _, e := range errs {
			fmt.Fprintln(c.main.Stderr, e.Error())
		}
	}
	return err
}

// archiveFailure is a failure of the archive, said in Vietnamese.
type archiveFailure struct {
	msg string
	err error
}

func (e *archiveFailure) Error() string { return e.msg }

func (e *archiveFailure) Unwrap() error { return e.err }

// archiveError says in Vietnamese what the archive reports in its own
// terms; other errors pass unchanged.
func archiveError(err error) error {
	var busy *archive.BusyError
	var outErr *output.Error
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &busy):
		return &archiveFailure{msg: busy.Vietnamese(), err: err}
	case errors.As(err, &outErr):
		return &archiveFailure{msg: describeWrite(outErr, "hãy chọn thư mục lưu trữ khác bằng --to"), err: err}
	case errors.As(err, &pathErr) && errors.Is(err, fs.ErrNotExist):
		// A missing archive is an input that cannot be read: exit 1.
		return &inputError{err: &archiveFailure{msg: "không có thư mục lưu trữ " + pathErr.Path, err: err}}
	}
	return err
}
