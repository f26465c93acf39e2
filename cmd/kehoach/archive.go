package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
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
  kehoach archive [--to thư-mục] [-m "lý do"] <tệp dữ liệu>...
  kehoach archive list [thư-mục]
  kehoach archive verify [thư-mục]
  kehoach archive extract [-o tệp.toml] <tệp PDF>
  kehoach archive signed [--to thư-mục] [--ca ca.pem] [--number số] [--date ngày] <tệp PDF đã ký số>
  kehoach archive register [--to thư-mục] --year năm [--issuer "cơ quan"] [-o tệp.xlsx|tệp.csv]
  kehoach archive next-number [--to thư-mục] (--issuer "cơ quan" --year năm [--type KH] | <tệp dữ liệu>)
  kehoach archive copy [--to thư-mục] [-v số] -o tệp.pdf <tệp dữ liệu | thư mục văn bản>

Lưu trữ các văn bản đã ban hành (có số và ngày) và trình ký số (chưa có số;
dự thảo không được lưu):
mỗi lần lưu lập văn bản PDF, nhúng tệp dữ liệu vào PDF và ghi vào sổ lưu trữ
(manifest.json) mã SHA-256 của PDF và của tệp dữ liệu, số, ngày, thời điểm
lưu và phiên bản kehoach. Mỗi văn bản một thư mục:
  <cơ quan ban hành>-<mã>/<năm>/<số-ký hiệu>-<mã>/v1.pdf, v2.pdf, manifest.json
(tên bỏ dấu; mã phân biệt tính từ đúng tên cơ quan, năm, số và ký hiệu, để hai
văn bản khác nhau không chung một thư mục).
Báo cáo được lưu như một văn bản riêng (loại BC), PDF của nó nhúng cả dữ liệu
của kế hoạch mà nó dựa vào, nên kiểm tra và lấy lại không cần tệp kế hoạch.
Dữ liệu không đổi thì không thêm phiên bản; dữ liệu đổi (cả kế hoạch mà báo
cáo dựa vào) thì thêm phiên bản kế tiếp. Không phiên bản nào bị ghi đè hay bị
xóa. Mỗi số chỉ cấp cho một văn bản: văn bản có trích yếu khác với văn bản đã
lưu dưới cùng số (cùng cơ quan, năm, loại) bị từ chối, kèm số kế tiếp còn
trống. Văn bản trình ký số vào thư mục
  <cơ quan>-<mã>/<năm>/chua-so-<loại-ký hiệu>-<mã>/
(mã tính từ cơ quan, năm, ký hiệu và trích yếu) và nhận số khi lưu bản gốc đã
ký bằng lệnh signed với --number và --date.

  list      liệt kê các văn bản và phiên bản đã lưu: trích yếu, trạng thái,
            người ký, thời điểm ký số, lý do, thời điểm lưu (giờ Việt Nam)
  verify    tính lại mọi mã SHA-256, báo tệp bị sửa, tệp thiếu, tệp lạ;
            mã thoát 1 nếu có vấn đề
  extract   lấy lại tệp dữ liệu nhúng trong một PDF đã lưu (không ghi đè
            tệp có sẵn; không có -o thì in ra màn hình); PDF của báo cáo
            còn mang dữ liệu của kế hoạch mà báo cáo dựa vào, được ghi cạnh
            tệp -o, theo tên tệp mà báo cáo nêu
  signed    lưu bản gốc đã ký số: tệp PDF ký từ đúng tệp vN.pdf đã lưu
            (chữ ký người ký, rồi số, ngày, dấu và chữ ký của cơ quan) được
            kiểm tra từng chữ ký, từng lần cập nhật, rồi lưu cạnh phiên bản
            ấy (vN.signed.pdf) và ghi vào sổ lưu trữ
  register  lập sổ đăng ký văn bản đi của một năm, mỗi văn bản một dòng
            (phiên bản mới nhất), theo thứ tự số: số, ký hiệu, ngày ban
            hành, tên loại, trích yếu, người ký, nơi nhận, số trang, ghi
            chú; dạng .xlsx hoặc .csv theo đuôi tên tệp; không ghi đè tệp
            có sẵn
  next-number
            in số kế tiếp còn trống của một cơ quan, năm và loại văn bản
            (số lớn nhất đã lưu cộng một), lấy từ các tùy chọn hoặc từ tệp
            dữ liệu (năm theo ngày ban hành)
  copy      chép ra tệp để ký số: đúng từng byte phiên bản đã lưu (của tệp dữ
            liệu đã nêu, hoặc phiên bản mới nhất của thư mục văn bản, hoặc
            phiên bản -v), sau khi kiểm mã SHA-256 với sổ; không ghi đè tệp có sẵn

Tệp để ký số là phiên bản đã lưu (lệnh archive in đường dẫn của nó), không
phải PDF của build --final: bản lưu trữ nhúng tệp dữ liệu và ghi số phiên bản.

Tùy chọn:
  --to thư-mục   thư mục lưu trữ (mặc định: luu-tru)
  -m "lý do"     lý do lưu phiên bản này, ghi vào sổ (một dòng, tối đa 500 ký tự)
  -o tệp         tệp ghi dữ liệu lấy lại (lệnh extract, dạng .toml), sổ đăng ký
                 (lệnh register; mặc định so-van-ban-di-<năm>.xlsx) hoặc tệp
                 PDF chép ra (lệnh copy)
  -v số          phiên bản cần chép (lệnh copy với thư mục văn bản; mặc định:
                 phiên bản mới nhất)
  --year năm     năm ban hành (lệnh register, next-number)
  --issuer "…"   tên đầy đủ của cơ quan ban hành, như trong tệp dữ liệu
                 ("Ủy ban nhân dân huyện Cam Lộ"); với register chỉ cần khi
                 lưu trữ có văn bản của nhiều cơ quan trong năm
  --type KH      ký hiệu loại văn bản (lệnh next-number; mặc định KH, báo cáo
                 là BC); mỗi loại một dãy số riêng
  --ca ca.pem    chứng thư gốc tin cậy, dạng PEM (lệnh signed); không có thì
                 chuỗi chứng thư ghi là "chưa kiểm tra"
  --number số    số, ký hiệu đóng khi ban hành, như 44/KH-UBND (lệnh signed;
                 mặc định: số của phiên bản; bắt buộc với văn bản trình ký số)
  --date ngày    ngày ban hành đóng khi ban hành, dd/mm/yyyy (lệnh signed;
                 mặc định: ngày của phiên bản; bắt buộc với văn bản trình ký số)
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
			return c.list(ctx, args[1:])
		case "verify":
			return c.verify(ctx, args[1:])
		case "extract":
			return c.extract(ctx, args[1:])
		case "signed":
			return c.signed(ctx, args[1:])
		case "register":
			return c.register(ctx, args[1:])
		case "next-number":
			return c.nextNumber(ctx, args[1:])
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
	reason := fs.String("m", "", "")
	files, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	if len(files) == 0 {
		return usagef("thiếu tệp dữ liệu")
	}
	if msg := archive.CheckReason(*reason); msg != "" {
		return usagef("-m: %s", msg)
	}
	e, err := newEngine(engine.Options{})
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
		added, err := a.AddWithReason(ctx, src, c.now(), *reason)
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
			fmt.Fprintf(c.main.Stdout, "đã lưu phiên bản %s của %s: %s (SHA-256 %s)\n",
				strings.TrimSuffix(v.File, ".pdf"), versionOf(v), added.Path(), v.PDFSHA256)
		}
		fmt.Fprintf(c.main.Stdout, "%s%s\n", toSignLabel, added.Path())
		return nil
	})
}

// list prints the documents of an archive and their versions: subject,
// state, signer, signing and the reason of each version, times in Vietnam
// time.
func (c *ArchiveCommand) list(ctx context.Context, args []string) error {
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
		versions, verr := archive.Versions(ctx, e)
		more := problemsOf(verr)
		if verr != nil && more == nil {
			return verr
		}
		errs = append(errs, more...)
		typeName := ""
		if n := len(versions); n > 0 {
			typeName = versions[n-1].TypeName
		}
		fmt.Fprintf(c.main.Stdout, "%s: %s (%s, năm %d), %d phiên bản\n",
			e.Dir, documentLabel(m.Document, typeName), m.Document.Issuer, m.Document.Year, len(versions))
		if n := len(versions); n > 0 && versions[n-1].Subject != "" {
			fmt.Fprintf(c.main.Stdout, "  trích yếu: %s\n", versions[n-1].Subject)
		}
		for _, v := range versions {
			fmt.Fprintln(c.main.Stdout, "  "+versionLine(v))
			if v.Reason != "" {
				fmt.Fprintf(c.main.Stdout, "      lý do: %s\n", v.Reason)
			}
		}
	}
	if len(entries) == 0 && err == nil {
		fmt.Fprintf(c.main.Stdout, "%s: chưa có văn bản nào được lưu.\n", root)
	}
	if len(errs) > 0 {
		return c.problems(errs)
	}
	return nil
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
		fmt.Fprintf(c.main.Stdout, "%s: %d văn bản, %d phiên bản%s; mọi tệp đều nguyên vẹn, khớp sổ lưu trữ.\n",
			root, r.Documents, r.Versions, signedCount(r.Signed))
		return nil
	}
	fmt.Fprintf(c.main.Stderr, "%s: %d văn bản, %d phiên bản; có %d vấn đề.\n", root, r.Documents, r.Versions, len(r.Problems))
	return r.Problems
}

// extract writes the data file an archived PDF carries, and beside it
// the plans it was built from (a report's), all or none.
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
	plans := e.PlanFiles(ctx, rest[0])
	if *out == "" {
		for _, p := range plans {
			fmt.Fprintf(c.main.Stderr, "PDF còn mang dữ liệu của kế hoạch %s mà văn bản dựa vào; dùng -o để lấy ra cả kế hoạch.\n", p.Name)
		}
		_, err := c.main.Stdout.Write(e.Source)
		return err
	}
	files := []output.File{{Path: *out, Data: e.Source, Exclusive: true}}
	for _, p := range plans {
		files = append(files, output.File{Path: filepath.Join(filepath.Dir(*out), p.Name), Data: p.Data, Exclusive: true})
	}
	if err := writeAllNew(files...); err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stdout, "đã ghi %s (dữ liệu của phiên bản %s, lập bằng %s)\n", *out, e.Version, e.Producer)
	for i, p := range plans {
		line := fmt.Sprintf("đã ghi %s (dữ liệu của kế hoạch mà văn bản dựa vào)", files[i+1].Path)
		if p.Ref != p.Name {
			line += fmt.Sprintf("; văn bản nêu kế hoạch là %q: để lập lại từ các tệp đã lấy ra, hãy ghi plan = %q", p.Ref, p.Name)
		}
		fmt.Fprintln(c.main.Stdout, line)
	}
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
